import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateProposalBody,
  OutcomeBody,
  OutcomeResult,
  Proposal,
  ProposalList,
  ProposalLogBody,
  ProposalParams,
} from '../../../contract/proposals';
import { CommunityParams } from '../../../contract/org';
import { requestContext } from '../../core/context';
import * as flow from '../../workflows/proposals';

const tags = ['proposals'];
const read = { access: { action: 'proposals.read' } };
const manage = { access: { action: 'proposals.manage' } };

export default async function proposalRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const base = '/communities/:communityId/proposals';
  const one = `${base}/:id`;

  r.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: "The deputy's proposals (代表建议), open ones first",
        params: CommunityParams,
        response: { 200: ProposalList },
      },
    },
    (req) => flow.listProposals(ctxOf(req)),
  );
  r.post(
    base,
    {
      config: { ...manage, errors: { 409: ['already_linked'], 422: ['topic_not_found'] } },
      schema: {
        tags,
        summary: "Group tickets (or a topic's tickets) into a proposal: problem, suggestion, addressee",
        params: CommunityParams,
        body: CreateProposalBody,
        response: { 201: Proposal },
      },
    },
    async (req, reply) => reply.code(201).send(await flow.createProposal(ctxOf(req), req.body)),
  );
  r.get(
    one,
    {
      config: read,
      schema: {
        tags,
        summary: 'A proposal with its coordination log and tickets',
        params: ProposalParams,
        response: { 200: Proposal },
      },
    },
    (req) => flow.getProposal(ctxOf(req), req.params.id),
  );
  r.post(
    `${one}/logs`,
    {
      config: { ...manage, errors: { 409: ['proposal_concluded'], 422: ['invalid_log_date'] } },
      schema: {
        tags,
        summary: 'Log a step of the coordination',
        params: ProposalParams,
        body: ProposalLogBody,
        response: { 200: Proposal },
      },
    },
    (req) => flow.addLog(ctxOf(req), req.params.id, req.body),
  );
  r.post(
    `${one}/outcome`,
    {
      config: { ...manage, errors: { 409: ['proposal_concluded'] } },
      schema: {
        tags,
        summary: 'Record the outcome: the linked tickets are resolved with it and their reporters notified',
        params: ProposalParams,
        body: OutcomeBody,
        response: { 200: OutcomeResult },
      },
    },
    (req) => flow.recordOutcome(ctxOf(req), req.params.id, req.body.outcome),
  );
}
