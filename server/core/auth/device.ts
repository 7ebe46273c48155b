import crypto from 'node:crypto';
import type { Secrets } from '../pii';

/**
 * Device cookies (OWASP "Slow brute force" / device cookies): a browser that signed in to an account
 * successfully gets a signed cookie naming that account. Later sign-ins to the account from that
 * browser are counted against the cookie alone, so failures elsewhere never lock the owner out of
 * their own browser. The cookie proves nothing by itself; the password is still checked.
 */
export const DEVICE_COOKIE = 'gz_dev';
export const DEVICE_MAX_AGE_S = 180 * 24 * 3600;

const mac = (secrets: Secrets, userId: string, nonce: string) =>
  secrets.blindIndex(`device:${userId}:${nonce}`).slice(0, 32);

/** A new cookie value for this account: `<userId>.<nonce>.<mac>`. */
export function newDeviceToken(secrets: Secrets, userId: string): string {
  const nonce = crypto.randomBytes(16).toString('base64url');
  return `${userId}.${nonce}.${mac(secrets, userId, nonce)}`;
}

/** The cookie's nonce when it is genuine and names this account, else null. */
export function trustedDevice(secrets: Secrets, cookie: string | undefined, userId: string): string | null {
  const [uid, nonce, sig, ...rest] = (cookie ?? '').split('.');
  if (rest.length || uid !== userId || !nonce || !sig) return null;
  const want = Buffer.from(mac(secrets, userId, nonce));
  const got = Buffer.from(sig);
  return got.length === want.length && crypto.timingSafeEqual(got, want) ? nonce : null;
}
