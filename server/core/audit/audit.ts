import { sql } from 'kysely';
import type { Conn, Db, Trx } from '../db/kysely';
import { newId, nowIso, json } from '../ids';
import { chainHash, GENESIS } from './canonical';

export interface AuditInput {
  actorId: string | null;
  communityId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** The fields that the hash covers, in the shape that `verify` rebuilds from a stored row. */
export function entryOf(r: {
  id: string;
  chain: string;
  community_id: string | null;
  seq: number;
  actor_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
  created_at: string;
}) {
  return {
    id: r.id,
    chain: r.chain,
    community_id: r.community_id,
    seq: Number(r.seq),
    actor_id: r.actor_id,
    entity_type: r.entity_type,
    entity_id: r.entity_id,
    action: r.action,
    before: r.before ?? null,
    after: r.after ?? null,
    created_at: r.created_at,
  };
}

/**
 * Writes one audit event into its community's hash chain, inside the caller's transaction.
 * The head row is bumped with UPDATE … RETURNING first: on PostgreSQL that row lock serialises
 * concurrent writers of one chain; on SQLite the writer lock already does.
 */
export async function record(trx: Trx, e: AuditInput): Promise<{ seq: number; hash: string }> {
  return recordMany(trx, e.communityId, [e]);
}

/**
 * Writes many events into one chain at once (a roster import): the head is bumped once by their
 * number, the hashes are chained in memory and the rows inserted in batches. Same rows as calling
 * `record()` for each, in a fraction of the round trips.
 */
export async function recordMany(
  trx: Trx,
  communityId: string | null,
  events: Array<Omit<AuditInput, 'communityId'>>,
): Promise<{ seq: number; hash: string }> {
  const chain = communityId ?? 'platform';
  const n = events.length;
  const bump = () =>
    trx
      .updateTable('audit_heads')
      .set({ seq: sql<number>`seq + ${n}` })
      .where('chain', '=', chain)
      .returning(['seq', 'hash'])
      .executeTakeFirst();
  let head = await bump();
  if (!head) {
    await trx
      .insertInto('audit_heads')
      .values({ chain, seq: 0, hash: GENESIS })
      .onConflict((oc) => oc.doNothing())
      .execute();
    head = (await bump())!;
  }
  let seq = Number(head.seq) - n;
  let prev = head.hash;
  const rows = events.map((e) => {
    const row = {
      id: newId(),
      chain,
      community_id: communityId,
      seq: ++seq,
      actor_id: e.actorId,
      entity_type: e.entityType,
      entity_id: e.entityId,
      action: e.action,
      // Round-trip through JSON so the hashed value is exactly what the database will give back.
      before: e.before === undefined ? null : JSON.parse(JSON.stringify(e.before)),
      after: e.after === undefined ? null : JSON.parse(JSON.stringify(e.after)),
      created_at: nowIso(),
    };
    const hash = chainHash(prev, entryOf(row));
    const out = {
      ...row,
      before: row.before === null ? null : json(row.before),
      after: row.after === null ? null : json(row.after),
      prev_hash: prev,
      hash,
    };
    prev = hash;
    return out;
  });
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto('audit_events')
      .values(rows.slice(i, i + 200))
      .execute();
  await trx.updateTable('audit_heads').set({ hash: prev }).where('chain', '=', chain).execute();
  return { seq, hash: prev };
}

export interface ChainReport {
  chain: string;
  events: number;
  ok: boolean;
  head: string;
  firstBreak?: { seq: number; id: string; reason: string };
}

/** Recomputes every chain (or one) from the stored rows; reads in pages so ten million events fit in memory. */
export async function verifyChains(db: Db, only?: string): Promise<ChainReport[]> {
  let q = db.selectFrom('audit_heads').selectAll();
  if (only) q = q.where('chain', '=', only);
  const heads = await q.orderBy('chain').execute();
  const reports: ChainReport[] = [];
  for (const h of heads) {
    let prev = GENESIS;
    let expectSeq = 1;
    let count = 0;
    let brk: ChainReport['firstBreak'];
    for (;;) {
      const rows = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('chain', '=', h.chain)
        .where('seq', '>=', expectSeq)
        .orderBy('seq')
        .limit(5000)
        .execute();
      for (const r of rows) {
        const seq = Number(r.seq);
        if (seq !== expectSeq) brk = { seq: expectSeq, id: r.id, reason: `event ${expectSeq} is missing` };
        else if (r.prev_hash !== prev) brk = { seq, id: r.id, reason: 'prev_hash does not match the previous event' };
        else if (chainHash(prev, entryOf(r)) !== r.hash)
          brk = { seq, id: r.id, reason: 'content does not match its hash' };
        if (brk) break;
        prev = r.hash;
        expectSeq++;
        count++;
      }
      if (brk || rows.length < 5000) break;
    }
    if (!brk && (Number(h.seq) !== count || h.hash !== prev)) {
      brk = { seq: count + 1, id: '-', reason: `head says ${h.seq} events, chain has ${count}` };
    }
    reports.push({ chain: h.chain, events: count, ok: !brk, head: prev, firstBreak: brk });
  }
  return reports;
}

export interface AuditEntryView {
  id: string;
  seq: number;
  actorId: string | null;
  actorName: string | null;
  action: string;
  before: unknown;
  after: unknown;
  createdAt: string;
  hash: string;
}

/** The trail of one entity, newest first. */
export async function trailOf(
  conn: Conn,
  communityId: string,
  entityType: string,
  entityId: string,
): Promise<AuditEntryView[]> {
  const rows = await conn
    .selectFrom('audit_events as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      'a.id',
      'a.seq',
      'a.actor_id',
      'u.display_name',
      'a.action',
      'a.before',
      'a.after',
      'a.created_at',
      'a.hash',
    ])
    .where('a.community_id', '=', communityId)
    .where('a.entity_type', '=', entityType)
    .where('a.entity_id', '=', entityId)
    .orderBy('a.seq', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    seq: Number(r.seq),
    actorId: r.actor_id,
    actorName: r.display_name,
    action: r.action,
    before: r.before,
    after: r.after,
    createdAt: r.created_at,
    hash: r.hash,
  }));
}
