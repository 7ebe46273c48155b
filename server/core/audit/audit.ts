import { sql } from 'kysely';
import type { Conn, Db, Trx } from '../db/kysely';
import { compiled, type Args } from '../db/compiled';
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
 * The head row is updated first: on PostgreSQL that row lock serialises concurrent writers of one
 * chain; on SQLite the writer lock already does.
 */
export async function record(trx: Trx, e: AuditInput): Promise<{ seq: number; hash: string }> {
  return recordMany(trx, e.communityId, [e]);
}

type EventRow = ReturnType<typeof chained>[number];

const bumpHead = compiled((db, a: Args<{ chain: string; n: number }>) =>
  db
    .updateTable('audit_heads')
    .set({ seq: sql<number>`seq + ${a.n}` })
    .where('chain', '=', a.chain)
    .returning(['seq', 'hash']),
);
const createHead = compiled((db, a: Args<{ chain: string; genesis: string }>) =>
  db
    .insertInto('audit_heads')
    .values({ chain: a.chain, seq: 0, hash: a.genesis })
    .onConflict((oc) => oc.doNothing()),
);
/** Moves the head from the state this process last wrote to the new one, only if it is still that state. */
const advanceHead = compiled(
  (db, a: Args<{ chain: string; seq: number; prev: string; newSeq: number; hash: string }>) =>
    db
      .updateTable('audit_heads')
      .set({ seq: a.newSeq, hash: a.hash })
      .where('chain', '=', a.chain)
      .where('seq', '=', a.seq)
      .where('hash', '=', a.prev),
);
const storeHash = compiled((db, a: Args<{ chain: string; hash: string }>) =>
  db.updateTable('audit_heads').set({ hash: a.hash }).where('chain', '=', a.chain),
);
const insertEvent = compiled((db, a: Args<EventRow>) =>
  db.insertInto('audit_events').values({
    id: a.id,
    chain: a.chain,
    community_id: a.community_id,
    seq: a.seq,
    actor_id: a.actor_id,
    entity_type: a.entity_type,
    entity_id: a.entity_id,
    action: a.action,
    before: a.before,
    after: a.after,
    created_at: a.created_at,
    prev_hash: a.prev_hash,
    hash: a.hash,
  }),
);

/**
 * Each chain's head as this process last wrote it. With it an event is two statements (move the head from
 * that state to the new one, insert the event) instead of three (bump the head and read it, insert, store
 * the hash). It is only a guess: the head moves only if it is still in the remembered state (same seq and
 * hash), so a guess made stale by another app server, a rolled-back transaction or another database falls
 * back to reading the head, and the chain is exactly what the three statements would have written.
 */
const knownHeads = new Map<string, { seq: number; hash: string }>();
const KNOWN_HEADS_MAX = 50_000;

function remember(chain: string, seq: number, hash: string) {
  if (knownHeads.size >= KNOWN_HEADS_MAX && !knownHeads.has(chain)) knownHeads.clear();
  knownHeads.set(chain, { seq, hash });
}

/** The rows of `events` chained after (seq, prev), hashed as `verify` recomputes them. */
function chained(
  chain: string,
  communityId: string | null,
  events: Array<Omit<AuditInput, 'communityId'>>,
  seq: number,
  prev: string,
) {
  return events.map((e) => {
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
}

async function insertEvents(trx: Trx, rows: EventRow[]) {
  if (rows.length === 1) return void (await insertEvent.execute(trx, rows[0]));
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto('audit_events')
      .values(rows.slice(i, i + 200))
      .execute();
}

/**
 * Writes many events into one chain at once (a roster import): the head is moved once by their
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
  const known = knownHeads.get(chain);
  if (known && n) {
    const rows = chained(chain, communityId, events, known.seq, known.hash);
    const last = rows[n - 1];
    const moved = await advanceHead.execute(trx, {
      chain,
      seq: known.seq,
      prev: known.hash,
      newSeq: last.seq,
      hash: last.hash,
    });
    if (Number(moved.numAffectedRows ?? 0) === 1) {
      await insertEvents(trx, rows);
      remember(chain, last.seq, last.hash);
      return { seq: last.seq, hash: last.hash };
    }
  }
  let head = await bumpHead.first(trx, { chain, n });
  if (!head) {
    await createHead.execute(trx, { chain, genesis: GENESIS });
    head = (await bumpHead.first(trx, { chain, n }))!;
  }
  const rows = chained(chain, communityId, events, Number(head.seq) - n, head.hash);
  const last = rows[n - 1] ?? { seq: Number(head.seq), hash: head.hash };
  if (n) {
    await insertEvents(trx, rows);
    await storeHash.execute(trx, { chain, hash: last.hash });
  }
  remember(chain, last.seq, last.hash);
  return { seq: last.seq, hash: last.hash };
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
