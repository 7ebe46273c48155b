import type { Db } from '../db/kysely';
import { errors } from '../errors';
import { newId } from '../ids';

const WINDOW_MS = 15 * 60 * 1000;
/**
 * Failures allowed in 15 minutes. Sign-in from a browser not trusted for the account: per account
 * from one address, per address overall, per account from everywhere. A browser holding the
 * account's device cookie counts only against itself (`device`), so guessers elsewhere cannot lock
 * the real person out of their own browser. Join codes, password changes and ticket reports (per
 * account and hour, GONGZHI_REPORTS_PER_HOUR) have their own counts.
 */
export const LIMITS = {
  accountFromIp: 5,
  ip: 30,
  account: 50,
  device: 10,
  joinFromIp: 10,
  joinHousehold: 10,
  password: 5,
} as const;

export type AttemptScope = 'login' | 'device' | 'join' | 'password' | 'report';

/** One count an attempt must stay within: rows of `scope` with this login key and/or address. */
export interface Limit {
  scope: AttemptScope;
  loginKey?: string;
  ip?: string;
  max: number;
  /** default 15 minutes */
  windowMs?: number;
}

/**
 * Counts an attempt BEFORE the caller checks anything (password, code): the row is written first,
 * then every limit is counted including it, so of N concurrent attempts at most `max` find themselves
 * within it (each sees at least every row written before its own). Over a limit: the row is taken
 * back (it checked nothing) and the answer is 429 with Retry-After. Counts live in the database, so
 * every app server sees the same numbers. Returns the row id for `settleAttempt`.
 */
export async function takeAttempt(
  db: Db,
  row: { scope: AttemptScope; loginKey: string; ip: string },
  limits: Limit[],
  now: number,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('login_attempts')
    .values({
      id,
      scope: row.scope,
      login_key: row.loginKey,
      ip: row.ip,
      success: false,
      at: new Date(now).toISOString(),
    })
    .execute();
  for (const l of limits) {
    const windowMs = l.windowMs ?? WINDOW_MS;
    const since = new Date(now - windowMs).toISOString();
    const r = await db
      .selectFrom('login_attempts')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('first')])
      .where('scope', '=', l.scope)
      .where('success', '=', false)
      .where('at', '>', since)
      .$if(l.loginKey !== undefined, (q) => q.where('login_key', '=', l.loginKey!))
      .$if(l.ip !== undefined, (q) => q.where('ip', '=', l.ip!))
      .executeTakeFirst();
    if (Number(r?.n ?? 0) > l.max) {
      await db.deleteFrom('login_attempts').where('id', '=', id).execute();
      throw errors.tooManyRequests(Math.max(1, Math.ceil((Date.parse(String(r!.first)) + windowMs - now) / 1000)));
    }
  }
  return id;
}

/** After the check: a success forgives this key's failures from this address (and is not itself a failure). */
export async function settleAttempt(
  db: Db,
  attemptId: string,
  row: { scope: AttemptScope; loginKey: string; ip: string },
  success: boolean,
) {
  if (!success) return;
  await db
    .deleteFrom('login_attempts')
    .where('scope', '=', row.scope)
    .where('login_key', '=', row.loginKey)
    .where('ip', '=', row.ip)
    .execute();
  await forgetAttempt(db, attemptId);
}

/** Takes back one attempt that turned out not to be a failure (a right join code), forgiving nothing else. */
export async function forgetAttempt(db: Db, attemptId: string) {
  await db.deleteFrom('login_attempts').where('id', '=', attemptId).execute();
}
