import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateReferralBody,
  ListReferralsQuery,
  Referral,
  ReferralList,
  ReferralParams,
  ReferralStats,
  RespondBody,
} from '../../../contract/referrals';
import { CommunityParams } from '../../../contract/org';
import { requestContext } from '../../core/context';
import * as svc from './referrals.service';

const tags = ['referrals'];

export default async function referralRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const base = '/communities/:communityId/referrals';
  const read = { access: { action: 'referrals.read' } };

  r.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Referrals to departments; outstanding ones (挂账) first',
        params: CommunityParams,
        querystring: ListReferralsQuery,
        response: { 200: ReferralList },
      },
    },
    (req) => svc.listReferrals(ctxOf(req), req.query),
  );
  r.post(
    base,
    {
      config: {
        access: { action: 'referrals.manage' },
        errors: { 409: ['already_linked'], 422: ['department_not_found', 'expected_date_past'] },
      },
      schema: {
        tags,
        summary: "Refer a ticket's need to a department (the ticket's timeline shows it)",
        params: CommunityParams,
        body: CreateReferralBody,
        response: { 201: Referral },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createReferral(ctxOf(req), req.body)),
  );
  r.get(
    `${base}/stats`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Department response times and the outstanding count',
        params: CommunityParams,
        response: { 200: ReferralStats },
      },
    },
    (req) => svc.referralStats(ctxOf(req)),
  );
  r.get(
    `${base}/:id`,
    { config: read, schema: { tags, summary: 'A referral', params: ReferralParams, response: { 200: Referral } } },
    (req) => svc.getReferral(ctxOf(req), req.params.id),
  );
  r.post(
    `${base}/:id/response`,
    {
      config: { access: { action: 'referrals.respond' }, errors: { 409: ['referral_answered'] } },
      schema: {
        tags,
        summary: "Record the department's answer: the referral leaves the outstanding list",
        params: ReferralParams,
        body: RespondBody,
        response: { 200: Referral },
      },
    },
    (req) => svc.respond(ctxOf(req), req.params.id, req.body.response),
  );
}
