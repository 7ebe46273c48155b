import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ActionItemBody,
  ActionItemList,
  ActionItemParams,
  ActionItemPatch,
  ActionItemsQuery,
  AttendanceBody,
  ChatIntakeBody,
  ChatIntakeResult,
  CloseMeetingBody,
  CreateMeetingBody,
  ListMeetingsQuery,
  Meeting,
  MeetingList,
  MeetingParams,
  MeetingStats,
  MeetingStatsQuery,
  UpdateMeetingBody,
} from '../../../contract/meetings';
import { CommunityParams } from '../../../contract/org';
import * as svc from './meetings.service';
import { chatIntake } from './meetings.intake';
import { requestContext } from '../../core/context';
import { createMeeting } from '../../workflows/meetings';

const tags = ['meetings'];
const manage = { access: { action: 'meetings.manage' } };
const read = { access: { action: 'meetings.read' } };

export default async function meetingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const base = '/communities/:communityId/meetings';
  const one = `${base}/:id`;

  r.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Meetings (月例会, 议事会, 座谈会)',
        params: CommunityParams,
        querystring: ListMeetingsQuery,
        response: { 200: MeetingList },
      },
    },
    (req) => svc.listMeetings(ctxOf(req), req.query),
  );
  r.get(
    `${base}/stats`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Meetings held in a period, by kind, and open action items',
        params: CommunityParams,
        querystring: MeetingStatsQuery,
        response: { 200: MeetingStats },
      },
    },
    (req) => svc.meetingStats(ctxOf(req), req.query),
  );
  r.get(
    `${base}/action-items`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Action items across meetings, tracked to done',
        params: CommunityParams,
        querystring: ActionItemsQuery,
        response: { 200: ActionItemList },
      },
    },
    (req) => svc.listActionItems(ctxOf(req), req.query),
  );
  r.post(
    `${base}/chat-intake`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Split a pasted group-chat export into candidate tickets with a suggested category',
        params: CommunityParams,
        body: ChatIntakeBody,
        response: { 200: ChatIntakeResult },
      },
    },
    (req) => chatIntake(app.ctx.db, req.params.communityId, req.body.text),
  );
  r.post(
    base,
    {
      config: { ...manage, errors: { 422: ['topic_required'] } },
      schema: {
        tags,
        summary: 'Plan a meeting; a monthly meeting draws its agenda from open topics and tickets',
        params: CommunityParams,
        body: CreateMeetingBody,
        response: { 201: Meeting },
      },
    },
    async (req, reply) => reply.code(201).send(await createMeeting(ctxOf(req), req.body)),
  );
  r.get(
    one,
    {
      config: read,
      schema: {
        tags,
        summary: 'A meeting with attendance, minutes, decisions, signatures and action items',
        params: MeetingParams,
        response: { 200: Meeting },
      },
    },
    (req) => svc.getMeeting(ctxOf(req), req.params.id),
  );
  r.patch(
    one,
    {
      config: { ...manage, errors: { 409: ['meeting_closed'] } },
      schema: {
        tags,
        summary: 'Edit agenda, minutes, decisions (until closed)',
        params: MeetingParams,
        body: UpdateMeetingBody,
        response: { 200: Meeting },
      },
    },
    (req) => svc.updateMeeting(ctxOf(req), req.params.id, req.body),
  );
  r.put(
    `${one}/attendance`,
    {
      config: { ...manage, errors: { 422: ['duplicate_party'] } },
      schema: {
        tags,
        summary: 'Record attendance per party (应到/实到)',
        params: MeetingParams,
        body: AttendanceBody,
        response: { 200: Meeting },
      },
    },
    (req) => svc.setAttendance(ctxOf(req), req.params.id, req.body),
  );
  r.post(
    `${one}/close`,
    {
      config: { ...manage, errors: { 409: ['meeting_closed', 'meeting_incomplete'] } },
      schema: {
        tags,
        summary: 'Close with signatures; needs minutes and attendance',
        params: MeetingParams,
        body: CloseMeetingBody,
        response: { 200: Meeting },
      },
    },
    (req) => svc.closeMeeting(ctxOf(req), req.params.id, req.body),
  );
  r.post(
    `${one}/action-items`,
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add an action item (owner, due date)',
        params: MeetingParams,
        body: ActionItemBody,
        response: { 200: Meeting },
      },
    },
    (req) => svc.addActionItem(ctxOf(req), req.params.id, req.body),
  );
  r.patch(
    `${one}/action-items/:itemId`,
    {
      config: { access: { action: 'meetings.participate' } },
      schema: {
        tags,
        summary: 'Mark an action item done or not done',
        params: ActionItemParams,
        body: ActionItemPatch,
        response: { 200: Meeting },
      },
    },
    (req) => svc.setActionItemDone(ctxOf(req), req.params.id, req.params.itemId, req.body.done),
  );
}
