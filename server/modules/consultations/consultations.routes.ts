import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withIdempotency } from '../../core/idempotency';
import {
  ArchiveBundle,
  BallotParams,
  CastBallotBody,
  Consultation,
  ConsultationList,
  ConsultationParams,
  ConsultationReport,
  CorrectionBody,
  CreateConsultationBody,
  EligibleList,
  ListConsultationsQuery,
  PaperBallotBody,
  PendingList,
  PublicConsultation,
  PublicReceipt,
  Receipt,
  ReceiptProof,
  Turnout,
  UpdateConsultationBody,
} from '../../../contract/consultations';
import { CommunityParams } from '../../../contract/org';
import * as svc from './consultations.service';
import { createConsultation, updateConsultation } from '../../workflows/consultations';
import { NoBody } from '../../../contract/common';
import { requestContext } from '../../core/context';

const tags = ['consultations'];
const manage = { access: { action: 'consultations.manage' } };

export default async function consultationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const base = '/communities/:communityId/consultations';

  r.get(
    base,
    {
      config: { access: { action: 'consultations.read' } },
      schema: {
        tags,
        summary: 'Consultations of the community (drafts only for staff)',
        params: CommunityParams,
        querystring: ListConsultationsQuery,
        response: { 200: ConsultationList },
      },
    },
    (req) => svc.listConsultations(ctxOf(req), req.query),
  );

  r.post(
    base,
    {
      config: { ...manage, errors: { 422: ['invalid_times'] } },
      schema: {
        tags,
        summary: 'Create a draft consultation',
        params: CommunityParams,
        body: CreateConsultationBody,
        response: { 201: Consultation },
      },
    },
    async (req, reply) => reply.code(201).send(await createConsultation(ctxOf(req), req.body)),
  );

  r.get(
    `${base}/:id`,
    {
      config: { access: { action: 'consultations.read' } },
      schema: {
        tags,
        summary: 'A consultation: rules, and the result once closed; a representative sees their receipt',
        params: ConsultationParams,
        response: { 200: Consultation },
      },
    },
    (req) => svc.getConsultation(ctxOf(req), req.params.id),
  );

  r.patch(
    `${base}/:id`,
    {
      config: { ...manage, errors: { 409: ['rules_fixed'] } },
      schema: {
        tags,
        summary: 'Change a draft (409 rules_fixed once open)',
        params: ConsultationParams,
        body: UpdateConsultationBody,
        response: { 200: Consultation },
      },
    },
    (req) => updateConsultation(ctxOf(req), req.params.id, req.body),
  );

  r.post(
    `${base}/:id/open`,
    {
      config: { ...manage, errors: { 409: ['consultation_already_open'] } },
      schema: {
        tags,
        summary: 'Open: fix the rules and snapshot the eligible households',
        params: ConsultationParams,
        body: NoBody,
        response: { 200: Consultation },
      },
    },
    (req) => svc.openConsultation(ctxOf(req), req.params.id),
  );

  r.post(
    `${base}/:id/close`,
    {
      config: { ...manage, errors: { 409: ['consultation_closed', 'consultation_not_open'] } },
      schema: {
        tags,
        summary: 'Close now: freeze and publish tally, pass/fail and chain head',
        params: ConsultationParams,
        body: NoBody,
        response: { 200: Consultation },
      },
    },
    (req) => svc.closeByStaff(ctxOf(req), req.params.id),
  );

  r.post(
    `${base}/:id/ballots`,
    {
      config: {
        access: { action: 'consultations.vote' },
        idempotent: true,
        errors: {
          403: ['not_representative'],
          409: ['already_voted', 'consultation_closed', 'consultation_not_open', 'voting_not_started'],
          422: ['household_not_eligible', 'invalid_answers'],
        },
      },
      schema: {
        tags,
        summary: 'Vote online as the household representative (send an Idempotency-Key)',
        params: ConsultationParams,
        body: CastBallotBody,
        response: { 201: Receipt },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await withIdempotency(app.ctx.db, req, reply, 201, { params: req.params, body: req.body }, (trx) =>
            svc.castOnline(ctxOf(req), req.params.id, req.body.answers, trx),
          ),
        ),
  );

  r.post(
    `${base}/:id/paper-ballots`,
    {
      config: {
        ...manage,
        idempotent: true,
        errors: {
          409: ['already_voted', 'consultation_closed', 'consultation_not_open'],
          422: ['form_number_required', 'household_not_eligible'],
        },
      },
      schema: {
        tags,
        summary: 'Enter a paper or door-to-door ballot (pending until a second staff member confirms)',
        params: ConsultationParams,
        body: PaperBallotBody,
        response: { 201: Receipt },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await withIdempotency(app.ctx.db, req, reply, 201, { params: req.params, body: req.body }, (trx) =>
            svc.enterPaper(ctxOf(req), req.params.id, req.body, trx),
          ),
        ),
  );

  r.post(
    `${base}/:id/ballots/:ballotId/confirm`,
    {
      config: {
        ...manage,
        errors: { 409: ['ballot_not_pending', 'same_person_confirm', 'consultation_closed', 'consultation_not_open'] },
      },
      schema: {
        tags,
        summary: 'Confirm a pending entry (not by the person who entered it)',
        params: BallotParams,
        body: NoBody,
        response: { 200: Receipt },
      },
    },
    (req) => svc.confirmBallot(ctxOf(req), req.params.id, req.params.ballotId),
  );

  r.post(
    `${base}/:id/ballots/:ballotId/corrections`,
    {
      config: { ...manage, errors: { 409: ['consultation_closed', 'consultation_not_open'] } },
      schema: {
        tags,
        summary: 'Record a reasoned correction (a new chain entry, pending until confirmed)',
        params: BallotParams,
        body: CorrectionBody,
        response: { 200: Receipt },
      },
    },
    (req) => svc.correctBallot(ctxOf(req), req.params.id, req.params.ballotId, req.body),
  );

  r.get(
    `${base}/:id/eligible`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Eligible households and whether each has a ballot (never the answers)',
        params: ConsultationParams,
        response: { 200: EligibleList },
      },
    },
    (req) => svc.eligibleList(ctxOf(req), req.params.id),
  );

  r.get(
    `${base}/:id/pending`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Staff entries waiting for confirmation',
        params: ConsultationParams,
        response: { 200: PendingList },
      },
    },
    (req) => svc.pendingList(ctxOf(req), req.params.id),
  );

  r.get(
    `${base}/:id/archive`,
    {
      config: { ...manage, errors: { 409: ['consultation_not_closed'] } },
      schema: {
        tags,
        summary:
          'Staff archive (JSON) of a closed consultation, households by code; recompute with `gongzhi verify-consultation`',
        params: ConsultationParams,
        response: { 200: ArchiveBundle },
      },
    },
    async (req, reply) => {
      const bundle = await svc.archiveBundle(ctxOf(req), req.params.id);
      reply.header('content-disposition', `attachment; filename="consultation-${req.params.id}.json"`);
      return bundle;
    },
  );

  r.get(
    `${base}/:id/turnout`,
    {
      config: { access: { action: 'consultations.archive' }, errors: { 409: ['consultation_not_open'] } },
      schema: {
        tags,
        summary: 'Counts and turnout by building (never who voted how)',
        params: ConsultationParams,
        response: { 200: Turnout },
      },
    },
    (req) => svc.turnout(ctxOf(req), req.params.id),
  );

  r.get(
    `${base}/:id/report`,
    {
      config: { access: { action: 'consultations.archive' }, errors: { 409: ['consultation_not_closed'] } },
      schema: {
        tags,
        summary: 'Data for the printable A4 report: sealed result, turnout by building, QR code to the public check',
        params: ConsultationParams,
        response: { 200: ConsultationReport },
      },
    },
    (req) => svc.report(ctxOf(req), req.params.id),
  );

  const PublicParams = z.object({ id: z.string().min(1).max(64) });
  r.get(
    '/public/consultations/:id',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Published rules, and the result once closed (no personal data)',
        params: PublicParams,
        response: { 200: PublicConsultation },
      },
    },
    (req) => svc.publicConsultation(app.ctx.db, req.params.id),
  );

  r.get(
    '/public/consultations/:id/archive',
    {
      config: { access: { public: true }, errors: { 409: ['archive_not_public', 'consultation_not_closed'] } },
      schema: {
        tags,
        summary:
          'Public archive of a closed consultation: households as salted tokens, answers, channels, the chain (docs/consultation-archive.md)',
        params: PublicParams,
        response: { 200: ArchiveBundle },
      },
    },
    async (req, reply) => {
      const bundle = await svc.publicArchive(app.ctx, req.params.id);
      reply.header('content-disposition', `attachment; filename="consultation-${req.params.id}-public.json"`);
      return bundle;
    },
  );

  r.get(
    '/public/consultations/:id/proofs/:hash',
    {
      config: { access: { public: true }, errors: { 404: ['receipt_not_found'], 409: ['consultation_not_closed'] } },
      schema: {
        tags,
        summary: 'A receipt as a proof: the chain segment from its entry to the published head',
        params: PublicParams.extend({ hash: z.string().max(64) }),
        response: { 200: ReceiptProof },
      },
    },
    (req) => svc.receiptProof(app.ctx.db, req.params.id, req.params.hash.toLowerCase()),
  );

  r.get(
    '/public/consultations/:id/receipts/:hash',
    {
      config: { access: { public: true }, errors: { 404: ['receipt_not_found'] } },
      schema: {
        tags,
        summary: 'Check a receipt without signing in',
        params: PublicParams.extend({ hash: z.string().max(64) }),
        response: { 200: PublicReceipt },
      },
    },
    (req) => svc.publicReceipt(app.ctx.db, req.params.id, req.params.hash.toLowerCase()),
  );
}
