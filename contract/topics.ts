import { z } from 'zod';

/** 四方议事 deliberation topics (SPEC §4): stages with evidence, a four-party forum, a signed decision. */

export const STAGES = [
  'proposed',
  'research',
  'forum',
  'consultation',
  'decision',
  'implementation',
  'review',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  proposed: '提出',
  research: '调研',
  forum: '座谈',
  consultation: '征询',
  decision: '决议',
  implementation: '实施',
  review: '公示',
  closed: '结案',
};
/** The four parties of 四方议事. */
export const PARTIES = ['party_branch', 'property_company', 'committee', 'building_leaders'] as const;
export type Party = (typeof PARTIES)[number];
export const PARTY_LABELS: Record<Party, string> = {
  party_branch: '党支部',
  property_company: '物业公司',
  committee: '自管会',
  building_leaders: '楼组长',
};
export const TOPIC_SOURCES = ['ticket', 'party', 'monthly_meeting', 'other'] as const;
export const TOPIC_SOURCE_LABELS: Record<(typeof TOPIC_SOURCES)[number], string> = {
  ticket: '居民诉求',
  party: '四方提出',
  monthly_meeting: '月例会',
  other: '其他',
};
export const EVIDENCE_KINDS = ['note', 'file', 'meeting', 'option', 'publication'] as const;
export const EVIDENCE_KIND_LABELS: Record<(typeof EVIDENCE_KINDS)[number], string> = {
  note: '记录',
  file: '文件',
  meeting: '会议',
  option: '方案',
  publication: '公示',
};

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

export const TopicParams = z.object({ communityId: id, id });
export const CreateTopicBody = z.strictObject({
  title: text(200),
  description: z.string().trim().max(5000).default(''),
  source: z.enum(TOPIC_SOURCES),
  estateId: id.nullable().default(null),
  ticketIds: z.array(id).max(100).default([]),
});
export const UpdateTopicBody = z
  .strictObject({ title: text(200), description: z.string().trim().max(5000), estateId: id.nullable() })
  .partial();
/** Completes the active stage, or skips it when a reason is given. */
export const AdvanceBody = z.strictObject({
  skipReason: text(500).optional(),
  /** When the topic closes: resolve its still-open source tickets too (default), or leave them to their handlers. */
  resolveTickets: z.boolean().optional(),
});
export const EvidenceBody = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  text: text(5000),
  fileRef: z.string().trim().max(500).optional(),
  meetingId: id.optional(),
  /** A record of another module this evidence points at: a registered link target (workorder, fee_list, duty_roster, …). */
  link: z.strictObject({ type: z.string().trim().min(1).max(32), id }).optional(),
});
export const LinkTicketsBody = z.strictObject({ ticketIds: z.array(id).min(1).max(100) });
export const TopicTicketParams = TopicParams.extend({ ticketId: id });
export const DecisionBody = z.strictObject({ text: text(5000), consultationId: id.nullable().default(null) });
export const SignoffBody = z.strictObject({ party: z.enum(PARTIES), signerName: text(50) });
export const ListTopicsQuery = z.object({
  status: z.enum(['active', 'closed']).optional(),
  stage: z.enum(STAGES).optional(),
});
export const StatsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});

export const TopicSummary = z.object({
  id: z.string(),
  title: z.string(),
  source: z.enum(TOPIC_SOURCES),
  estateId: z.string().nullable(),
  stage: z.enum(STAGES),
  status: z.enum(['active', 'closed']),
  consultationId: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export const Topic = TopicSummary.extend({
  description: z.string(),
  /** Source tickets, linked through the tickets module (the ticket shows the topic too). */
  tickets: z.array(
    z.object({ id: z.string(), number: z.string(), title: z.string(), state: z.string(), supportCount: z.number() }),
  ),
  stages: z.array(
    z.object({
      stage: z.enum(STAGES),
      status: z.enum(['active', 'completed', 'skipped']),
      startedAt: z.string(),
      endedAt: z.string().nullable(),
      skipReason: z.string().nullable(),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.string(),
      stage: z.enum(STAGES),
      kind: z.enum(EVIDENCE_KINDS),
      text: z.string(),
      fileRef: z.string().nullable(),
      meetingId: z.string().nullable(),
      /** The record pointed at, as its module describes it now (title null if it is gone); path: its console page. */
      link: z
        .object({
          type: z.string(),
          id: z.string(),
          labelZh: z.string(),
          title: z.string().nullable(),
          path: z.string().nullable(),
        })
        .nullable(),
      createdAt: z.string(),
    }),
  ),
  meetings: z.array(
    z.object({ id: z.string(), kind: z.string(), title: z.string(), status: z.string(), scheduledAt: z.string() }),
  ),
  decision: z
    .object({
      text: z.string(),
      at: z.string().nullable(),
      consultationId: z.string().nullable(),
      signoffs: z.array(z.object({ party: z.enum(PARTIES), signerName: z.string(), signedAt: z.string() })),
    })
    .nullable(),
  /** What the active stage still needs before it can complete (empty when it can). */
  missing: z.array(z.string()),
});
export const TopicList = z.object({ items: z.array(TopicSummary) });
export const TopicStats = z.object({
  problemsSolved: z.number(),
  active: z.number(),
  byStage: z.record(z.string(), z.number()),
});
