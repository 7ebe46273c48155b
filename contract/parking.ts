import { z } from 'zod';

/** Parking (SPEC §7): car parks, spaces, vehicles of households, and rule versions set by a 四方议事 decision. */

/** Money is whole fen (分). ¥200 an hour or ¥2,000 a day is beyond any residential car park: above is a typo. */
export const MAX_FEE_FEN_PER_HOUR = 20_000;
export const MAX_DAILY_CAP_FEN = 200_000;
/** A free stay longer than a day is not a parking rule. */
export const MAX_FREE_MINUTES = 1440;
export const MAX_SPACES = 5000;

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();

export const CarParkParams = z.object({ communityId: id, id });
export const VehicleParams = z.object({ communityId: id, id });

export const CreateCarParkBody = z.strictObject({
  name: text(100),
  /** The estate it serves; null for a car park beside the estates (the 社会化停车场). */
  estateId: id.nullable().default(null),
  totalSpaces: z.number().int().min(1).max(MAX_SPACES),
  openedOn: day,
  note: z.string().trim().max(500).default(''),
});
export const AddSpacesBody = z.strictObject({
  /** Space numbers as painted on the ground (B-001, 12 …), unique in the car park. */
  numbers: z.array(text(20)).min(1).max(MAX_SPACES),
  ownerPriority: z.boolean().default(false),
});
export const RuleBody = z.strictObject({
  effectiveOn: day,
  freeMinutes: z.number().int().min(0).max(MAX_FREE_MINUTES),
  feeFenPerHour: z.number().int().min(0).max(MAX_FEE_FEN_PER_HOUR),
  dailyCapFen: z.number().int().min(0).max(MAX_DAILY_CAP_FEN),
  ownerPrioritySpaces: z.number().int().min(0).max(MAX_SPACES),
  /** The 四方议事 topic whose decision set the rule, and the closed consultation it rests on: both required (422 when missing). */
  topicId: id.nullable().default(null),
  consultationId: id.nullable().default(null),
  note: z.string().trim().max(500).default(''),
});
export const RuleOnQuery = z.object({ on: day.optional() });
export const RulesQuery = z.object({ topicId: id });
export const VehicleBody = z.strictObject({
  householdId: id,
  plate: z.string().trim().min(1).max(20),
  note: z.string().trim().max(200).default(''),
});
export const VehiclesQuery = z.object({
  householdId: id.optional(),
  /** With the reveal right, a reason shows the full plates (one audit event for the list). */
  reason: z.string().trim().min(2).max(200).optional(),
});
export const PlateRevealBody = z.strictObject({ reason: z.string().trim().min(2).max(200) });
export const PlateRevealResponse = z.object({ value: z.string() });

export const Rule = z.object({
  id: z.string(),
  carParkId: z.string(),
  effectiveOn: z.string(),
  freeMinutes: z.number(),
  feeFenPerHour: z.number(),
  dailyCapFen: z.number(),
  ownerPrioritySpaces: z.number(),
  topicId: z.string(),
  topicTitle: z.string(),
  consultationId: z.string(),
  consultationTitle: z.string(),
  note: z.string(),
  /** in_force: the one applying today; scheduled: takes effect later; past: replaced by a later version. */
  state: z.enum(['past', 'in_force', 'scheduled']),
  createdAt: z.string(),
});
export const CarParkSummary = z.object({
  id: z.string(),
  name: z.string(),
  estateId: z.string().nullable(),
  estateName: z.string().nullable(),
  totalSpaces: z.number(),
  openedOn: z.string(),
  note: z.string(),
  spaces: z.number(),
  ownerPrioritySpaces: z.number(),
  ruleInForce: Rule.nullable(),
});
export const CarParkList = z.object({ items: z.array(CarParkSummary) });
export const Space = z.object({ id: z.string(), number: z.string(), ownerPriority: z.boolean() });
export const CarPark = CarParkSummary.extend({
  spaceList: z.array(Space),
  rules: z.array(Rule),
  createdAt: z.string(),
});
export const RuleOn = z.object({ on: z.string(), rule: Rule.nullable() });
export const RuleList = z.object({ items: z.array(Rule.extend({ carParkName: z.string() })) });

export const Vehicle = z.object({
  id: z.string(),
  householdId: z.string(),
  householdLabel: z.string(),
  /** Masked (沪A·1**45) unless the caller may reveal it and gave a reason, or it is the caller's own household's. */
  plate: z.string(),
  masked: z.boolean(),
  newEnergy: z.boolean(),
  note: z.string(),
  createdAt: z.string(),
});
export const VehicleList = z.object({ items: z.array(Vehicle) });

/** The resident's page: the household's vehicles, and the rules in force where it lives, each with why. */
export const Why = z.object({
  consultationId: z.string(),
  title: z.string(),
  closedAt: z.string().nullable(),
  eligible: z.number(),
  participants: z.number(),
  passed: z.boolean(),
  questions: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      counts: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
      leading: z.string().nullable(),
      passed: z.boolean(),
    }),
  ),
  decision: z.string().nullable(),
});
export const MyParking = z.object({
  vehicles: z.array(Vehicle),
  carParks: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      estateName: z.string().nullable(),
      totalSpaces: z.number(),
      note: z.string(),
      rule: Rule.nullable(),
      why: Why.nullable(),
    }),
  ),
});
