import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AdvanceBody,
  CreateTopicBody,
  DecisionBody,
  EvidenceBody,
  LinkTicketsBody,
  ListTopicsQuery,
  SignoffBody,
  StatsQuery,
  Topic,
  TopicList,
  TopicParams,
  TopicStats,
  TopicTicketParams,
  UpdateTopicBody,
} from '../../../contract/topics';
import { CommunityParams } from '../../../contract/org';
import * as svc from './topics.service';
import { advanceTopic } from '../../workflows/topics';
import { requestContext } from '../../core/context';

const tags = ['topics'];
const manage = { access: { action: 'topics.manage' } };
const participate = { access: { action: 'topics.participate' } };

export default async function topicRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const base = '/communities/:communityId/topics';
  const one = `${base}/:id`;

  r.get(
    base,
    {
      config: { access: { action: 'topics.read' } },
      schema: {
        tags,
        summary: '四方议事 topics',
        params: CommunityParams,
        querystring: ListTopicsQuery,
        response: { 200: TopicList },
      },
    },
    (req) => svc.listTopics(ctxOf(req), req.query),
  );
  r.get(
    `${base}/stats`,
    {
      config: { access: { action: 'topics.read' } },
      schema: {
        tags,
        summary: 'Problems solved (closed topics) and active topics by stage',
        params: CommunityParams,
        querystring: StatsQuery,
        response: { 200: TopicStats },
      },
    },
    (req) => svc.topicStats(ctxOf(req), req.query),
  );
  r.post(
    base,
    {
      config: { ...manage, errors: { 422: ['estate_not_found'] } },
      schema: {
        tags,
        summary: 'Propose a topic',
        params: CommunityParams,
        body: CreateTopicBody,
        response: { 201: Topic },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createTopic(ctxOf(req), req.body)),
  );
  r.get(
    one,
    {
      config: { access: { action: 'topics.read' } },
      schema: {
        tags,
        summary: 'A topic with its stages, evidence, meetings, decision and what the active stage still needs',
        params: TopicParams,
        response: { 200: Topic },
      },
    },
    (req) => svc.getTopic(ctxOf(req), req.params.id),
  );
  r.patch(
    one,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit title, description or estate',
        params: TopicParams,
        body: UpdateTopicBody,
        response: { 200: Topic },
      },
    },
    (req) => svc.updateTopic(ctxOf(req), req.params.id, req.body),
  );
  r.post(
    `${one}/advance`,
    {
      config: { ...manage, errors: { 409: ['stage_incomplete', 'topic_closed'] } },
      schema: {
        tags,
        summary: 'Complete the active stage (409 stage_incomplete lists what is missing) or skip it with a reason',
        params: TopicParams,
        body: AdvanceBody,
        response: { 200: Topic },
      },
    },
    (req) => advanceTopic(ctxOf(req), req.params.id, req.body),
  );
  r.post(
    `${one}/evidence`,
    {
      config: {
        ...participate,
        errors: { 409: ['topic_closed'], 422: ['meeting_not_found', 'unknown_link_target', 'link_not_found'] },
      },
      schema: {
        tags,
        summary: 'Add evidence to the active stage',
        params: TopicParams,
        body: EvidenceBody,
        response: { 200: Topic },
      },
    },
    (req) => svc.addEvidence(ctxOf(req), req.params.id, req.body),
  );
  r.post(
    `${one}/tickets`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Link source tickets',
        params: TopicParams,
        body: LinkTicketsBody,
        response: { 200: Topic },
      },
    },
    (req) => svc.addTickets(ctxOf(req), req.params.id, req.body.ticketIds),
  );
  r.delete(
    `${one}/tickets/:ticketId`,
    {
      config: { ...manage, errors: { 409: ['topic_closed'] } },
      schema: {
        tags,
        summary: 'Unlink a ticket linked by mistake (not once the topic is closed)',
        params: TopicTicketParams,
        response: { 200: Topic },
      },
    },
    (req) => svc.removeTicket(ctxOf(req), req.params.id, req.params.ticketId),
  );
  r.put(
    `${one}/decision`,
    {
      config: { ...manage, errors: { 409: ['decision_signed'] } },
      schema: {
        tags,
        summary: 'Write the decision, based on a closed consultation (frozen once signed)',
        params: TopicParams,
        body: DecisionBody,
        response: { 200: Topic },
      },
    },
    (req) => svc.setDecision(ctxOf(req), req.params.id, req.body),
  );
  r.post(
    `${one}/signoffs`,
    {
      config: { ...participate, errors: { 403: ['not_party_member'], 409: ['already_signed', 'no_decision'] } },
      schema: {
        tags,
        summary: 'Sign the decision for one of the four parties (members of that party only)',
        params: TopicParams,
        body: SignoffBody,
        response: { 200: Topic },
      },
    },
    (req) => svc.signoff(ctxOf(req), req.params.id, req.body),
  );
}
