import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcceptBody,
  CancelBody,
  CompleteBody,
  CreateWorkOrderBody,
  DepositBody,
  DutyRangeQuery,
  DutyShift,
  DutyShiftBody,
  DutyShiftList,
  FeeList,
  FeeListBody,
  Fund,
  FundBudgetBody,
  FundLedger,
  FundList,
  FundParams,
  ListWorkOrdersQuery,
  OnDutyNow,
  QuoteBody,
  ReviewBody,
  ShiftParams,
  SwapBody,
  UpdateWorkOrderBody,
  WorkOrder,
  WorkOrderList,
  WorkOrderParams,
  WorkOrderSettings,
  WorkOrderSettingsBody,
} from '../../../contract/workorders';
import { CommunityParams } from '../../../contract/org';
import { NoBody } from '../../../contract/common';
import { requestContext } from '../../core/context';
import { MAX_IMAGE_BYTES, type ProcessedImage } from '../../core/files/images';
import { readPhotoForm } from '../../core/files/photo-upload';
import type { Upload } from '../../openapi/document';
import { kickDeliveries } from '../notifications/notifications.service';
import { acceptWorkOrder, createWorkOrder } from '../../workflows/workorders';
import * as svc from './workorders.service';
import * as duty from './duty.service';

const tags = ['workorders'];
const MAX_COMPLETION_PHOTOS = 9;

const completionUpload: Upload = {
  description: `The completion note as the \`data\` part (JSON: {"note": …}) and 1–${MAX_COMPLETION_PHOTOS} site \`photos\` (JPEG, PNG or WebP, each ≤ ${MAX_IMAGE_BYTES / 1024 / 1024} MB; re-encoded, location data removed).`,
  parts: {
    data: 'json-body',
    photos: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_COMPLETION_PHOTOS,
      items: { type: 'string', format: 'binary' },
    },
  },
  required: ['data', 'photos'],
  encoding: { data: 'application/json', photos: 'image/jpeg, image/png, image/webp' },
};

export default async function workOrderRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const C = '/communities/:communityId';
  const W = `${C}/work-orders/:id`;
  const manage = { access: { action: 'workorders.manage' } };
  const settings = { access: { action: 'workorders.settings' } };

  await app.register(multipart, {
    limits: {
      fileSize: MAX_IMAGE_BYTES,
      files: MAX_COMPLETION_PHOTOS + 1,
      fields: 2,
      fieldSize: 16 * 1024,
      parts: MAX_COMPLETION_PHOTOS + 3,
      headerPairs: 50,
    },
  });

  // Fee list and settings
  r.get(
    `${C}/fee-list`,
    {
      config: { access: { action: 'funds.read' } },
      schema: {
        tags,
        summary: 'The current fee list (维修费用清单): items with unit, unit price (fen) and standard hours',
        params: CommunityParams,
        response: { 200: FeeList },
      },
    },
    (req) => svc.getFeeList(ctxOf(req)),
  );

  r.put(
    `${C}/fee-list`,
    {
      config: { ...settings, errors: { 422: ['duplicate_fee_code'] } },
      schema: {
        tags,
        summary: 'Publish a new version of the fee list (quotes keep the version they used)',
        params: CommunityParams,
        body: FeeListBody,
        response: { 200: FeeList },
      },
    },
    async (req) => (await svc.publishFeeList(ctxOf(req), req.body))!,
  );

  r.get(
    `${C}/work-order-settings`,
    {
      config: { access: { action: 'funds.read' } },
      schema: {
        tags,
        summary: 'The quote above which a work order needs sign-off before work starts',
        params: CommunityParams,
        response: { 200: WorkOrderSettings },
      },
    },
    (req) => svc.getSettings(ctxOf(req)),
  );

  r.put(
    `${C}/work-order-settings`,
    {
      config: settings,
      schema: {
        tags,
        summary: 'Set the sign-off threshold (fen)',
        params: CommunityParams,
        body: WorkOrderSettingsBody,
        response: { 200: WorkOrderSettings },
      },
    },
    (req) => svc.setSettings(ctxOf(req), req.body),
  );

  // Funds
  r.get(
    `${C}/funds`,
    {
      config: { access: { action: 'funds.read' } },
      schema: {
        tags,
        summary: 'The ledger funds: balance, spending this year and the remaining yearly budget',
        params: CommunityParams,
        response: { 200: FundList },
      },
    },
    (req) => svc.listFunds(ctxOf(req)),
  );

  r.get(
    `${C}/funds/:fund`,
    {
      config: { access: { action: 'funds.read' } },
      schema: {
        tags,
        summary: 'One fund and its ledger (newest first)',
        params: FundParams,
        response: { 200: FundLedger },
      },
    },
    (req) => svc.fundLedger(ctxOf(req), req.params.fund),
  );

  r.post(
    `${C}/funds/:fund/deposits`,
    {
      config: settings,
      schema: {
        tags,
        summary: 'Record money paid into a fund',
        params: FundParams,
        body: DepositBody,
        response: { 201: FundLedger },
      },
    },
    async (req, reply) => reply.code(201).send((await svc.deposit(ctxOf(req), req.params.fund, req.body))!),
  );

  r.put(
    `${C}/funds/:fund/budget`,
    {
      config: settings,
      schema: {
        tags,
        summary: "Set a fund's budget for the current year",
        params: FundParams,
        body: FundBudgetBody,
        response: { 200: Fund },
      },
    },
    async (req) => (await svc.setBudget(ctxOf(req), req.params.fund, req.body))!,
  );

  // Work orders
  r.get(
    `${C}/work-orders`,
    {
      config: { access: { action: 'workorders.read' } },
      schema: {
        tags,
        summary: 'Work orders (a resident sees those made from their own tickets)',
        params: CommunityParams,
        querystring: ListWorkOrdersQuery,
        response: { 200: WorkOrderList },
      },
    },
    (req) => svc.listWorkOrders(ctxOf(req), req.query),
  );

  r.post(
    `${C}/work-orders`,
    {
      config: {
        ...manage,
        errors: { 409: ['already_linked'], 422: ['source_required', 'funding_ref_required', 'estate_not_found'] },
      },
      schema: {
        tags,
        summary: 'Create a work order from a ticket (linked both ways), a topic or an inspection',
        params: CommunityParams,
        body: CreateWorkOrderBody,
        response: { 201: z.object({ id: z.string(), number: z.string() }) },
      },
    },
    async (req, reply) => reply.code(201).send(await createWorkOrder(ctxOf(req), req.body)),
  );

  r.get(
    W,
    {
      config: { access: { action: 'workorders.read' } },
      schema: {
        tags,
        summary: 'One work order: quote, sign-offs, photos, acceptance, linked tickets and what the caller may do',
        params: WorkOrderParams,
        response: { 200: WorkOrder },
      },
    },
    (req) => svc.getWorkOrder(ctxOf(req), req.params.id),
  );

  r.patch(
    W,
    {
      config: {
        ...manage,
        errors: { 409: ['work_order_wrong_status', 'quote_signed'], 422: ['funding_ref_required', 'estate_not_found'] },
      },
      schema: {
        tags,
        summary: 'Change the order: text and funding while open (not after sign-off), assignee and executor until done',
        params: WorkOrderParams,
        body: UpdateWorkOrderBody,
        response: { 200: WorkOrder },
      },
    },
    (req) => svc.updateWorkOrder(ctxOf(req), req.params.id, req.body),
  );

  r.put(
    `${W}/quote`,
    {
      config: {
        ...manage,
        errors: { 409: ['work_order_wrong_status', 'quote_signed'], 422: ['not_on_fee_list', 'no_fee_list'] },
      },
      schema: {
        tags,
        summary: 'Quote from the current fee list: item and quantity per line; the total is integer fen',
        params: WorkOrderParams,
        body: QuoteBody,
        response: { 200: WorkOrder },
      },
    },
    (req) => svc.setQuote(ctxOf(req), req.params.id, req.body),
  );

  r.post(
    `${W}/signoffs`,
    {
      config: {
        access: { action: 'workorders.sign' },
        errors: {
          403: ['not_signer'],
          409: ['work_order_wrong_status', 'no_quote', 'signoff_not_needed', 'already_signed', 'side_signed'],
        },
      },
      schema: {
        tags,
        summary: 'Sign off the quote as a committee member or community staff (two different people)',
        params: WorkOrderParams,
        body: NoBody,
        response: { 200: WorkOrder },
      },
    },
    (req) => svc.signOff(ctxOf(req), req.params.id),
  );

  r.post(
    `${W}/start`,
    {
      config: { ...manage, errors: { 409: ['work_order_wrong_status', 'no_quote', 'signoff_required'] } },
      schema: {
        tags,
        summary:
          'Start work (above the threshold only after both sign-offs; an emergency starts at once and is reviewed afterwards)',
        params: WorkOrderParams,
        body: NoBody,
        response: { 200: WorkOrder },
      },
    },
    (req) => svc.start(ctxOf(req), req.params.id),
  );

  const completions = new WeakMap<FastifyRequest, ProcessedImage[]>();
  r.post(
    `${W}/complete`,
    {
      config: {
        ...manage,
        upload: completionUpload,
        errors: {
          409: ['work_order_wrong_status'],
          413: ['photo_too_large'],
          422: ['photos_required', 'too_many_photos', 'invalid_image'],
          503: ['busy'],
        },
      },
      schema: {
        tags,
        summary: 'Report the work done: multipart with a `data` part ({"note"}) and the site `photos`',
        params: WorkOrderParams,
        body: CompleteBody,
        response: { 200: WorkOrder },
      },
      preValidation: async (req) => {
        if (!req.isMultipart()) return;
        const m = await readPhotoForm(req, app.ctx.config.dataDir, { max: MAX_COMPLETION_PHOTOS, data: true });
        completions.set(req, m.photos);
        (req as { body: unknown }).body = m.data ?? {};
      },
    },
    (req) => svc.complete(ctxOf(req), req.params.id, req.body, completions.get(req) ?? []),
  );

  r.get(
    `${W}/photos/:photoId`,
    {
      config: { access: { action: 'workorders.read' } },
      schema: {
        tags,
        summary: 'A completion photo (or its thumbnail)',
        params: WorkOrderParams.extend({ photoId: z.string().max(64) }),
        querystring: z.object({ size: z.enum(['full', 'thumb']).default('full') }),
      },
    },
    async (req, reply) => {
      const p = await svc.photoOf(ctxOf(req), req.params.id, req.params.photoId, req.query.size);
      return reply
        .type(p.mime)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(p.buf);
    },
  );

  r.post(
    `${W}/accept`,
    {
      config: {
        access: { action: 'workorders.accept' },
        errors: { 403: ['not_acceptor'], 409: ['work_order_wrong_status', 'insufficient_funds', 'invalid_transition'] },
      },
      schema: {
        tags,
        summary:
          'Accept the work (reporter or committee): the cost is posted to the fund and the linked tickets are resolved',
        params: WorkOrderParams,
        body: AcceptBody,
        response: { 200: WorkOrder },
      },
    },
    async (req) => {
      const res = await acceptWorkOrder(ctxOf(req), req.params.id, req.body);
      kickDeliveries(app.ctx, req.log);
      return res;
    },
  );

  r.post(
    `${W}/review`,
    {
      config: { access: { action: 'workorders.review' }, errors: { 409: ['review_not_pending'] } },
      schema: {
        tags,
        summary: 'Review an emergency order that started without sign-off',
        params: WorkOrderParams,
        body: ReviewBody,
        response: { 200: WorkOrder },
      },
    },
    (req) => svc.review(ctxOf(req), req.params.id, req.body),
  );

  r.post(
    `${W}/cancel`,
    {
      config: { ...manage, errors: { 409: ['work_order_wrong_status'] } },
      schema: {
        tags,
        summary: 'Cancel an order before work starts, with a reason (nothing is posted to any fund)',
        params: WorkOrderParams,
        body: CancelBody,
        response: { 200: WorkOrder },
      },
    },
    async (req) => {
      const res = await svc.cancel(ctxOf(req), req.params.id, req.body);
      kickDeliveries(app.ctx, req.log);
      return res;
    },
  );

  // Duty roster
  r.get(
    `${C}/duty-shifts`,
    {
      config: { access: { action: 'duty.read' }, errors: { 422: ['invalid_range'] } },
      schema: {
        tags,
        summary: 'Duty shifts overlapping a range (default: yesterday to a week ahead) and the gaps in it',
        params: CommunityParams,
        querystring: DutyRangeQuery,
        response: { 200: DutyShiftList },
      },
    },
    (req) => duty.listShifts(ctxOf(req), req.query),
  );

  r.post(
    `${C}/duty-shifts`,
    {
      config: { access: { action: 'duty.manage' }, errors: { 422: ['invalid_shift_times'] } },
      schema: {
        tags,
        summary: 'Add a shift to the roster',
        params: CommunityParams,
        body: DutyShiftBody,
        response: { 201: DutyShift },
      },
    },
    async (req, reply) => reply.code(201).send(await duty.addShift(ctxOf(req), req.body)),
  );

  r.delete(
    `${C}/duty-shifts/:id`,
    {
      config: { access: { action: 'duty.manage' }, errors: { 409: ['shift_ended'] } },
      schema: { tags, summary: 'Remove a shift that has not ended', params: ShiftParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await duty.removeShift(ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  r.post(
    `${C}/duty-shifts/:id/swap`,
    {
      config: { access: { action: 'duty.manage' }, errors: { 409: ['shift_ended'], 422: ['same_shift'] } },
      schema: {
        tags,
        summary: 'Swap the people of two shifts (the times stay)',
        params: ShiftParams,
        body: SwapBody,
        response: { 200: DutyShiftList },
      },
    },
    (req) => duty.swapShifts(ctxOf(req), req.params.id, req.body.withShiftId),
  );

  r.get(
    `${C}/duty/now`,
    {
      config: { access: { action: 'duty.now' } },
      schema: {
        tags,
        summary: 'Who is on duty now, with the duty phone, and when coverage next lapses',
        params: CommunityParams,
        response: { 200: OnDutyNow },
      },
    },
    (req) => duty.onDutyNow(ctxOf(req)),
  );
}
