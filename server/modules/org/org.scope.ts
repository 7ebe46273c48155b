import { record } from '../../core/audit/audit';
import type { Db, Trx } from '../../core/db/kysely';
import { AppError, errors } from '../../core/errors';
import { can, rolesIn, type Role } from '../../core/policy/policy';
import { maskPhone, phoneIn } from '../../core/pii';
import {
  deleteScoped,
  findScoped,
  gridsServedBy,
  insertRows,
  updateScoped,
  userInCommunity,
  type OrgTable,
} from './org.repo';
import { nowIso, type RequestContext } from '../../core/context';

/** The request body's camelCase fields as snake_case columns; undefined (absent) fields are left out, null clears. */
export function columnsOf(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k.replace(/[A-Z]/g, (m) => '_' + m.toLowerCase()), v]),
  );
}

const SECRET_COLUMNS = new Set([
  'id_number_enc',
  'id_number_hmac',
  'join_code_hash',
  'community_id',
  'created_at',
  'updated_at',
]);
/** What an audit event keeps of a row: never the ciphertext, blind index or join code hash. */
export function auditView(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET_COLUMNS.has(k)));
}

const LABELS: Record<OrgTable, [string, string]> = {
  estates: ['小区', 'estate'],
  grids: ['网格', 'grid'],
  buildings: ['楼栋', 'building'],
  households: ['户', 'household'],
  residents: ['居民', 'resident'],
  organizations: ['组织', 'organization'],
  organization_members: ['组织成员', 'organization member'],
  grid_members: ['网格成员', 'grid member'],
};
/** Entity type in audit events: the table name in the singular. */
export const entityTypeOf = (table: OrgTable) => LABELS[table][1].replace(' ', '_');

/** A row of this community or 404 (ids of other communities are indistinguishable from unknown ids). */
export async function mustFind(conn: Db | Trx, s: RequestContext, table: OrgTable, id: string) {
  const row = await findScoped(conn, table, s.communityId, id);
  if (!row) throw errors.notFound(LABELS[table][1]);
  return row;
}

/** Checks that each referenced id exists in this community; a user must belong to it. */
export async function checkRefs(
  conn: Db | Trx,
  s: RequestContext,
  refs: Partial<Record<OrgTable | 'users', string | null | undefined>>,
) {
  for (const [table, id] of Object.entries(refs)) {
    if (!id) continue;
    if (table === 'users') {
      if (!(await userInCommunity(conn, s.communityId, id))) throw errors.notFound('user');
    } else await mustFind(conn, s, table as OrgTable, id);
  }
}

/** Inserts one row and its audit event; `extra` adds what lives outside the row (a resident's tags). */
export async function insertAudited(
  trx: Trx,
  s: RequestContext,
  table: OrgTable,
  row: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  await insertRows(trx, table, [row]);
  await record(trx, {
    actorId: s.actor.userId,
    communityId: s.communityId,
    entityType: entityTypeOf(table),
    entityId: row.id as string,
    action: `${table}.create`,
    after: { ...auditView(row), ...extra },
  });
}

/** Updates the given columns of a row of this community; the event keeps before and after of those columns only. */
export async function updateAudited(
  trx: Trx,
  s: RequestContext,
  table: OrgTable,
  before: Record<string, any>,
  set: Record<string, unknown>,
  action = `${table}.update`,
  extra?: { before: Record<string, unknown>; after: Record<string, unknown> },
) {
  const changed = Object.fromEntries(Object.entries(set).filter(([k, v]) => before[k] !== v));
  if (!Object.keys(changed).length && !extra) return;
  if (Object.keys(changed).length)
    await updateScoped(trx, table, s.communityId, before.id, { ...changed, updated_at: nowIso() });
  const was = Object.fromEntries(Object.keys(changed).map((k) => [k, before[k]]));
  await record(trx, {
    actorId: s.actor.userId,
    communityId: s.communityId,
    entityType: entityTypeOf(table),
    entityId: before.id,
    action,
    before: { ...auditView(was), ...extra?.before },
    after: { ...auditView(changed), ...extra?.after },
  });
}

/** Deletes one row of this community with its audit event. */
export async function deleteAudited(trx: Trx, s: RequestContext, table: OrgTable, before: Record<string, any>) {
  await deleteScoped(trx, table, s.communityId, before.id);
  await record(trx, {
    actorId: s.actor.userId,
    communityId: s.communityId,
    entityType: entityTypeOf(table),
    entityId: before.id,
    action: `${table}.delete`,
    before: auditView(before),
  });
}

/** Unique constraints that a concurrent writer slipped past our checks become 409, not 500. */
export async function inTransaction<T>(s: RequestContext, work: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return await s.db.transaction().execute(work);
  } catch (e: any) {
    if (e instanceof AppError) throw e;
    if (e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === '23505') {
      throw errors.conflict('duplicate', '与已有记录重复', 'This duplicates an existing record');
    }
    throw e;
  }
}

/** 409 duplicate naming what already exists. */
export const conflict = (what: [string, string]) =>
  errors.conflict('duplicate', `${what[0]}已存在`, `${what[1]} already exists`);

/** Age in whole years on the given day (ISO date), or null without a birth date. */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  const [y, m, d] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

/** The ISO date `years` years before today: born on or before it means at least that old. */
export function yearsBefore(today: string, years: number): string {
  return `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;
}

/** Today's ISO date by the app clock. */
export const todayOf = (s: RequestContext) => nowIso(s.app.clock).slice(0, 10);

/** Whether the caller may see full numbers here (and so whatever narrows them: birth dates, phone look-ups). */
export const mayReveal = (s: RequestContext) => can(s.actor, 'org.reveal', s.communityId);

/**
 * A search text that is one whole phone number, for callers who may reveal: it finds that number
 * exactly, and the look-up is an audit event like a reveal (it tells who holds the number). For
 * everyone else a phone is never searched, so digits cannot be guessed one at a time.
 */
export async function phoneLookup(
  s: RequestContext,
  q: string | undefined,
  what: 'residents' | 'accounts',
): Promise<string | undefined> {
  const phone = phoneIn(q);
  if (!phone || !mayReveal(s)) return undefined;
  await inTransaction(s, (trx) =>
    record(trx, {
      actorId: s.actor.userId,
      communityId: s.communityId,
      entityType: 'community',
      entityId: s.communityId,
      action: `${what}.phone_lookup`,
      after: { phone: maskPhone(phone) },
    }),
  );
  return phone;
}

/** Roles whose work is the whole community's residents; everyone else who reads residents is scoped to their grid. */
const COMMUNITY_WIDE: Role[] = ['staff', 'party_branch', 'committee', 'deputy'];

/**
 * Which residents' records the caller may read: `null` for the whole community (staff, party
 * branch, committee, deputies, the platform admin); otherwise the grids the caller serves on a grid
 * team (building leaders, grid members, the property company's specialist). A property manager on
 * no grid team reads no records: the property company meets residents through the tickets assigned
 * to it, which show what the work needs.
 */
export async function residentReach(s: RequestContext, conn: Db | Trx = s.db): Promise<string[] | null> {
  if (s.actor.platformAdmin) return null;
  const roles = rolesIn(s.actor, s.communityId);
  if (COMMUNITY_WIDE.some((r) => roles.has(r))) return null;
  return gridsServedBy(conn, s.communityId, s.actor.userId);
}
