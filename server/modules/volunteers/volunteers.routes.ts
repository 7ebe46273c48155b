import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  Activity,
  ActivityList,
  ActivityParams,
  CheckBody,
  CheckinCode,
  Commitment,
  CommitmentEntryBody,
  CommitmentList,
  CommitmentParams,
  CommitmentsQuery,
  CreateActivityBody,
  CreateCommitmentBody,
  ListActivitiesQuery,
  MyHours,
  StatsQuery,
  VolunteerStats,
  WalkInBody,
} from '../../../contract/volunteers';
import { CommunityParams } from '../../../contract/org';
import { NoBody } from '../../../contract/common';
import { requestContext } from '../../core/context';
import * as svc from './volunteers.service';

const tags = ['volunteers'];
const read = { access: { action: 'volunteers.read' } };
const manage = { access: { action: 'volunteers.manage' } };
const join = { access: { action: 'volunteers.join' } };
const commitments = { access: { action: 'volunteers.commitments' } };

export default async function volunteerRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const base = '/communities/:communityId/activities';
  const one = `${base}/:id`;

  r.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary:
          "Activities (learning sessions, festivals, greening days) with seats taken and the caller's own sign-up",
        params: CommunityParams,
        querystring: ListActivitiesQuery,
        response: { 200: ActivityList },
      },
    },
    (req) => svc.listActivities(ctxOf(req), req.query),
  );
  r.post(
    base,
    {
      config: { ...manage, errors: { 422: ['invalid_times'] } },
      schema: {
        tags,
        summary: 'Create an activity with its capacity and time',
        params: CommunityParams,
        body: CreateActivityBody,
        response: { 201: Activity },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createActivity(ctxOf(req), req.body)),
  );
  r.get(
    `${base}/mine`,
    {
      config: read,
      schema: {
        tags,
        summary: 'My volunteer person-times and hours',
        params: CommunityParams,
        response: { 200: MyHours },
      },
    },
    (req) => svc.myHours(ctxOf(req)),
  );
  r.get(
    `${base}/stats`,
    {
      config: { access: { action: 'volunteers.figures' } },
      schema: {
        tags,
        summary: 'Person-times and hours of a year: per month, per person, party members',
        params: CommunityParams,
        querystring: StatsQuery,
        response: { 200: VolunteerStats },
      },
    },
    (req) => svc.stats(ctxOf(req), req.query),
  );
  r.get(
    one,
    {
      config: read,
      schema: {
        tags,
        summary: 'An activity; organisers see who signed up (names masked)',
        params: ActivityParams,
        response: { 200: Activity },
      },
    },
    (req) => svc.getActivity(ctxOf(req), req.params.id),
  );
  r.post(
    `${one}/signups`,
    {
      config: { ...join, errors: { 409: ['activity_full', 'already_signed_up', 'activity_ended'] } },
      schema: {
        tags,
        summary: 'Sign up (409 activity_full when no seat is left)',
        params: ActivityParams,
        body: NoBody,
        response: { 200: Activity },
      },
    },
    (req) => svc.signUp(ctxOf(req), req.params.id),
  );
  r.get(
    `${one}/checkin-code`,
    {
      config: manage,
      schema: {
        tags,
        summary: "The signed code and H5 URL for the check-in screen's QR",
        params: ActivityParams,
        response: { 200: CheckinCode },
      },
    },
    (req) => svc.checkinCode(ctxOf(req), req.params.id),
  );
  r.post(
    `${one}/check-in`,
    {
      config: {
        ...join,
        errors: {
          409: ['outside_activity_time', 'already_checked_in', 'activity_full', 'already_signed_up'],
          422: ['invalid_checkin_code'],
        },
      },
      schema: {
        tags,
        summary: 'Check in with the code of the QR at the event (signs up on the spot while seats are left)',
        params: ActivityParams,
        body: CheckBody,
        response: { 200: Activity },
      },
    },
    (req) => svc.checkIn(ctxOf(req), req.params.id, req.body.code),
  );
  r.post(
    `${one}/check-out`,
    {
      config: {
        ...join,
        errors: {
          409: ['outside_activity_time', 'not_checked_in', 'already_checked_out'],
          422: ['invalid_checkin_code'],
        },
      },
      schema: {
        tags,
        summary: 'Check out with the same code; the minutes served are counted',
        params: ActivityParams,
        body: CheckBody,
        response: { 200: Activity },
      },
    },
    (req) => svc.checkOut(ctxOf(req), req.params.id, req.body.code),
  );
  r.post(
    `${one}/walk-ins`,
    {
      config: {
        ...manage,
        errors: {
          409: ['activity_full', 'activity_not_started', 'already_signed_up'],
          422: ['minutes_exceed_activity'],
        },
      },
      schema: {
        tags,
        summary: 'Record a volunteer from the paper sign-in sheet with the minutes served',
        params: ActivityParams,
        body: WalkInBody,
        response: { 200: Activity },
      },
    },
    (req) => svc.recordWalkIn(ctxOf(req), req.params.id, req.body),
  );

  const cbase = '/communities/:communityId/party-commitments';
  r.get(
    cbase,
    {
      config: commitments,
      schema: {
        tags,
        summary: "党员责任清单: each party member's commitments of a year with their fulfilment",
        params: CommunityParams,
        querystring: CommitmentsQuery,
        response: { 200: CommitmentList },
      },
    },
    (req) => svc.listCommitments(ctxOf(req), req.query),
  );
  r.post(
    cbase,
    {
      config: { ...manage, errors: { 422: ['not_a_party_member'] } },
      schema: {
        tags,
        summary: "Add a commitment to a party member's list",
        params: CommunityParams,
        body: CreateCommitmentBody,
        response: { 201: Commitment },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createCommitment(ctxOf(req), req.body)),
  );
  r.post(
    `${cbase}/:id/entries`,
    {
      config: commitments,
      schema: {
        tags,
        summary: 'Log fulfilment (the member their own; staff for anyone)',
        params: CommitmentParams,
        body: CommitmentEntryBody,
        response: { 200: Commitment },
      },
    },
    (req) => svc.addEntry(ctxOf(req), req.params.id, req.body),
  );
}
