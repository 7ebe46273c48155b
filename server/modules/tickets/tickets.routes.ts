import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssignBody,
  BoardPage,
  BulkAssignBody,
  CategoryChangeBody,
  CategoryList,
  CategoryRuleBody,
  CommentBody,
  ConfirmBody,
  CreateTicketBody,
  Figures,
  FiguresQuery,
  LinkBody,
  LinkedTickets,
  ListQuery,
  MAX_PHOTOS,
  MergeBody,
  JoinBody,
  JoinAnswer,
  ReopenBody,
  SuggestBody,
  SuggestResponse,
  CategoryLessonList,
  LessonsForgotten,
  TemplateBody,
  TemplateList,
  TicketDetail,
  TicketPage,
  TransitionBody,
  TICKET_STATES,
} from '../../../contract/tickets';
import { NoBody } from '../../../contract/common';
import { errors } from '../../core/errors';
import { MAX_IMAGE_BYTES, type ProcessedImage } from '../../core/files/images';
import { readPhotoForm } from '../../core/files/photo-upload';
import { storageFor } from '../../core/files/storage';
import { withIdempotency } from '../../core/idempotency';
import type { RouteErrors, Upload } from '../../openapi/document';
import { loadQrCode } from '../../core/lazy';
import { kickDeliveries } from '../notifications/notifications.service';
import { categoryRules } from './categories.service';
import * as lessons from './lessons.service';
import { figures, ledgerXlsx } from './tickets.figures';
import { board, buildingOf, listTickets, photoOf, places, ticketDetail } from './tickets.queries';
import * as settings from './settings.service';
import * as svc from './tickets.service';
import { takeAttempt } from '../../core/auth/login-throttle';
import { nowIso } from '../../core/context';

const C = z.object({ communityId: z.string().max(64) });
const T = C.extend({ id: z.string().max(64) });

/** The report form as the OpenAPI document shows it: the same ticket as the JSON body, as the `data` part, with the photos. */
const reportUpload: Upload = {
  description: `The ticket as the \`data\` part (JSON, same fields as the JSON body) and up to ${MAX_PHOTOS} \`photos\` (JPEG, PNG or WebP, each ≤ ${MAX_IMAGE_BYTES / 1024 / 1024} MB; re-encoded, location data removed).`,
  parts: {
    data: 'json-body',
    photos: { type: 'array', maxItems: MAX_PHOTOS, items: { type: 'string', format: 'binary' } },
  },
  required: ['data'],
  encoding: { data: 'application/json', photos: 'image/jpeg, image/png, image/webp' },
};

export default async function ticketRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const { db, clock } = ctx;
  const after = (req: FastifyRequest) => kickDeliveries(ctx, req.log);

  await app.register(multipart, {
    limits: {
      fileSize: MAX_IMAGE_BYTES,
      files: MAX_PHOTOS + 1,
      fields: 4,
      fieldSize: 16 * 1024,
      parts: MAX_PHOTOS + 5,
      headerPairs: 50,
    },
  });

  r.post(
    '/communities/:communityId/tickets/category-suggestion',
    {
      config: { access: { action: 'tickets.read' } },
      schema: {
        tags: ['tickets'],
        summary: 'Suggest a category from the text (jieba + keyword rules of the community)',
        params: C,
        body: SuggestBody,
        response: { 200: SuggestResponse },
      },
    },
    async (req) => lessons.suggestForCommunity(db, req.params.communityId, req.body.text),
  );

  r.get(
    '/communities/:communityId/ticket-category-lessons',
    {
      config: { access: { action: 'tickets.manage' } },
      schema: {
        tags: ['tickets'],
        summary: "Category corrections this community's suggestions learn from",
        params: C,
        response: { 200: CategoryLessonList },
      },
    },
    async (req) => lessons.listLessons(db, req.params.communityId),
  );

  r.delete(
    '/communities/:communityId/ticket-category-lessons',
    {
      config: { access: { action: 'tickets.manage' } },
      schema: {
        tags: ['tickets'],
        summary: "Forget every correction: the community's suggestions go back to the shared model",
        params: C,
        response: { 200: LessonsForgotten },
      },
    },
    async (req) => lessons.forgetLessons(db, req.actor!, req.params.communityId, undefined),
  );

  r.delete(
    '/communities/:communityId/ticket-category-lessons/:ticketId',
    {
      config: { access: { action: 'tickets.manage' } },
      schema: {
        tags: ['tickets'],
        summary: 'Forget one correction (the ticket keeps its category)',
        params: C.extend({ ticketId: z.string().max(64) }),
        response: { 200: LessonsForgotten },
      },
    },
    async (req) => lessons.forgetLessons(db, req.actor!, req.params.communityId, req.params.ticketId),
  );

  r.get(
    '/communities/:communityId/ticket-categories',
    {
      config: { access: { action: 'tickets.read' } },
      schema: {
        tags: ['tickets'],
        summary: 'Categories with keywords and deadlines (defaults overridden per community)',
        params: C,
        response: { 200: CategoryList },
      },
    },
    async (req) => ({ items: await categoryRules(db, req.params.communityId) }),
  );

  r.put(
    '/communities/:communityId/ticket-categories/:code',
    {
      config: { access: { action: 'tickets.manage' }, errors: { 422: ['response_after_resolution'] } },
      schema: {
        tags: ['tickets'],
        summary: 'Set one category: labels, keywords, response/resolution hours per urgency',
        params: C.extend({ code: z.string().regex(/^[a-z][a-z0-9_]{1,31}$/) }),
        body: CategoryRuleBody,
        response: { 200: CategoryList.shape.items.element },
      },
    },
    async (req) =>
      settings.setCategory(db, req.actor!.userId, req.params.communityId, req.params.code, req.body, nowIso(clock)),
  );

  r.get(
    '/communities/:communityId/ticket-templates',
    {
      config: { access: { action: 'tickets.read' } },
      schema: {
        tags: ['tickets'],
        summary: 'Reply templates per state (the defaults until the community writes its own)',
        params: C,
        querystring: z.object({ state: z.enum(TICKET_STATES).optional() }),
        response: { 200: TemplateList },
      },
    },
    async (req) => settings.listTemplates(db, req.params.communityId, req.query.state),
  );

  r.post(
    '/communities/:communityId/ticket-templates',
    {
      config: { access: { action: 'tickets.manage' } },
      schema: {
        tags: ['tickets'],
        summary: 'Add a reply template',
        params: C,
        body: TemplateBody,
        response: { 201: z.object({ id: z.string(), state: z.string(), text: z.string() }) },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await settings.addTemplate(db, req.actor!.userId, req.params.communityId, req.body, nowIso(clock))),
  );

  r.delete(
    '/communities/:communityId/ticket-templates/:templateId',
    {
      config: { access: { action: 'tickets.manage' } },
      schema: {
        tags: ['tickets'],
        summary: 'Remove a reply template',
        params: C.extend({ templateId: z.string().max(64) }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await settings.removeTemplate(db, req.actor!.userId, req.params.communityId, req.params.templateId);
      return reply.code(204).send(null);
    },
  );

  // Photos read from a multipart report, for its handler (the `data` part became the body before validation).
  const uploaded = new WeakMap<FastifyRequest, { photos: ProcessedImage[]; hashes: string[] }>();
  r.post(
    '/communities/:communityId/tickets',
    {
      config: {
        access: { action: 'tickets.report' },
        idempotent: true,
        upload: reportUpload,
        errors: {
          413: ['photo_too_large'],
          422: ['too_many_photos', 'invalid_image', 'unknown_category'],
          429: ['too_many_requests'],
          503: ['busy'],
        },
      },
      schema: {
        tags: ['tickets'],
        params: C,
        body: CreateTicketBody,
        response: { 201: z.object({ id: z.string(), number: z.string() }) },
        summary:
          'Report a ticket: JSON body, or multipart with a `data` part (the JSON) and up to 9 `photos`. Send an Idempotency-Key.',
      },
      // Multipart is turned into the body here, so the schema validates a report however it was sent.
      preValidation: async (req) => {
        // Counted per account before the photos are read, so a flood costs neither decoding nor the inbox.
        const perHour = ctx.config.reportsPerHour;
        if (perHour) {
          await takeAttempt(
            db,
            { scope: 'report', loginKey: req.actor!.userId, ip: req.ip },
            [{ scope: 'report', loginKey: req.actor!.userId, max: perHour, windowMs: 3600_000 }],
            clock.now(),
          );
        }
        if (!req.isMultipart()) return;
        const m = await readPhotoForm(req, ctx.config.dataDir, { max: MAX_PHOTOS, data: true });
        uploaded.set(req, m);
        (req as { body: unknown }).body = m.data ?? {};
      },
    },
    async (req, reply) => {
      const m = uploaded.get(req);
      // The same report: the same fields and the same photos (by hash); what is stored is the re-encoded photos.
      const fingerprint = { params: req.params, body: req.body, photos: m?.hashes ?? [] };
      const result = await withIdempotency(db, req, reply, 201, fingerprint, (trx) =>
        svc.createTicket(ctx, req.actor!, req.params.communityId, { ...req.body, photos: m?.photos ?? [] }, trx),
      );
      after(req);
      return reply.code(201).send(result);
    },
  );

  r.get(
    '/communities/:communityId/tickets',
    {
      config: { access: { action: 'tickets.read' } },
      schema: {
        tags: ['tickets'],
        summary: 'Tickets: scope mine | supported | grid | all, filters, 20 per page newest first',
        params: C,
        querystring: ListQuery,
        response: { 200: TicketPage },
      },
    },
    async (req) => listTickets(db, req.actor!, req.params.communityId, req.query, clock.now()),
  );

  r.get(
    '/communities/:communityId/tickets/overdue',
    {
      config: { access: { action: 'tickets.handle' } },
      schema: {
        tags: ['tickets'],
        summary: 'Overdue tickets the caller handles (all of them for staff)',
        params: C,
        querystring: ListQuery.omit({ overdue: true }),
        response: { 200: TicketPage },
      },
    },
    async (req) => listTickets(db, req.actor!, req.params.communityId, { ...req.query, overdue: '1' }, clock.now()),
  );

  r.get(
    '/communities/:communityId/tickets/board',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['tickets'],
        summary: 'Public board of an estate: tickets and their states, no personal data',
        params: C,
        querystring: z.object({
          estateId: z.string().max(64),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
        }),
        response: { 200: BoardPage },
      },
    },
    async (req) =>
      board(
        db,
        req.params.communityId,
        req.query.estateId,
        req.query.page,
        20,
        req.actor?.residents.get(req.params.communityId)?.householdId ?? null,
      ),
  );

  r.get(
    '/communities/:communityId/tickets/figures',
    {
      config: { access: { action: 'tickets.oversee' } },
      schema: {
        tags: ['tickets'],
        summary: 'Response and resolution times, satisfaction, reopen rate by grid, category and month',
        params: C,
        querystring: FiguresQuery,
        response: { 200: Figures },
      },
    },
    async (req) => figures(db, req.params.communityId, clock.now(), req.query.from, req.query.to),
  );

  r.get(
    '/communities/:communityId/tickets/ledger.xlsx',
    {
      config: { access: { action: 'tickets.oversee' } },
      schema: { tags: ['tickets'], summary: 'The 民呼我应 ledger as .xlsx', params: C, querystring: FiguresQuery },
    },
    async (req, reply) => {
      const buf = await ledgerXlsx(db, req.params.communityId, clock.now(), req.query.from, req.query.to);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="tickets-ledger.xlsx"; filename*=UTF-8''${encodeURIComponent('民呼我应台账.xlsx')}`,
        )
        .send(buf);
    },
  );

  r.get(
    '/communities/:communityId/tickets/qr',
    {
      config: { access: { action: 'tickets.handle' } },
      schema: {
        tags: ['tickets'],
        summary: 'Printable QR code for a building: opens the H5 report form with the building filled in',
        params: C,
        querystring: z.object({ buildingId: z.string().max(64), format: z.enum(['svg', 'png']).default('svg') }),
      },
    },
    async (req, reply) => {
      const b = await buildingOf(db, req.params.communityId, req.query.buildingId);
      const origin = ctx.config.publicUrl ?? `${req.protocol}://${req.headers.host}`;
      const target = `${origin.replace(/\/$/, '')}/h5/tickets/new?community=${encodeURIComponent(req.params.communityId)}&building=${encodeURIComponent(b.id)}&channel=qr`;
      reply.header('x-qr-target', target);
      const QRCode = await loadQrCode();
      if (req.query.format === 'png')
        return reply
          .type('image/png')
          .send(await QRCode.toBuffer(target, { type: 'png', width: 600, margin: 2, errorCorrectionLevel: 'M' }));
      return reply
        .type('image/svg+xml')
        .send(await QRCode.toString(target, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }));
    },
  );

  r.get(
    '/communities/:communityId/tickets/places',
    {
      config: { access: { action: 'tickets.read' } },
      schema: {
        tags: ['tickets'],
        summary: "Estates and buildings to pick a ticket's location from, and the caller's own building",
        params: C,
        response: {
          200: z.object({
            estates: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                buildings: z.array(z.object({ id: z.string(), name: z.string() })),
              }),
            ),
            myBuildingId: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => places(db, req.params.communityId, req.actor!.residents.get(req.params.communityId)?.householdId),
  );

  r.get(
    '/communities/:communityId/tickets/assignees',
    {
      config: { access: { action: 'tickets.handle' } },
      schema: {
        tags: ['tickets'],
        summary: 'People a ticket can be assigned to: grid teams (with their grids) and staff',
        params: C,
        response: {
          200: z.object({
            items: z.array(
              z.object({ id: z.string(), name: z.string(), gridIds: z.array(z.string()), roles: z.array(z.string()) }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await svc.assignees(db, req.params.communityId) }),
  );

  r.get(
    '/communities/:communityId/tickets/linked',
    {
      config: { access: { action: 'tickets.handle' } },
      schema: {
        tags: ['tickets'],
        summary: 'Tickets linked to a record of another module (the other side of a link)',
        params: C,
        querystring: z.object({ targetType: z.string().max(32), targetId: z.string().max(64) }),
        response: { 200: LinkedTickets },
      },
    },
    async (req) => {
      const rows = await svc.ticketsLinkedTo(db, req.params.communityId, req.query.targetType, req.query.targetId);
      return {
        items: rows.map((t) => ({
          id: t.id,
          number: t.number,
          title: t.title,
          state: t.state,
          supportCount: Number(t.support_count),
        })),
      };
    },
  );

  r.post(
    '/communities/:communityId/tickets/bulk-assign',
    {
      config: { access: { action: 'tickets.handle' } },
      schema: {
        tags: ['tickets'],
        summary: 'Assign many tickets to one person; all or none',
        params: C,
        body: BulkAssignBody,
        response: { 200: z.object({ assigned: z.number() }) },
      },
    },
    async (req) => {
      const res = await svc.bulkAssign(ctx, req.actor!, req.params.communityId, req.body);
      after(req);
      return res;
    },
  );

  r.get(
    '/communities/:communityId/tickets/:id',
    {
      config: { access: { action: 'tickets.read' } },
      schema: {
        tags: ['tickets'],
        summary: 'One ticket with timeline, photos, helpers, links',
        params: T,
        response: { 200: TicketDetail },
      },
    },
    async (req) => ticketDetail(db, req.actor!, req.params.communityId, req.params.id, clock.now()),
  );

  r.get(
    '/communities/:communityId/tickets/:id/photos/:photoId',
    {
      config: { access: { action: 'tickets.read' } },
      schema: {
        tags: ['tickets'],
        summary: 'A photo (or its thumbnail) for those who may see the ticket',
        params: T.extend({ photoId: z.string().max(64) }),
        querystring: z.object({ size: z.enum(['full', 'thumb']).default('full') }),
      },
    },
    async (req, reply) => {
      const p = await photoOf(db, req.actor!, req.params.communityId, req.params.id, req.params.photoId);
      const buf = await storageFor(ctx.config.dataDir).get(req.query.size === 'thumb' ? p.thumb_key : p.file_key);
      if (!buf) throw errors.notFound('photo');
      return reply
        .type(p.mime)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(buf);
    },
  );

  // What an action answers: the new state, the household count of 同问, or just that it was done.
  const State = z.object({ state: z.string() });
  const Supports = z.object({ supportCount: z.number().int() });
  const Done = z.object({ ok: z.literal(true) });
  const action = <B extends z.ZodType>(
    path: string,
    summary: string,
    access: string,
    body: B,
    errs: RouteErrors,
    answer: z.ZodType,
    run: (req: FastifyRequest<{ Params: z.infer<typeof T>; Body: z.infer<B> }>) => Promise<unknown>,
  ) => {
    r.route({
      method: 'POST',
      url: `/communities/:communityId/tickets/:id/${path}`,
      config: { access: { action: access }, errors: errs },
      schema: { tags: ['tickets'], summary, params: T, body, response: { 200: answer } },
      handler: async (req, reply) => {
        // The route is generic in B; Fastify types the handler's request from the route options, not from B.
        const res = await run(req as unknown as Parameters<typeof run>[0]);
        after(req);
        return reply.send(res ?? { ok: true });
      },
    });
  };
  action(
    'transition',
    'Handler moves the ticket: accepted, in_progress, waiting_on_reporter, resume, resolved, rejected (reason)',
    'tickets.handle',
    TransitionBody,
    { 409: ['invalid_transition'], 422: ['reason_required'] },
    State,
    (req) => svc.transition(ctx, req.actor!, req.params.communityId, req.params.id, req.body),
  );
  action(
    'confirm',
    'The reporter confirms the fix with a rating 1–5 and a comment; the ticket is closed',
    'tickets.read',
    ConfirmBody,
    { 403: ['not_your_ticket'], 409: ['invalid_transition'] },
    State,
    (req) => svc.confirm(ctx, req.actor!, req.params.communityId, req.params.id, req.body),
  );
  action(
    'reopen',
    'The reporter reopens a resolved ticket with a reason',
    'tickets.read',
    ReopenBody,
    { 403: ['not_your_ticket'], 409: ['invalid_transition'] },
    State,
    (req) => svc.reopen(ctx, req.actor!, req.params.communityId, req.params.id, req.body),
  );
  action(
    'comments',
    'A note on the timeline; the reporter answering resumes a ticket waiting on them',
    'tickets.read',
    CommentBody,
    {},
    Done,
    (req) => svc.comment(ctx, req.actor!, req.params.communityId, req.params.id, req.body.message),
  );
  action(
    'assignee',
    'Set the one responsible assignee and the helpers',
    'tickets.handle',
    AssignBody,
    { 422: ['invalid_assignee'] },
    Done,
    (req) => svc.assign(ctx, req.actor!, req.params.communityId, req.params.id, req.body),
  );
  action(
    'category',
    'Correct the category (deadlines follow)',
    'tickets.handle',
    CategoryChangeBody,
    { 422: ['unknown_category'] },
    Done,
    (req) => svc.changeCategory(ctx, req.actor!, req.params.communityId, req.params.id, req.body.category),
  );
  action(
    'support',
    '同问: my household has the same problem (once per household)',
    'tickets.support',
    NoBody,
    { 409: ['already_supported', 'own_ticket', 'ticket_not_open'] },
    Supports,
    (req) => svc.support(ctx, req.actor!, req.params.communityId, req.params.id),
  );
  action(
    'support/withdraw',
    "Withdraw my household's 同问 while the ticket is open",
    'tickets.support',
    NoBody,
    { 409: ['ticket_not_open'] },
    Supports,
    (req) => svc.withdrawSupport(ctx, req.actor!, req.params.communityId, req.params.id),
  );
  action(
    'merge',
    'Merge this duplicate into another ticket; supporters carry over',
    'tickets.handle',
    MergeBody,
    { 409: ['invalid_transition', 'merge_target_closed'], 422: ['merge_into_self'] },
    Supports,
    (req) => svc.merge(ctx, req.actor!, req.params.communityId, req.params.id, req.body),
  );
  action(
    'joins',
    "Join what a resident said (group chat, call, visit) to this open ticket: a timeline entry, and the resident's household supports it",
    'tickets.handle',
    JoinBody,
    { 409: ['ticket_not_open'] },
    JoinAnswer,
    (req) => svc.joinReport(ctx, req.actor!, req.params.communityId, req.params.id, req.body),
  );
  action(
    'links',
    'Link to a topic, work order, referral or proposal (registered targets)',
    'tickets.handle',
    LinkBody,
    { 409: ['already_linked'], 422: ['unknown_link_target'] },
    Done,
    (req) => svc.addLink(ctx, req.actor!, req.params.communityId, req.params.id, req.body),
  );
}
