import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors';

/** argon2id at OWASP's minimum (m=19 MiB, t=2, p=1). */
const OPTIONS = {
  algorithm: 2 /* Argon2id; the enum is a const enum that isolatedModules cannot read */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (plain: string) => hash(plain, OPTIONS);

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

/** Verified against when the login is unknown, so a wrong login costs the same time as a wrong password. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword('not-a-real-password-' + Math.random()));

export const MIN_PASSWORD = 10;

/**
 * The most used passwords of 10 or more characters (from the published leak lists, Chinese sites
 * included); a guesser tries these first, so they are refused whatever the length rule says.
 */
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '0987654321',
  '1111111111',
  '0000000000',
  '1234512345',
  '1122334455',
  '1234567891',
  '12345678910',
  '123456789a',
  'a123456789',
  '123456789q',
  'qwertyuiop',
  'qwerty1234',
  '1qaz2wsx3edc',
  '1q2w3e4r5t',
  'q1w2e3r4t5',
  'zxcvbnm123',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou12',
  'abc1234567',
  'abcd123456',
  'abcdefghij',
  'aa123456789',
  'woaini1314',
  'woaini520',
  '5201314520',
  '1314520520',
  'qq123456789',
  'asdfghjkl1',
  'asdfghjkl;',
  '11223344556',
  'abc123456789',
  'admin12345',
  'admin123456',
  'administrator',
  'gongzhi123',
  'gongzhi2026',
  'test123456',
]);

/** Refuses passwords shorter than MIN_PASSWORD or on the common list (422 weak_password). */
export function checkPasswordStrength(p: string) {
  if (p.length < MIN_PASSWORD) {
    throw new AppError(
      'weak_password',
      422,
      `密码至少 ${MIN_PASSWORD} 位`,
      `The password needs at least ${MIN_PASSWORD} characters`,
    );
  }
  if (COMMON.has(p.toLowerCase())) {
    throw new AppError(
      'weak_password',
      422,
      '这个密码太常见，很容易被猜到，请换一个',
      'This password is too common and easy to guess; choose another',
    );
  }
}
