import { sql } from 'kysely';
import type { Conn, Trx } from '../../core/db/kysely';
import { compiled, insertRow, type Args } from '../../core/db/compiled';
import { json, newId } from '../../core/ids';
import { entryHash, type ChainEntry } from './consultations.chain';
import './consultations.tables';

export type ConsultationRow = Awaited<ReturnType<typeof findConsultation>> & {};

type InCommunity = Args<{ communityId: string; id: string }>;

const consultationById = compiled((db, a: InCommunity) =>
  db.selectFrom('consultations').selectAll().where('community_id', '=', a.communityId).where('id', '=', a.id),
);

export function findConsultation(conn: Conn, communityId: string, id: string) {
  return consultationById.first(conn, { communityId, id });
}

/**
 * Takes the next place in a consultation's chain. The consultation row is the chain head: bumping it
 * with UPDATE … RETURNING locks it on PostgreSQL, so appends of one chain run one at a time, and the
 * status condition makes a ballot and the close exclude each other.
 */
export function bumpHead(trx: Trx, communityId: string, id: string, status: 'open') {
  return bumpOpenHead.first(trx, { communityId, id, status });
}

const bumpOpenHead = compiled((db, a: Args<{ communityId: string; id: string; status: 'open' }>) =>
  db
    .updateTable('consultations')
    .set({ chain_seq: sql<number>`chain_seq + 1` })
    .where('community_id', '=', a.communityId)
    .where('id', '=', a.id)
    .where('status', '=', a.status)
    .returning(['chain_seq', 'chain_head', 'chain_format', 'questions', 'opens_at', 'closes_at', 'title']),
);
const storeHead = compiled((db, a: Args<{ id: string; hash: string }>) =>
  db.updateTable('consultations').set({ chain_head: a.hash }).where('id', '=', a.id),
);

/** Appends one entry after the head taken by bumpHead (or by the close); returns its hash. */
export async function appendEntry(trx: Trx, communityId: string, prevHash: string, e: ChainEntry): Promise<string> {
  // Round-trip through JSON so the hashed value is exactly what the database will give back.
  const entry = { ...e, data: JSON.parse(JSON.stringify(e.data)) };
  const hash = entryHash(prevHash, entry);
  await insertRow(trx, 'consultation_entries', {
    id: newId(),
    community_id: communityId,
    ...entry,
    data: json(entry.data),
    prev_hash: prevHash,
    hash,
  });
  await storeHead.execute(trx, { id: e.consultation_id, hash });
  return hash;
}

/** Entries of one chain in order, a page at a time. */
export function entriesPage(conn: Conn, consultationId: string, fromSeq: number, limit: number) {
  return conn
    .selectFrom('consultation_entries')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('seq', '>=', fromSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function allEntries(conn: Conn, consultationId: string) {
  const out: Awaited<ReturnType<typeof entriesPage>> = [];
  for (;;) {
    const page = await entriesPage(conn, consultationId, out.length + 1, 5000);
    out.push(...page);
    if (page.length < 5000) return out;
  }
}

export async function insertSnapshot(
  trx: Trx,
  rows: Array<{
    consultation_id: string;
    community_id: string;
    household_id: string;
    household_code: string;
    representative_masked: string | null;
    estate_id: string;
    building_id: string;
    salt: string | null;
  }>,
) {
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('consultation_households')
      .values(rows.slice(i, i + 500))
      .execute();
}

/** The eligible snapshot with what names each household in the chain (code; salt for format 2). */
export function snapshotOf(conn: Conn, consultationId: string) {
  return conn
    .selectFrom('consultation_households')
    .select(['household_id', 'household_code', 'representative_masked', 'salt', 'building_id'])
    .where('consultation_id', '=', consultationId)
    .orderBy('household_code')
    .execute();
}

const eligible = compiled((db, a: Args<{ consultationId: string; householdId: string }>) =>
  db
    .selectFrom('consultation_households')
    .selectAll()
    .where('consultation_id', '=', a.consultationId)
    .where('household_id', '=', a.householdId),
);

export function findEligible(conn: Conn, consultationId: string, householdId: string) {
  return eligible.first(conn, { consultationId, householdId });
}

export function findBallot(conn: Conn, consultationId: string, ballotId: string) {
  return conn
    .selectFrom('consultation_ballots')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('id', '=', ballotId)
    .executeTakeFirst();
}

export function ballotOfHousehold(conn: Conn, consultationId: string, householdId: string) {
  return conn
    .selectFrom('consultation_ballots')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
}

export function ballotsOf(conn: Conn, consultationId: string) {
  return conn
    .selectFrom('consultation_ballots')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .orderBy('seq')
    .execute();
}

export async function progressOf(conn: Conn, consultationId: string) {
  const rows = await conn
    .selectFrom('consultation_ballots')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('consultation_id', '=', consultationId)
    .groupBy('status')
    .execute();
  const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  return { counted: by.counted ?? 0, pending: by.pending ?? 0 };
}

export function eligibleWithBallots(conn: Conn, consultationId: string) {
  return conn
    .selectFrom('consultation_households as e')
    .leftJoin('consultation_ballots as b', (j) =>
      j.onRef('b.consultation_id', '=', 'e.consultation_id').onRef('b.household_id', '=', 'e.household_id'),
    )
    .select([
      'e.household_id',
      'e.household_code',
      'e.representative_masked',
      'b.id as ballot_id',
      'b.status',
      'b.channel',
    ])
    .where('e.consultation_id', '=', consultationId)
    .orderBy('e.household_code')
    .execute();
}

/** Each eligible household's building and ballot state, for turnout by building (no answers). */
export function turnoutRows(conn: Conn, consultationId: string) {
  return conn
    .selectFrom('consultation_households as e')
    .leftJoin('consultation_ballots as b', (j) =>
      j.onRef('b.consultation_id', '=', 'e.consultation_id').onRef('b.household_id', '=', 'e.household_id'),
    )
    .select(['e.building_id', 'b.status'])
    .where('e.consultation_id', '=', consultationId)
    .execute();
}

/** Display names of the accounts that entered or confirmed entries. */
export async function userNames(conn: Conn, ids: string[]): Promise<Map<string, string>> {
  const uniq = [...new Set(ids.filter(Boolean))];
  if (!uniq.length) return new Map();
  const rows = await conn.selectFrom('users').select(['id', 'display_name']).where('id', 'in', uniq).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export function findEntryByHash(conn: Conn, consultationId: string, hash: string) {
  return conn
    .selectFrom('consultation_entries')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('hash', '=', hash)
    .executeTakeFirst();
}

export async function laterCorrection(
  conn: Conn,
  consultationId: string,
  ballotId: string,
  afterSeq: number,
): Promise<boolean> {
  const r = await conn
    .selectFrom('consultation_entries')
    .select('id')
    .where('consultation_id', '=', consultationId)
    .where('ballot_id', '=', ballotId)
    .where('kind', '=', 'correction')
    .where('seq', '>', afterSeq)
    .limit(1)
    .executeTakeFirst();
  return !!r;
}
