import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateNoticeBody,
  ListNoticesQuery,
  Notice,
  NoticeList,
  NoticeParams,
  PublicNotice,
  PublicNoticeParams,
  WithdrawNoticeBody,
} from '../../../contract/notices';
import { CommunityParams } from '../../../contract/org';
import { requestContext } from '../../core/context';
import * as svc from './notices.service';

const tags = ['notices'];
const read = { access: { action: 'notices.read' } };
const manage = { access: { action: 'notices.manage' } };

export default async function noticeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const base = '/communities/:communityId/notices';

  r.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: "The community's notice board (公示栏): published and withdrawn notices, newest first",
        params: CommunityParams,
        querystring: ListNoticesQuery,
        response: { 200: NoticeList },
      },
    },
    (req) => svc.listNotices(ctxOf(req), req.query),
  );
  r.post(
    base,
    {
      config: {
        ...manage,
        errors: {
          409: ['notice_already_published'],
          422: ['unknown_notice_type', 'notice_record_not_found', 'invalid_period'],
        },
      },
      schema: {
        tags,
        summary: 'Publish a notice from a record (its public fields snapshotted and hashed now) for a period',
        params: CommunityParams,
        body: CreateNoticeBody,
        response: { 201: Notice },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createNotice(ctxOf(req), req.body)),
  );
  r.get(
    `${base}/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'A notice with its snapshot, whether the record changed since, and the QR code for printing',
        params: NoticeParams,
        response: { 200: Notice },
      },
    },
    (req) => svc.getNotice(ctxOf(req), req.params.id),
  );
  r.post(
    `${base}/:id/withdraw`,
    {
      config: { ...manage, errors: { 409: ['notice_withdrawn'] } },
      schema: {
        tags,
        summary: 'Withdraw a notice (kept, marked withdrawn with the reason; audited)',
        params: NoticeParams,
        body: WithdrawNoticeBody,
        response: { 200: Notice },
      },
    },
    (req) => svc.withdrawNotice(ctxOf(req), req.params.id, req.body.reason),
  );
  r.get(
    '/public/notices/:id',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary:
          'A notice for anyone (no sign-in, no personal data), with 「公示后记录已变更」 when the record changed',
        params: PublicNoticeParams,
        response: { 200: PublicNotice },
      },
    },
    (req) => svc.publicNotice(app.ctx.db, req.params.id),
  );
}
