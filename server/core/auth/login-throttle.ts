import type { SelectQueryBuilder } from 'kysely';
import type { Db } from '../db/kysely';
import type { DB } from '../db/types';
import { errors } from '../errors';
import { newId } from '../ids';

const WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed per account from one address, per address overall, and per account from everywhere. */
export const LIMITS = { accountFromIp: 5, ip: 30, account: 50 } as const;

/**
 * Brute force is slowed per account+address first, so a guesser elsewhere cannot lock the real
 * person out; wider limits catch one address trying many accounts, or many addresses one account.
 * Counts live in the database so every app server sees the same numbers.
 */
export async function checkLoginThrottle(db: Db, loginKey: string, ip: string, now: number) {
  const since = new Date(now - WINDOW_MS).toISOString();
  const failures = (q: SelectQueryBuilder<DB, 'login_attempts', { n: number; first: string }>) => q.where('success', '=', false).where('at', '>', since);
  const [pair, byIp, byAccount] = await Promise.all([
    failures(db.selectFrom('login_attempts').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('first')])
      .where('login_key', '=', loginKey).where('ip', '=', ip)).executeTakeFirst(),
    failures(db.selectFrom('login_attempts').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('first')])
      .where('ip', '=', ip)).executeTakeFirst(),
    failures(db.selectFrom('login_attempts').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('first')])
      .where('login_key', '=', loginKey)).executeTakeFirst(),
  ]);
  for (const [row, limit] of [[pair, LIMITS.accountFromIp], [byIp, LIMITS.ip], [byAccount, LIMITS.account]] as const) {
    if (row && Number(row.n) >= limit) {
      const retry = Math.max(1, Math.ceil((Date.parse(row.first) + WINDOW_MS - now) / 1000));
      throw errors.tooManyRequests(retry);
    }
  }
}

export async function recordLoginAttempt(db: Db, loginKey: string, ip: string, success: boolean, now: number) {
  if (success) {
    // A successful sign-in forgives this address's earlier mistakes for the account.
    await db.deleteFrom('login_attempts').where('login_key', '=', loginKey).where('ip', '=', ip).execute();
    return;
  }
  await db.insertInto('login_attempts').values({ id: newId(), login_key: loginKey, ip, success, at: new Date(now).toISOString() }).execute();
}
