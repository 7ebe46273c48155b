import { sql } from 'kysely';
import type { Database, Db, Trx } from '../server/core/db/kysely';
import { record, recordMany, type AuditInput } from '../server/core/audit/audit';
import { hashPassword } from '../server/core/auth/password';
import { createSession, SESSION_COOKIE } from '../server/core/auth/sessions';
import { newId, nowIso } from '../server/core/ids';
import { createUser, grantRole } from '../server/modules/org/accounts.service';
import type { Role } from '../server/core/policy/policy';
import '../server/modules/tickets/tickets.tables';
import '../server/modules/evaluations/evaluations.tables';

/** Password of the few bench staff accounts, which sign in over HTTP like people do. */
export const BENCH_PASSWORD = 'bench-password-not-secret';

export interface Voter {
  cookie: string;
  userId: string;
  communityId: string;
  householdId: string;
  buildingId: string;
}

export interface Fixture {
  communityId: string;
  townId: string;
  gridId: string;
  /** Tickets of the grid that have a timeline, for the detail scenario. */
  ticketIds: string[];
  logins: { admin: string; staff: string; grid: string };
  /** Household representatives with a session each, in as few communities as hold them. */
  voters: Voter[];
  /** Committee members (自管会委员) of the busiest community, each with a session: they score evaluation rounds. */
  committee: Array<{ userId: string; cookie: string }>;
  /** Estates of the busiest community and its property company: evaluation rounds are opened for them. */
  estateIds: string[];
  companyId: string | null;
  /** `estateId/quarter` of the company's rounds already there (a reused district keeps earlier runs' rounds). */
  usedQuarters: string[];
}

/** Committee members the bench gives the busiest community (a real committee has 5–15). */
export const COMMITTEE_SIZE = 10;

type Event = Omit<AuditInput, 'communityId'>;

/** Bench representatives' logins; the data generator's own accounts use other names. */
const PREFIX = 'benchrun-';
const loginOf = (householdId: string) => PREFIX + householdId;

/**
 * The community with the most tickets (or the one given) and its busiest grid: the list and detail scenarios read
 * there.
 */
async function busiest(db: Db, given?: string) {
  const c = given
    ? { community_id: given }
    : await db
        .selectFrom('tickets')
        .select(['community_id', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('community_id')
        .orderBy('n', 'desc')
        .limit(1)
        .executeTakeFirst();
  const communityId =
    c?.community_id ?? (await db.selectFrom('communities').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  const g = await db
    .selectFrom('tickets')
    .select(['grid_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('community_id', '=', communityId)
    .where('grid_id', 'is not', null)
    .groupBy('grid_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirst();
  const gridId =
    g?.grid_id ??
    (await db.selectFrom('grids').select('id').where('community_id', '=', communityId).executeTakeFirstOrThrow()).id;
  const { town_id: townId } = await db
    .selectFrom('communities')
    .select('town_id')
    .where('id', '=', communityId)
    .executeTakeFirstOrThrow();
  const tickets = await db
    .selectFrom('tickets as t')
    .select('t.id')
    .where('t.community_id', '=', communityId)
    .where('t.grid_id', '=', gridId)
    .where((eb) => eb.exists(eb.selectFrom('ticket_events as e').select('e.id').whereRef('e.ticket_id', '=', 't.id')))
    .orderBy('t.created_at', 'desc')
    .limit(200)
    .execute();
  return { communityId, gridId, townId, ticketIds: tickets.map((t) => t.id) };
}

/** A bench account with roles, created once per database through the accounts service (audited). */
async function account(
  trx: Trx,
  login: string,
  hash: string,
  opts: { admin?: boolean; roles?: Role[]; communityId: string },
) {
  const found = await trx.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst();
  const id =
    found?.id ??
    (await createUser(trx, { login, displayName: login, password: '', platformAdmin: !!opts.admin }, null, hash));
  for (const role of opts.roles ?? []) await grantRole(trx, id, opts.communityId, role, null);
  return id;
}

/**
 * Representatives of `count` households, community by community (few consultations hold them all). Those without an account get
 * one (as the 入户码 join would give them), with the audit events a roster import writes. Each gets
 * a session minted by the app's own createSession: 10,000 argon2 sign-ins would take minutes and
 * measure only the password hash, which is not what the ballot burst is about.
 */
async function voters(db: Db, count: number, hash: string, benchCommunityId: string): Promise<Voter[]> {
  // Representatives whose account holds other roles only (a committee member, say) could not report a ticket as a resident.
  const rows = await db
    .selectFrom('households as h')
    .innerJoin('residents as r', 'r.id', 'h.representative_id')
    .leftJoin('role_grants as g', (j) =>
      j
        .onRef('g.user_id', '=', 'r.user_id')
        .onRef('g.community_id', '=', 'h.community_id')
        .on('g.role', '=', 'resident'),
    )
    .select(['h.id as household_id', 'h.community_id', 'h.building_id', 'r.id as resident_id', 'r.user_id', 'r.name'])
    .where((eb) => eb.or([eb('r.user_id', 'is', null), eb('g.id', 'is not', null)]))
    // The bench community's households first: the modules' scenarios (vehicles, say) write there. At N=2 the pool
    // covers both communities; at N=300 the first 16,000 by id would not reach it.
    .orderBy(sql`case when h.community_id = ${benchCommunityId} then 0 else 1 end`)
    .orderBy('h.community_id')
    .orderBy('h.id')
    .limit(count)
    .execute();
  if (rows.length < count)
    throw new Error(`the database has ${rows.length} households with a representative; the bench needs ${count}`);
  const now = nowIso();
  return db.transaction().execute(async (trx) => {
    const fresh = rows.filter((r) => !r.user_id).map((r) => ({ ...r, user_id: newId() }));
    for (let i = 0; i < fresh.length; i += 500) {
      const part = fresh.slice(i, i + 500);
      await trx
        .insertInto('users')
        .values(
          part.map((r) => ({
            id: r.user_id,
            login: loginOf(r.household_id),
            phone: null,
            display_name: r.name,
            password_hash: hash,
            platform_admin: false,
            disabled: false,
            locale: null,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      await trx
        .insertInto('role_grants')
        .values(
          part.map((r) => ({
            id: newId(),
            user_id: r.user_id,
            community_id: r.community_id,
            role: 'resident',
            created_at: now,
          })),
        )
        .execute();
      await trx
        .updateTable('residents')
        .set({
          user_id: sql<string>`(select u.id from users u where u.login = ${PREFIX} || residents.household_id)`,
          updated_at: now,
        })
        .where(
          'id',
          'in',
          part.map((r) => r.resident_id),
        )
        .execute();
    }
    await recordMany(
      trx,
      null,
      fresh.map((r): Event => ({
        actorId: null,
        entityType: 'user',
        entityId: r.user_id,
        action: 'users.create',
        after: { login: loginOf(r.household_id), displayName: r.name },
      })),
    );
    const byCommunity = new Map<string, Event[]>();
    for (const r of fresh) {
      const list = byCommunity.get(r.community_id) ?? byCommunity.set(r.community_id, []).get(r.community_id)!;
      list.push({
        actorId: null,
        entityType: 'user',
        entityId: r.user_id,
        action: 'roles.grant',
        after: { role: 'resident' },
      });
      list.push({
        actorId: null,
        entityType: 'resident',
        entityId: r.resident_id,
        action: 'residents.link_account',
        after: { userId: r.user_id },
      });
    }
    for (const [communityId, events] of byCommunity) await recordMany(trx, communityId, events);
    const userOf = new Map(fresh.map((r) => [r.household_id, r.user_id]));
    const out: Voter[] = [];
    for (const r of rows) {
      const userId = r.user_id ?? userOf.get(r.household_id)!;
      const token = await createSession(trx, userId, { ip: '127.0.0.1', userAgent: 'gongzhi-bench' });
      out.push({
        cookie: `${SESSION_COOKIE}=${token}`,
        userId,
        communityId: r.community_id,
        householdId: r.household_id,
        buildingId: r.building_id,
      });
    }
    return out;
  });
}

export async function prepareFixture(database: Database, voterCount: number, communityId?: string): Promise<Fixture> {
  const { db } = database;
  const where = await busiest(db, communityId);
  const hash = await hashPassword(BENCH_PASSWORD);
  // Own names: the data generator has its own bench-* accounts with another password.
  const logins = { admin: 'benchrun-admin', staff: 'benchrun-staff', grid: 'benchrun-grid' };
  await db.transaction().execute(async (trx) => {
    await account(trx, logins.admin, hash, { admin: true, communityId: where.communityId });
    await account(trx, logins.staff, hash, { roles: ['staff'], communityId: where.communityId });
    const gridUser = await account(trx, logins.grid, hash, { roles: ['grid_member'], communityId: where.communityId });
    const serves = await trx
      .selectFrom('grid_members')
      .select('id')
      .where('user_id', '=', gridUser)
      .where('grid_id', '=', where.gridId)
      .executeTakeFirst();
    if (!serves) {
      const id = newId();
      await trx
        .insertInto('grid_members')
        .values({
          id,
          community_id: where.communityId,
          grid_id: where.gridId,
          role: 'other',
          name: logins.grid,
          phone: null,
          building_id: null,
          resident_id: null,
          user_id: gridUser,
          created_at: nowIso(),
          updated_at: nowIso(),
        })
        .execute();
      await record(trx, {
        actorId: null,
        communityId: where.communityId,
        entityType: 'grid_member',
        entityId: id,
        action: 'grid_members.create',
        after: { gridId: where.gridId, userId: gridUser },
      });
    }
  });
  const committee = await db.transaction().execute(async (trx) => {
    const out: Fixture['committee'] = [];
    for (let i = 0; i < COMMITTEE_SIZE; i++) {
      const userId = await account(trx, `${PREFIX}committee-${i}`, hash, {
        roles: ['committee'],
        communityId: where.communityId,
      });
      const token = await createSession(trx, userId, { ip: '127.0.0.1', userAgent: 'gongzhi-bench' });
      out.push({ userId, cookie: `${SESSION_COOKIE}=${token}` });
    }
    return out;
  });
  const estates = await db
    .selectFrom('estates')
    .select('id')
    .where('community_id', '=', where.communityId)
    .orderBy('id')
    .execute();
  const company = await db
    .selectFrom('organizations')
    .select('id')
    .where('community_id', '=', where.communityId)
    .where('kind', '=', 'property_company')
    .orderBy('id')
    .executeTakeFirst();
  const used = company
    ? await db
        .selectFrom('evaluation_rounds')
        .select(['estate_id', 'quarter'])
        .where('community_id', '=', where.communityId)
        .where('company_id', '=', company.id)
        .execute()
    : [];
  return {
    ...where,
    logins,
    usedQuarters: used.map((r) => `${r.estate_id}/${r.quarter}`),
    voters: await voters(db, voterCount, hash, where.communityId),
    committee,
    estateIds: estates.map((e) => e.id),
    companyId: company?.id ?? null,
  };
}
