import { z } from 'zod';

/** 代表履职: the deputy turns clusters of tickets (or a topic) into a proposal and follows it to an outcome. */

export const PROPOSAL_STATUSES = ['open', 'concluded'] as const;
export const PROPOSAL_STATUS_LABELS: Record<(typeof PROPOSAL_STATUSES)[number], string> = {
  open: '协调中',
  concluded: '已办结',
};

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

export const ProposalParams = z.object({ communityId: id, id });
export const CreateProposalBody = z.strictObject({
  title: text(200),
  problem: text(5000),
  suggestion: text(5000),
  addressee: text(200),
  ticketIds: z.array(id).max(100).default([]),
  topicId: id.nullable().default(null),
});
export const ProposalLogBody = z.strictObject({ date: z.iso.date(), text: text(2000) });
export const OutcomeBody = z.strictObject({ outcome: text(5000) });

export const ProposalSummary = z.object({
  id: z.string(),
  title: z.string(),
  addressee: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  topicId: z.string().nullable(),
  createdAt: z.string(),
  concludedAt: z.string().nullable(),
  ticketCount: z.number(),
  logCount: z.number(),
});
export const Proposal = ProposalSummary.extend({
  problem: z.string(),
  suggestion: z.string(),
  outcome: z.string().nullable(),
  logs: z.array(z.object({ id: z.string(), date: z.string(), text: z.string() })),
  tickets: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), state: z.string() })),
  /** Months from the proposal to its outcome (or to today while open). */
  months: z.number(),
});
export const ProposalList = z.object({ items: z.array(ProposalSummary) });
export const OutcomeResult = Proposal.extend({ ticketsResolved: z.number() });
