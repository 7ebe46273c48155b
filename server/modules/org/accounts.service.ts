import type { Db, Trx } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { AppError } from '../../core/errors';
import { newId, nowIso } from '../../core/ids';
import { hashPassword } from '../../core/auth/password';
import type { Role } from '../../core/policy/policy';
import './org.tables';

export const MIN_PASSWORD = 10;

export function checkPasswordStrength(p: string) {
  if (p.length < MIN_PASSWORD) {
    throw new AppError('weak_password', 422, `密码至少 ${MIN_PASSWORD} 位`, `The password needs at least ${MIN_PASSWORD} characters`);
  }
}

export interface NewUser {
  login: string;
  displayName: string;
  password: string;
  phone?: string | null;
  platformAdmin?: boolean;
}

/** Creates an account inside the caller's transaction; the audit event goes to the platform chain. */
export async function createUser(trx: Trx, u: NewUser, actorId: string | null, passwordHash?: string): Promise<string> {
  const login = u.login.trim().toLowerCase();
  const taken = await trx.selectFrom('users').select('id')
    .where((eb) => eb.or([eb('login', '=', login), ...(u.phone ? [eb('phone', '=', u.phone)] : [])])).executeTakeFirst();
  if (taken) throw new AppError('login_taken', 409, '该账号或手机号已被使用', 'That login or phone is already in use');
  const id = newId();
  const now = nowIso();
  await trx.insertInto('users').values({
    id, login, phone: u.phone ?? null, display_name: u.displayName, password_hash: passwordHash ?? (await hashPassword(u.password)),
    platform_admin: !!u.platformAdmin, disabled: false, locale: null, created_at: now, updated_at: now,
  }).execute();
  await record(trx, { actorId, communityId: null, entityType: 'user', entityId: id, action: 'users.create', after: { login, displayName: u.displayName, platformAdmin: !!u.platformAdmin } });
  return id;
}

export async function grantRole(trx: Trx, userId: string, communityId: string, role: Role, actorId: string | null) {
  const exists = await trx.selectFrom('role_grants').select('id').where('user_id', '=', userId)
    .where('community_id', '=', communityId).where('role', '=', role).executeTakeFirst();
  if (exists) return;
  const id = newId();
  await trx.insertInto('role_grants').values({ id, user_id: userId, community_id: communityId, role, created_at: nowIso() }).execute();
  await record(trx, { actorId, communityId, entityType: 'user', entityId: userId, action: 'roles.grant', after: { role } });
}

export async function createAdmin(db: Db, a: { login: string; displayName: string; password: string }) {
  checkPasswordStrength(a.password);
  await db.transaction().execute((trx) => createUser(trx, { ...a, platformAdmin: true }, null));
}
