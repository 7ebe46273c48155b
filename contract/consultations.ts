import { z } from 'zod';
import { TAGS } from './org';

/**
 * 征询 household consultations (SPEC §5): questions, eligible households snapshotted at opening,
 * rules fixed at opening, one ballot per household, a hash chain of every entry, published results.
 */

export const CONSULTATION_STATUSES = ['draft', 'open', 'closed'] as const;
export const CONSULTATION_STATUS_LABELS: Record<(typeof CONSULTATION_STATUSES)[number], string> = {
  draft: '草稿',
  open: '征询中',
  closed: '已结束',
};
export const CHANNELS = ['online', 'paper', 'door_to_door'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { online: '线上', paper: '纸质', door_to_door: '上门' };
/** 'open' is the first entry of a format-2 chain: it seals the definition and the eligible snapshot. */
export const ENTRY_KINDS = ['open', 'ballot', 'confirm', 'correction', 'close'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

const id = z.string().min(1).max(64);
const key = z.string().regex(/^[a-z0-9_]{1,20}$/, { message: 'key: 1–20 lowercase letters, digits or _' });
const iso = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

/** "≥ 2/3" is { op: '>=', num: 2, den: 3 }; "> 1/2" is { op: '>', num: 1, den: 2 }. */
export const Threshold = z
  .strictObject({
    op: z.enum(['>=', '>']),
    num: z.number().int().min(0).max(1000),
    den: z.number().int().min(1).max(1000),
  })
  .refine((t) => t.num <= t.den, { message: 'num must not exceed den' });
export type Threshold = z.infer<typeof Threshold>;

export const Question = z
  .strictObject({
    key,
    text: z.string().trim().min(1).max(500),
    options: z
      .array(z.strictObject({ key, label: z.string().trim().min(1).max(100) }))
      .min(2)
      .max(10)
      .refine((o) => new Set(o.map((x) => x.key)).size === o.length, { message: 'option keys must differ' }),
    /** The option that counts as approval (e.g. agree); without it the leading option must reach the approval threshold. */
    approveOption: key.optional(),
  })
  .refine((q) => !q.approveOption || q.options.some((o) => o.key === q.approveOption), {
    message: 'approveOption must be one of the options',
  });
export type Question = z.infer<typeof Question>;

export const Scope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('estates'), ids: z.array(id).min(1).max(50) }),
  z.strictObject({ kind: z.literal('buildings'), ids: z.array(id).min(1).max(500) }),
  z.strictObject({ kind: z.literal('tag'), tag: z.enum(TAGS) }),
]);
export type Scope = z.infer<typeof Scope>;

export const Rules = z.object({ participation: Threshold, approval: Threshold });
export type Rules = z.infer<typeof Rules>;

const consultationFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000),
  questions: z
    .array(Question)
    .min(1)
    .max(10)
    .refine((qs) => new Set(qs.map((q) => q.key)).size === qs.length, { message: 'question keys must differ' }),
  scope: Scope,
  opensAt: iso,
  closesAt: iso,
  participation: Threshold,
  approval: Threshold,
  topicId: id.nullable(),
};
export const CreateConsultationBody = z.strictObject({
  ...consultationFields,
  description: consultationFields.description.default(''),
  topicId: id.nullable().default(null),
});
export const UpdateConsultationBody = z.strictObject(consultationFields).partial();

/** question key → option key */
export const Answers = z.record(key, key);
export const CastBallotBody = z.strictObject({ answers: Answers });
export const PaperBallotBody = z.strictObject({
  householdId: id,
  channel: z.enum(['paper', 'door_to_door']),
  /** Required: the number printed on the paper form. Optional here so its absence gets a clear 422. */
  formNumber: z.string().trim().max(40).optional(),
  answers: Answers,
});
export const CorrectionBody = z.strictObject({
  answers: Answers,
  reason: z.string().trim().min(2).max(500),
  formNumber: z.string().trim().min(1).max(40).optional(),
});

export const ConsultationParams = z.object({ communityId: id, id });
export const BallotParams = z.object({ communityId: id, id, ballotId: id });
export const ListConsultationsQuery = z.object({
  status: z.enum(CONSULTATION_STATUSES).optional(),
  topicId: id.optional(),
});

export const QuestionTally = z.object({
  key: z.string(),
  counts: z.record(z.string(), z.number()),
  leading: z.string().nullable(),
  approvals: z.number(),
  passed: z.boolean(),
});
export const Tally = z.object({
  eligible: z.number(),
  participants: z.number(),
  /** Staff entries never confirmed by a second person: listed, not counted. */
  pending: z.number(),
  byChannel: z.record(z.string(), z.number()),
  participationMet: z.boolean(),
  questions: z.array(QuestionTally),
  passed: z.boolean(),
});
export type Tally = z.infer<typeof Tally>;

export const Result = z.object({
  tally: Tally,
  chainHead: z.string(),
  chainLength: z.number(),
  closedAt: z.string(),
  closedBy: z.string(),
});
export type Result = z.infer<typeof Result>;

export const Receipt = z.object({
  consultationId: z.string(),
  ballotId: z.string(),
  seq: z.number(),
  hash: z.string(),
  status: z.enum(['pending', 'counted']),
  channel: z.enum(CHANNELS),
  /** Once closed: the published chain head and length the receipt's entry leads to (the receipt as a proof). */
  chainHead: z.string().nullable().optional(),
  chainLength: z.number().nullable().optional(),
});
export type Receipt = z.infer<typeof Receipt>;

export const Consultation = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  topicId: z.string().nullable(),
  questions: z.array(Question),
  scope: Scope,
  rules: Rules,
  opensAt: z.string(),
  closesAt: z.string(),
  eligibleCount: z.number().nullable(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** Ballots counted and pending so far, without answers: only for managers, for door-to-door follow-up. */
  progress: z.object({ counted: z.number(), pending: z.number() }).nullable(),
  result: Result.nullable(),
  /** For a household representative: whether their household may vote, and its receipt. */
  my: z.object({ eligible: z.boolean(), receipt: Receipt.nullable() }).nullable(),
});
export type Consultation = z.infer<typeof Consultation>;
export const ConsultationList = z.object({
  items: z.array(Consultation.omit({ questions: true, my: true, progress: true })),
});

export const EligibleHousehold = z.object({
  householdId: z.string(),
  code: z.string(),
  representative: z.string().nullable(),
  ballot: z
    .object({
      id: z.string().describe('the ballot to correct (a counted one may be corrected while the consultation is open)'),
      status: z.enum(['pending', 'counted']),
      channel: z.enum(CHANNELS),
    })
    .nullable(),
});
export const EligibleList = z.object({ items: z.array(EligibleHousehold), total: z.number() });

export const PendingEntry = z.object({
  ballotId: z.string(),
  householdId: z.string(),
  householdCode: z.string(),
  channel: z.enum(CHANNELS),
  formNumber: z.string().nullable(),
  answers: Answers,
  kind: z.enum(['ballot', 'correction']),
  reason: z.string().nullable(),
  enteredBy: z.string(),
  enteredById: z.string(),
  seq: z.number(),
  at: z.string(),
});
export const PendingList = z.object({ items: z.array(PendingEntry) });

export const PublicConsultation = Consultation.omit({ progress: true, my: true, scope: true, topicId: true }).extend({
  /** Closed, and its chain is format 2: the public archive can be downloaded (format 1 chains name households). */
  publicArchive: z.boolean(),
});
export const PublicReceipt = z.object({
  consultationId: z.string(),
  title: z.string(),
  consultationStatus: z.enum(CONSULTATION_STATUSES),
  seq: z.number(),
  hash: z.string(),
  kind: z.enum(ENTRY_KINDS),
  at: z.string(),
  /** The entry's hash recomputes from its content and the previous hash. */
  intact: z.boolean(),
  /** A later correction replaced this entry's answers. */
  superseded: z.boolean(),
  counted: z.boolean(),
  chainLength: z.number(),
  /** Once closed: the published head, and what the entry recorded (the household sees its own answers by its receipt). */
  chainHead: z.string().nullable(),
  channel: z.enum(CHANNELS).nullable(),
  answers: Answers.nullable(),
});

/** The hashed fields of one chain entry, exactly as they go into the hash (docs/consultation-archive.md). */
export const ChainEntry = z.object({
  consultation_id: z.string(),
  seq: z.number(),
  kind: z.enum(ENTRY_KINDS),
  ballot_id: z.string().nullable(),
  household_id: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  actor_id: z.string().nullable(),
  at: z.string(),
  prev_hash: z.string(),
  hash: z.string(),
});

/** The chain from one entry to the published head: enough to check that entry is in the published chain. */
export const ReceiptProof = z.object({
  consultationId: z.string(),
  seq: z.number(),
  chainHead: z.string(),
  chainLength: z.number(),
  entries: z.array(ChainEntry),
});

/** One chain entry as it appears in the archive bundle: exactly the hashed fields, plus display names. */
export const BundleEntry = z.object({
  consultation_id: z.string(),
  seq: z.number(),
  kind: z.enum(ENTRY_KINDS),
  ballot_id: z.string().nullable(),
  household_id: z.string().nullable(),
  data: z.any(),
  actor_id: z.string().nullable(),
  at: z.string(),
  prev_hash: z.string(),
  hash: z.string(),
  actorName: z.string().nullable(),
});
/** Format 1: chains opened before the opening entry existed (no sealed definition; households by id and code). */
export const ArchiveBundleV1 = z.object({
  format: z.literal('gongzhi-consultation/1'),
  exportedAt: z.string(),
  consultation: z.object({
    id: z.string(),
    communityName: z.string(),
    title: z.string(),
    description: z.string(),
    questions: z.array(Question),
    scope: Scope,
    rules: Rules,
    opensAt: z.string(),
    closesAt: z.string(),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  }),
  eligible: z.array(z.object({ householdId: z.string(), code: z.string(), representative: z.string().nullable() })),
  ballots: z.array(
    z.object({
      ballotId: z.string(),
      householdId: z.string(),
      householdCode: z.string(),
      channel: z.enum(CHANNELS),
      formNumber: z.string().nullable(),
      answers: Answers,
      status: z.enum(['pending', 'counted']),
      enteredBy: z.string().nullable(),
      confirmedBy: z.string().nullable(),
      seq: z.number(),
      receipt: z.string(),
    }),
  ),
  entries: z.array(BundleEntry),
  result: Result.nullable(),
  chainCheck: z.object({
    ok: z.boolean(),
    entries: z.number(),
    head: z.string(),
    firstBreak: z.object({ seq: z.number(), reason: z.string() }).nullable(),
  }),
});

const ChainCheck = z.object({
  ok: z.boolean(),
  entries: z.number(),
  head: z.string(),
  firstBreak: z.object({ seq: z.number(), reason: z.string() }).nullable(),
});

/**
 * Format 2 (docs/consultation-archive.md): the chain opens with an entry sealing the definition and the
 * eligible snapshot; households appear as salted tokens. The public view has tokens only; the staff view
 * adds each household's id, code and salt (so the tokens recompute) and the masked names of staff.
 */
export const ArchiveBundleV2 = z.object({
  format: z.literal('gongzhi-consultation/2'),
  view: z.enum(['public', 'staff']),
  exportedAt: z.string(),
  consultation: ArchiveBundleV1.shape.consultation,
  eligible: z.array(
    z.object({
      token: z.string(),
      householdId: z.string().optional(),
      code: z.string().optional(),
      salt: z.string().optional(),
      representative: z.string().nullable().optional(),
    }),
  ),
  ballots: z.array(
    z.object({
      ballotId: z.string(),
      household: z.string(),
      householdCode: z.string().optional(),
      channel: z.enum(CHANNELS),
      formNumber: z.string().nullable(),
      answers: Answers,
      status: z.enum(['pending', 'counted']),
      seq: z.number(),
      lastSeq: z.number(),
      receipt: z.string(),
      enteredBy: z.string().nullable().optional(),
      confirmedBy: z.string().nullable().optional(),
    }),
  ),
  entries: z.array(ChainEntry.extend({ actorName: z.string().nullable().optional() })),
  result: Result.nullable(),
  chainCheck: ChainCheck,
});
export const ArchiveBundle = z.union([ArchiveBundleV2, ArchiveBundleV1]);
export type ArchiveBundle = z.infer<typeof ArchiveBundle>;

/** Counts and turnout by building, for every role that follows a consultation; never who voted how. */
export const Turnout = z.object({
  eligible: z.number(),
  counted: z.number(),
  pending: z.number(),
  items: z.array(
    z.object({
      buildingId: z.string(),
      estate: z.string(),
      building: z.string(),
      eligible: z.number(),
      counted: z.number(),
      pending: z.number(),
    }),
  ),
});

export const ConsultationReport = z.object({
  title: z.string(),
  communityName: z.string(),
  description: z.string(),
  questions: z.array(Question),
  rules: Rules,
  opensAt: z.string(),
  closesAt: z.string(),
  closedAt: z.string().nullable(),
  result: Result.nullable(),
  chainCheck: ChainCheck,
  eligibleCount: z.number(),
  /** The opening entry's hash (format 2), sealing what was asked; null for format-1 chains. */
  sealHash: z.string().nullable(),
  chainFormat: z.number(),
  turnout: Turnout,
  publicUrl: z.string(),
  /** QR code (SVG) pointing at the public, verifiable copy. */
  qrSvg: z.string(),
});
