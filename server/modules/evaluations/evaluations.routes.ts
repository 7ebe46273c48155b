import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateRoundBody,
  DoneBody,
  PublicRound,
  Rectification,
  RectificationBody,
  RectificationList,
  RectificationQuery,
  Round,
  RoundList,
  RoundQuery,
  Rubric,
  RubricBody,
  ScoreBody,
  TownEvaluations,
  Trend,
} from '../../../contract/evaluations';
import { CommunityParams } from '../../../contract/org';
import { requestContext } from '../../core/context';
import { MAX_IMAGE_BYTES } from '../../core/files/images';
import { readPhotoForm } from '../../core/files/photo-upload';
import type { Upload } from '../../openapi/document';
import * as svc from './evaluations.service';

const tags = ['evaluations'];
const Id = CommunityParams.extend({ id: z.string().min(1).max(64) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const photoUpload: Upload = {
  description: `Up to ${svc.MAX_RECTIFICATION_PHOTOS} \`photos\` of the finished work (JPEG, PNG or WebP, each ≤ ${MAX_IMAGE_BYTES / 1024 / 1024} MB; re-encoded, location data removed).`,
  parts: {
    photos: { type: 'array', maxItems: svc.MAX_RECTIFICATION_PHOTOS, items: { type: 'string', format: 'binary' } },
  },
  required: ['photos'],
  encoding: { photos: 'image/jpeg, image/png, image/webp' },
};

export default async function evaluationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const C = '/communities/:communityId';
  const base = `${C}/evaluations`;

  await app.register(multipart, {
    limits: {
      fileSize: MAX_IMAGE_BYTES,
      files: svc.MAX_RECTIFICATION_PHOTOS + 1,
      fields: 0,
      parts: svc.MAX_RECTIFICATION_PHOTOS + 2,
      headerPairs: 50,
    },
  });

  r.get(
    `${C}/evaluation-rubric`,
    {
      config: { access: { action: 'evaluations.read' } },
      schema: {
        tags,
        summary: 'The rubric new rounds use (the defaults until the community saves its own)',
        params: CommunityParams,
        response: { 200: Rubric },
      },
    },
    (req) => svc.getRubric(ctxOf(req)),
  );

  r.put(
    `${C}/evaluation-rubric`,
    {
      config: { access: { action: 'evaluations.manage' }, errors: { 422: ['rubric_keys', 'rubric_weights'] } },
      schema: {
        tags,
        summary: 'Save the rubric: weights add up to 100; once a round used a version, saving starts the next one',
        params: CommunityParams,
        body: RubricBody,
        response: { 200: Rubric },
      },
    },
    (req) => svc.saveRubric(ctxOf(req), req.body.items),
  );

  r.get(
    base,
    {
      config: { access: { action: 'evaluations.read' } },
      schema: {
        tags,
        summary: 'Evaluation rounds, newest quarter first',
        params: CommunityParams,
        querystring: RoundQuery,
        response: { 200: RoundList },
      },
    },
    (req) => svc.listRounds(ctxOf(req), req.query),
  );

  r.post(
    base,
    {
      config: {
        access: { action: 'evaluations.manage' },
        errors: {
          409: ['round_exists'],
          422: ['company_not_found', 'estate_not_found', 'invalid_deadline', 'no_committee_members'],
        },
      },
      schema: {
        tags,
        summary:
          "Open the quarter's round for a property company and estate (one each); fixes the rubric and the committee list",
        params: CommunityParams,
        body: CreateRoundBody,
        response: { 201: Round },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createRound(ctxOf(req), req.body)),
  );

  r.get(
    `${base}/trend`,
    {
      config: { access: { action: 'evaluations.read' } },
      schema: {
        tags,
        summary: 'Closed rounds across quarters: score, item means and ticket figures',
        params: CommunityParams,
        response: { 200: Trend },
      },
    },
    (req) => svc.trend(ctxOf(req)),
  );

  r.get(
    `${base}/export.xlsx`,
    {
      config: { access: { action: 'evaluations.manage' } },
      schema: {
        tags,
        summary: "Closed rounds as .xlsx for the town's subsidy (one row per round)",
        params: CommunityParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
    },
    async (req, reply) =>
      reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="evaluations.xlsx"; filename*=UTF-8''${encodeURIComponent('物业考评.xlsx')}`,
        )
        .send(await svc.exportXlsx(ctxOf(req), req.query.year)),
  );

  r.get(
    `${base}/:id`,
    {
      config: { access: { action: 'evaluations.read' } },
      schema: {
        tags,
        summary: "A round: rubric, the caller's own sheet, the result once closed, ticket figures, rectifications",
        params: Id,
        response: { 200: Round },
      },
    },
    (req) => svc.getRound(ctxOf(req), req.params.id),
  );

  r.post(
    `${base}/:id/scores`,
    {
      config: {
        access: { action: 'evaluations.score' },
        errors: { 403: ['not_round_member'], 409: ['already_scored', 'evaluation_closed'], 422: ['invalid_scores'] },
      },
      schema: {
        tags,
        summary: "Score every item 0–100 with a comment, once; the last member's sheet closes the round",
        params: Id,
        body: ScoreBody,
        response: { 200: Round },
      },
    },
    (req) => svc.submitScores(ctxOf(req), req.params.id, req.body),
  );

  r.post(
    `${base}/:id/rectifications`,
    {
      config: {
        access: { action: 'evaluations.rectify' },
        errors: { 409: ['evaluation_not_closed'], 422: ['unknown_item'] },
      },
      schema: {
        tags,
        summary: 'Raise a rectification item for the property company, with a due date',
        params: Id,
        body: RectificationBody,
        response: { 201: Rectification },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.addRectification(ctxOf(req), req.params.id, req.body)),
  );

  r.get(
    `${C}/rectifications`,
    {
      config: { access: { action: 'evaluations.read' } },
      schema: {
        tags,
        summary: 'Rectification items of every round',
        params: CommunityParams,
        querystring: RectificationQuery,
        response: { 200: RectificationList },
      },
    },
    (req) => svc.listRectifications(ctxOf(req), req.query),
  );

  r.post(
    `${C}/rectifications/:id/photos`,
    {
      config: {
        access: { action: 'evaluations.fix' },
        upload: photoUpload,
        errors: {
          409: ['rectification_done'],
          413: ['photo_too_large'],
          415: ['unsupported_media_type'],
          422: ['invalid_image', 'photo_required', 'too_many_photos'],
          503: ['busy'],
        },
      },
      schema: {
        tags,
        summary: 'Add completion photos (multipart `photos`)',
        params: Id,
        response: { 200: Rectification },
      },
    },
    async (req) => {
      const { photos } = await readPhotoForm(req, app.ctx.config.dataDir, {
        max: svc.MAX_RECTIFICATION_PHOTOS,
        data: false,
      });
      return svc.addPhotos(ctxOf(req), req.params.id, photos);
    },
  );

  r.post(
    `${C}/rectifications/:id/done`,
    {
      config: {
        access: { action: 'evaluations.fix' },
        errors: { 409: ['rectification_done'], 422: ['photo_required'] },
      },
      schema: {
        tags,
        summary: 'Report a rectification done (needs at least one photo)',
        params: Id,
        body: DoneBody,
        response: { 200: Rectification },
      },
    },
    (req) => svc.markDone(ctxOf(req), req.params.id, req.body.note),
  );

  r.get(
    `${C}/rectifications/:id/photos/:photoId`,
    {
      config: { access: { action: 'evaluations.read' } },
      schema: {
        tags,
        summary: 'A completion photo (or its thumbnail)',
        params: Id.extend({ photoId: z.string().max(64) }),
        querystring: z.object({ size: z.enum(['full', 'thumb']).default('full') }),
      },
    },
    async (req, reply) => {
      const buf = await svc.photoOf(ctxOf(req), req.params.id, req.params.photoId, req.query.size === 'thumb');
      return reply
        .type('image/jpeg')
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(buf);
    },
  );

  r.get(
    '/towns/:townId/evaluations',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags,
        summary:
          "Latest closed round of each property company in each estate of the town's communities (platform admin)",
        params: z.object({ townId: z.string().min(1).max(64) }),
        response: { 200: TownEvaluations },
      },
    },
    (req) => svc.townEvaluations(app.ctx.db, req.actor!, req.params.townId),
  );

  r.get(
    '/public/evaluations/:id',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'The public notice of a closed round: scores, figures, rectification progress (no member, no comment)',
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: PublicRound },
      },
    },
    (req) => svc.publicRound(app.ctx.db, req.params.id),
  );
}
