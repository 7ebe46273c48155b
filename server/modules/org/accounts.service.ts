import type { Db, Trx } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { AppError } from '../../core/errors';
import { PHONE_RE } from '../../core/pii';
import { newId, nowIso } from '../../core/ids';
import { checkPasswordStrength, hashPassword } from '../../core/auth/password';
import type { Role } from '../../core/policy/policy';
import type { z } from 'zod';
import type { AccountCreate, AccountQuery } from '../../../contract/org';
import { errors } from '../../core/errors';
import * as repo from './org.repo';
import { accountOut } from './org.present';
import { inTransaction, mustFind, phoneLookup } from './org.scope';
import './org.tables';
import type { RequestContext } from '../../core/context';

export interface NewUser {
  login: string;
  displayName: string;
  password: string;
  phone?: string | null;
  platformAdmin?: boolean;
}

const loginIsPhone = () =>
  new AppError(
    'login_is_phone',
    422,
    '登录名不能是手机号（自己的手机号可以直接用来登录）',
    'A login cannot be a phone number (your own phone signs you in already)',
  );

/** Whether any of these names already signs someone in, as a login or as a phone. */
export async function signInNameTaken(conn: Db | Trx, names: string[]): Promise<boolean> {
  return !!(await conn
    .selectFrom('users')
    .select('id')
    .where((eb) => eb.or([eb('login', 'in', names), eb('phone', 'in', names)]))
    .executeTakeFirst());
}

/** Creates an account inside the caller's transaction; the audit event goes to the platform chain. */
export async function createUser(trx: Trx, u: NewUser, actorId: string | null, passwordHash?: string): Promise<string> {
  const login = u.login.trim().toLowerCase();
  // Sign-in looks a name up in both columns, so a login must not be anyone's phone, nor a phone anyone's login:
  // else a newcomer could take a resident's phone as their login and the resident could no longer sign in by it.
  if (PHONE_RE.test(login) && login !== u.phone) throw loginIsPhone();
  if (await signInNameTaken(trx, [login, ...(u.phone ? [u.phone] : [])]))
    throw new AppError('login_taken', 409, '该账号或手机号已被使用', 'That login or phone is already in use');
  const id = newId();
  const now = nowIso();
  await trx
    .insertInto('users')
    .values({
      id,
      login,
      phone: u.phone ?? null,
      display_name: u.displayName,
      password_hash: passwordHash ?? (await hashPassword(u.password)),
      platform_admin: !!u.platformAdmin,
      disabled: false,
      locale: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await record(trx, {
    actorId,
    communityId: null,
    entityType: 'user',
    entityId: id,
    action: 'users.create',
    after: { login, displayName: u.displayName, platformAdmin: !!u.platformAdmin },
  });
  return id;
}

/** Grants a role in a community (no-op if held), audited in the same transaction. */
export async function grantRole(trx: Trx, userId: string, communityId: string, role: Role, actorId: string | null) {
  const exists = await trx
    .selectFrom('role_grants')
    .select('id')
    .where('user_id', '=', userId)
    .where('community_id', '=', communityId)
    .where('role', '=', role)
    .executeTakeFirst();
  if (exists) return;
  const id = newId();
  await trx
    .insertInto('role_grants')
    .values({ id, user_id: userId, community_id: communityId, role, created_at: nowIso() })
    .execute();
  await record(trx, {
    actorId,
    communityId,
    entityType: 'user',
    entityId: userId,
    action: 'roles.grant',
    after: { role },
  });
}

/** Creates a platform admin (the `gongzhi create-admin` command). */
export async function createAdmin(db: Db, a: { login: string; displayName: string; password: string }) {
  checkPasswordStrength(a.password);
  await db.transaction().execute((trx) => createUser(trx, { ...a, platformAdmin: true }, null));
}

/** Revokes a role in a community (no-op if not held), audited in the same transaction. */
export async function revokeRole(trx: Trx, userId: string, communityId: string, role: Role, actorId: string | null) {
  const r = await trx
    .deleteFrom('role_grants')
    .where('user_id', '=', userId)
    .where('community_id', '=', communityId)
    .where('role', '=', role)
    .executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) return;
  await record(trx, {
    actorId,
    communityId,
    entityType: 'user',
    entityId: userId,
    action: 'roles.revoke',
    before: { role },
  });
}

/** Accounts holding a role in the community, with their roles there. */
export async function listAccounts(s: RequestContext, q: z.infer<typeof AccountQuery>) {
  const f = { ...q, phone: await phoneLookup(s, q.q, 'accounts') };
  const p = await repo.paged<any>(repo.accountsBase(s.db, s.communityId, f), repo.accountSelect, q);
  const roles = await repo.rolesOf(
    s.db,
    s.communityId,
    p.items.map((u) => u.id),
  );
  return { ...p, items: p.items.map((u) => accountOut(u, roles.get(u.id) ?? [])) };
}

async function accountView(conn: Db | Trx, s: RequestContext, userId: string) {
  // Not through accountsBase: an account whose last role here was just revoked is still shown once.
  const row = await repo
    .accountSelect(conn.selectFrom('users as u').where('u.id', '=', userId) as ReturnType<typeof repo.accountsBase>)
    .executeTakeFirst();
  if (!row) throw errors.notFound('account');
  return accountOut(row, (await repo.rolesOf(conn, s.communityId, [userId])).get(userId) ?? []);
}

/** A staff-made account for a person, with roles in this community and optionally linked to their resident record. */
export async function createAccount(s: RequestContext, b: z.infer<typeof AccountCreate>) {
  checkPasswordStrength(b.password);
  const hash = await hashPassword(b.password);
  return inTransaction(s, async (trx) => {
    const resident = b.residentId ? await mustFind(trx, s, 'residents', b.residentId) : null;
    if (resident?.user_id)
      throw errors.conflict('resident_has_account', '该居民已有账号', 'This resident already has an account');
    const userId = await createUser(
      trx,
      { login: b.login, displayName: b.displayName, password: b.password, phone: b.phone ?? null },
      s.actor.userId,
      hash,
    );
    for (const role of new Set(b.roles)) await grantRole(trx, userId, s.communityId, role, s.actor.userId);
    if (resident) await linkResident(trx, s.communityId, resident.id, userId, s.actor.userId);
    return accountView(trx, s, userId);
  });
}

/** Links a resident record to an account (one account per resident). */
export async function linkResident(
  trx: Trx,
  communityId: string,
  residentId: string,
  userId: string,
  actorId: string | null,
) {
  await trx
    .updateTable('residents')
    .set({ user_id: userId, updated_at: nowIso() })
    .where('community_id', '=', communityId)
    .where('id', '=', residentId)
    .execute();
  await record(trx, {
    actorId,
    communityId,
    entityType: 'resident',
    entityId: residentId,
    action: 'residents.link_account',
    after: { userId },
  });
}

/** Sets exactly these roles in the community: grants what is missing, revokes the rest. */
export async function setRoles(s: RequestContext, userId: string, roles: Role[]) {
  return inTransaction(s, async (trx) => {
    if (!(await repo.userInCommunity(trx, s.communityId, userId))) throw errors.notFound('account');
    const current = new Set((await repo.rolesOf(trx, s.communityId, [userId])).get(userId) ?? []);
    const next = new Set(roles);
    // Staff removing their own staff role would lock the office out of its own console.
    if (userId === s.actor.userId && current.has('staff') && !next.has('staff') && !s.actor.platformAdmin) {
      throw errors.unprocessable(
        'cannot_demote_self',
        '不能撤销自己的工作人员角色',
        'You cannot revoke your own staff role',
      );
    }
    for (const r of next) if (!current.has(r)) await grantRole(trx, userId, s.communityId, r, s.actor.userId);
    for (const r of current)
      if (!next.has(r as Role)) await revokeRole(trx, userId, s.communityId, r as Role, s.actor.userId);
    return accountView(trx, s, userId);
  });
}
