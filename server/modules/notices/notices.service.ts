import type { z } from 'zod';
import type { CreateNoticeBody, NoticeCheck } from '../../../contract/notices';
import { record } from '../../core/audit/audit';
import { nowIso, type AppContext, type RequestContext } from '../../core/context';
import type { Conn, Trx } from '../../core/db/kysely';
import { errors } from '../../core/errors';
import { newId } from '../../core/ids';
import { loadQrCode } from '../../core/lazy';
import { communityName } from '../org/org.service';
import { summaryOf } from './notices.presenter';
import * as repo from './notices.repo';
import { canonical, diffSnapshots, noticeSource, snapshotHash } from './notices.sources';
import type { NoticeRow } from './notices.repo';

export { registerNoticeSource, type NoticeSource, type NoticeSnapshot } from './notices.sources';

const err = {
  unknownType: (t: string) =>
    errors.unprocessable('unknown_notice_type', '不支持公示这种记录', `Records of type ${t} cannot be announced`),
  notFound: () =>
    errors.unprocessable(
      'notice_record_not_found',
      '要公示的记录不存在，或还没有可以公示的结果',
      'The record does not exist in this community, or has nothing to announce yet',
    ),
  period: () =>
    errors.unprocessable('invalid_period', '公示结束日期不能早于开始日期', 'The period must not end before it starts'),
  already: () =>
    errors.conflict(
      'notice_already_published',
      '这条记录已有一则正在公示的公示，请先撤回',
      'This record already has a published notice; withdraw it first',
    ),
  withdrawn: () => errors.conflict('notice_withdrawn', '这则公示已撤回', 'The notice is already withdrawn'),
};

export interface PublishInput {
  communityId: string;
  actorId: string;
  sourceType: string;
  sourceId: string;
  periodFrom: string;
  periodTo: string;
  now: string;
}

/**
 * Publishes a notice of one record in the caller's transaction (the console's create, a topic entering 公示): the
 * snapshot comes from the record's own module, never from the caller. Refused, writing nothing, for an unknown
 * type, a record not of this community (or with nothing to announce), a period ending before it starts, or a record
 * already announced by a notice still published.
 */
export async function publishInTrx(trx: Trx, p: PublishInput): Promise<string> {
  const src = noticeSource(p.sourceType);
  if (!src) throw err.unknownType(p.sourceType);
  if (p.periodTo < p.periodFrom) throw err.period();
  const snap = await src.snapshot(trx, p.communityId, p.sourceId);
  if (!snap) throw err.notFound();
  if (await repo.publishedNoticeOf(trx, p.communityId, p.sourceType, p.sourceId)) throw err.already();
  const snapshot = canonical(snap);
  const hash = snapshotHash(snapshot);
  const id = newId();
  await trx
    .insertInto('notices')
    .values({
      id,
      community_id: p.communityId,
      source_type: p.sourceType,
      source_id: p.sourceId,
      title: String(snap.title).slice(0, 300),
      snapshot: JSON.stringify(snapshot),
      snapshot_hash: hash,
      period_from: p.periodFrom,
      period_to: p.periodTo,
      status: 'published',
      published_by: p.actorId,
      published_at: p.now,
      withdrawn_by: null,
      withdrawn_at: null,
      withdraw_reason: null,
      created_at: p.now,
      updated_at: p.now,
    })
    .execute();
  await record(trx, {
    actorId: p.actorId,
    communityId: p.communityId,
    entityType: 'notice',
    entityId: id,
    action: 'notices.publish',
    after: {
      sourceType: p.sourceType,
      sourceId: p.sourceId,
      periodFrom: p.periodFrom,
      periodTo: p.periodTo,
      snapshotHash: hash,
    },
  });
  return id;
}

export async function createNotice(c: RequestContext, b: z.infer<typeof CreateNoticeBody>) {
  const id = await c.db.transaction().execute((trx) =>
    publishInTrx(trx, {
      communityId: c.communityId,
      actorId: c.actor.userId,
      sourceType: b.sourceType,
      sourceId: b.sourceId,
      periodFrom: b.periodFrom,
      periodTo: b.periodTo,
      now: nowIso(c.app.clock),
    }),
  );
  return getNotice(c, id);
}

/** Withdraws a notice: it stays on the board's history with when and why; the audit log keeps who. */
export async function withdrawNotice(c: RequestContext, id: string, reason: string) {
  const now = nowIso(c.app.clock);
  await c.db.transaction().execute(async (trx) => {
    const n = await repo.findNotice(trx, c.communityId, id);
    if (!n) throw errors.notFound('notice');
    if (n.status === 'withdrawn') throw err.withdrawn();
    const moved = await trx
      .updateTable('notices')
      .set({
        status: 'withdrawn',
        withdrawn_by: c.actor.userId,
        withdrawn_at: now,
        withdraw_reason: reason,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('status', '=', 'published')
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) throw err.withdrawn();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'notice',
      entityId: id,
      action: 'notices.withdraw',
      before: { status: 'published' },
      after: { status: 'withdrawn', reason },
    });
  });
  return getNotice(c, id);
}

export async function listNotices(c: RequestContext, q: { status?: 'published' | 'withdrawn' }) {
  return { items: (await repo.listNotices(c.db, c.communityId, q.status)).map(summaryOf) };
}

/** The record now against the snapshot: same hash → unchanged; otherwise the leaves that differ. */
export async function checkNotice(conn: Conn, n: NoticeRow): Promise<z.infer<typeof NoticeCheck>> {
  const src = noticeSource(n.source_type);
  const now = src ? await src.snapshot(conn, n.community_id, n.source_id) : null;
  if (!now) return { currentHash: null, changed: true, gone: true, changes: [] };
  const current = canonical(now);
  const hash = snapshotHash(current);
  const changed = hash !== n.snapshot_hash;
  return { currentHash: hash, changed, gone: false, changes: changed ? diffSnapshots(n.snapshot, current) : [] };
}

const publicUrlOf = (app: AppContext, id: string) => {
  const base = app.config.publicUrl ?? `http://${app.config.host}:${app.config.port}`;
  return `${base.replace(/\/$/, '')}/p/notices/${id}`;
};

/** A notice as the console shows and prints it: with the check against the record now and the QR to the public page. */
export async function getNotice(c: RequestContext, id: string) {
  const n = await repo.findNotice(c.db, c.communityId, id);
  if (!n) throw errors.notFound('notice');
  const publicUrl = publicUrlOf(c.app, id);
  return {
    ...summaryOf(n),
    snapshot: n.snapshot,
    check: await checkNotice(c.db, n),
    publicUrl,
    qrSvg: await (await loadQrCode()).toString(publicUrl, { type: 'svg', margin: 1 }),
  };
}

/** The public page: no sign-in, no author; the snapshot holds public fields only (the sources mask names). */
export async function publicNotice(conn: Conn, id: string) {
  const n = await repo.noticeById(conn, id);
  if (!n) throw errors.notFound('notice');
  const { sourceId: _s, ...s } = summaryOf(n);
  return {
    ...s,
    communityName: (await communityName(conn, n.community_id)) ?? '',
    snapshot: n.snapshot,
    check: await checkNotice(conn, n),
  };
}

/** For a topic's evidence and tickets: a notice's title if it exists in this community. */
export async function describeNotice(conn: Conn, communityId: string, id: string) {
  const n = await repo.findNotice(conn, communityId, id);
  return n ? { title: `公示：${n.title}` } : null;
}

/** Whether this record has a notice still published (a workflow checks before publishing again). */
export async function publishedNoticeOf(conn: Conn, communityId: string, sourceType: string, sourceId: string) {
  return !!(await repo.publishedNoticeOf(conn, communityId, sourceType, sourceId));
}
