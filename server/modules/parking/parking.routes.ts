import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AddSpacesBody,
  CarPark,
  CarParkList,
  CarParkParams,
  CreateCarParkBody,
  MyParking,
  PlateRevealBody,
  PlateRevealResponse,
  Rule,
  RuleBody,
  RuleList,
  RuleOn,
  RuleOnQuery,
  RulesQuery,
  Vehicle,
  VehicleBody,
  VehicleList,
  VehicleParams,
  VehiclesQuery,
} from '../../../contract/parking';
import { CommunityParams } from '../../../contract/org';
import { requestContext } from '../../core/context';
import * as svc from './parking.service';

const tags = ['parking'];
const read = { access: { action: 'parking.read' } };
const manage = { access: { action: 'parking.manage' } };

/** Car parks, spaces, vehicles (masked plates) and rule versions; the resident's own view. */
export default async function parkingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (req: FastifyRequest) => requestContext(req, app.ctx);
  const base = '/communities/:communityId/parking';

  r.get(
    `${base}/car-parks`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Car parks with their spaces and the rule version in force today',
        params: CommunityParams,
        response: { 200: CarParkList },
      },
    },
    (req) => svc.listCarParks(ctxOf(req)),
  );
  r.post(
    `${base}/car-parks`,
    {
      config: { ...manage, errors: { 409: ['car_park_exists'], 422: ['estate_not_found'] } },
      schema: {
        tags,
        summary: 'Record a car park (estate, total spaces, opening date)',
        params: CommunityParams,
        body: CreateCarParkBody,
        response: { 201: CarPark },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createCarPark(ctxOf(req), req.body)),
  );
  r.get(
    `${base}/car-parks/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'A car park with its spaces and every rule version (with the decision and consultation behind it)',
        params: CarParkParams,
        response: { 200: CarPark },
      },
    },
    (req) => svc.getCarPark(ctxOf(req), req.params.id),
  );
  r.post(
    `${base}/car-parks/:id/spaces`,
    {
      config: { ...manage, errors: { 409: ['spaces_over_total', 'space_exists'] } },
      schema: {
        tags,
        summary: "Add spaces (never beyond the car park's total; nothing is written on a refusal)",
        params: CarParkParams,
        body: AddSpacesBody,
        response: { 201: CarPark },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.addSpaces(ctxOf(req), req.params.id, req.body)),
  );
  r.get(
    `${base}/car-parks/:id/rule`,
    {
      config: read,
      schema: {
        tags,
        summary: 'The rule version in force on a date (today by default)',
        params: CarParkParams,
        querystring: RuleOnQuery,
        response: { 200: RuleOn },
      },
    },
    (req) => svc.ruleOn(ctxOf(req), req.params.id, req.query.on),
  );
  r.post(
    `${base}/car-parks/:id/rules`,
    {
      config: {
        access: { action: 'parking.rules' },
        errors: {
          409: ['rule_date_taken'],
          422: [
            'decision_required',
            'consultation_required',
            'owner_priority_over_total',
            'daily_cap_below_fee',
            'rule_backdated',
          ],
        },
      },
      schema: {
        tags,
        summary:
          "Add a rule version: it must link to a topic's signed decision and its closed consultation (422 otherwise); versions are never changed",
        params: CarParkParams,
        body: RuleBody,
        response: { 201: Rule },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.addRule(ctxOf(req), req.params.id, req.body)),
  );
  r.get(
    `${base}/rules`,
    {
      config: read,
      schema: {
        tags,
        summary: "Rule versions that carry out a topic's decision (the topic's implementation)",
        params: CommunityParams,
        querystring: RulesQuery,
        response: { 200: RuleList },
      },
    },
    (req) => svc.rulesOfTopic(ctxOf(req), req.query.topicId),
  );

  r.get(
    `${base}/vehicles`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Registered vehicles; plates masked unless the caller may reveal them and gives a reason (audited)',
        params: CommunityParams,
        querystring: VehiclesQuery,
        response: { 200: VehicleList },
      },
    },
    (req) => svc.listVehicles(ctxOf(req), req.query),
  );
  r.post(
    `${base}/vehicles`,
    {
      config: { ...manage, errors: { 409: ['plate_taken'], 422: ['plate_invalid', 'household_not_found'] } },
      schema: {
        tags,
        summary: 'Register a vehicle to a household (plate format checked; a plate once per community)',
        params: CommunityParams,
        body: VehicleBody,
        response: { 201: Vehicle },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.registerVehicle(ctxOf(req), req.body)),
  );
  r.post(
    `${base}/vehicles/:id/reveal`,
    {
      config: { access: { action: 'parking.reveal' } },
      schema: {
        tags,
        summary: 'The full plate; recorded in the audit trail with the reason',
        params: VehicleParams,
        body: PlateRevealBody,
        response: { 200: PlateRevealResponse },
      },
    },
    (req) => svc.revealPlate(ctxOf(req), req.params.id, req.body.reason),
  );

  r.get(
    `${base}/mine`,
    {
      config: { access: { action: 'parking.mine' } },
      schema: {
        tags,
        summary:
          "The resident's household's vehicles and the rules in force where it lives, each with the consultation behind it",
        params: CommunityParams,
        response: { 200: MyParking },
      },
    },
    (req) => svc.myParking(ctxOf(req)),
  );
}
