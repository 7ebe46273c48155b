import { z } from 'zod';

/**
 * Public notices (公示, issue #16): a notice announces one record of another module (a topic's decision, a
 * consultation's result, an evaluation round's result, a project's spending, an activity). It is created from the
 * record, never retyped: it keeps the record's type and id and a snapshot of its public fields taken at publication,
 * with the SHA-256 of the canonical snapshot, so anyone can see whether the record changed since.
 */

export const NOTICE_TYPES = [
  'topic_decision',
  'consultation_result',
  'evaluation_result',
  'project_spending',
  'activity',
] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];
export const NOTICE_STATUSES = ['published', 'withdrawn'] as const;

const id = z.string().min(1).max(64);
const date = z.iso.date();

export const NoticeParams = z.object({ communityId: id, id });
export const PublicNoticeParams = z.object({ id });
export const CreateNoticeBody = z.strictObject({
  /** A registered notice source: topic_decision, consultation_result, evaluation_result, project_spending, activity. */
  sourceType: z.string().trim().min(1).max(32),
  sourceId: id,
  periodFrom: date,
  periodTo: date,
});
export const WithdrawNoticeBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export const ListNoticesQuery = z.object({ status: z.enum(NOTICE_STATUSES).optional() });

/** One difference between the snapshot taken at publication and the record now: a dotted path and both values. */
export const NoticeChange = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
/** The record now, compared with the snapshot: `gone` when it no longer exists or is no longer public. */
export const NoticeCheck = z.object({
  currentHash: z.string().nullable(),
  changed: z.boolean(),
  gone: z.boolean(),
  changes: z.array(NoticeChange),
});

const noticeBase = {
  id: z.string(),
  sourceType: z.string(),
  sourceId: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: z.enum(NOTICE_STATUSES),
  publishedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  snapshotHash: z.string(),
};
export const NoticeSummary = z.object(noticeBase);
export const NoticeList = z.object({ items: z.array(NoticeSummary) });
/** A notice as the console shows and prints it: the snapshot, the check against the record now, the QR to the public page. */
export const Notice = z.object({
  ...noticeBase,
  snapshot: z.record(z.string(), z.unknown()),
  check: NoticeCheck,
  publicUrl: z.string(),
  qrSvg: z.string(),
});
/** The public page (no sign-in): no author, no personal data; the snapshot is public fields only. */
export const PublicNotice = z.object({
  id: z.string(),
  communityName: z.string(),
  sourceType: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: z.enum(NOTICE_STATUSES),
  publishedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  snapshot: z.record(z.string(), z.unknown()),
  snapshotHash: z.string(),
  check: NoticeCheck,
});
