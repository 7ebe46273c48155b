import { noticeSource } from './notices.sources';
import type { NoticeRow } from './notices.repo';

/** A notice's list line. The author (published_by, withdrawn_by) is never shown: the office publishes, not a person. */
export function summaryOf(r: NoticeRow) {
  const src = noticeSource(r.source_type);
  return {
    id: r.id,
    sourceType: r.source_type,
    sourceId: r.source_id,
    labelZh: src?.labelZh ?? r.source_type,
    labelEn: src?.labelEn ?? r.source_type,
    title: r.title,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    status: r.status,
    publishedAt: r.published_at,
    withdrawnAt: r.withdrawn_at,
    withdrawReason: r.withdraw_reason,
    snapshotHash: r.snapshot_hash,
  };
}
