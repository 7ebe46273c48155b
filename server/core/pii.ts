import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Personal data: masking for display, encryption at rest for ID numbers, and a blind index for uniqueness. */

export const PHONE_RE = /^1[3-9]\d{9}$/;

export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** 张三 → 张*, 欧阳娜娜 → 欧***: for public pages. */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name];
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** Mainland resident ID (18 characters) with its ISO 7064 MOD 11-2 check digit. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((acc, wi, i) => acc + wi * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}

export function maskIdNumber(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/**
 * What an ID number shows in lists and exports: the last 4 characters only. Digits 1–6 (district)
 * and 7–14 (birth date) with the check digit narrow the number to a handful of candidates.
 */
export function idNumberTail(mask: string | null | undefined): string | null {
  return mask ? `${'*'.repeat(14)}${mask.slice(-4)}` : null;
}

// Digits as people write them: ASCII or full-width; a phone may carry +86/0086 and spaces, dashes or dots between digits.
const D = '[0-9\\uFF10-\\uFF19]';
const SEP = '[\\s\\-\\u2010-\\u2015.\\uFF0D]?';
const PHONE_IN_TEXT = new RegExp(
  `(?<!${D})(?:(?:[+\\uFF0B]|00)?(?:86|\\uFF18\\uFF16)${SEP})?[1\\uFF11]${SEP}[3-9\\uFF13-\\uFF19](?:${SEP}${D}){9}(?!${D})`,
  'g',
);
const ID_IN_TEXT = new RegExp(`(?<!${D})(?:${D}${SEP}){17}[0-9\\uFF10-\\uFF19Xx\\uFF38\\uFF58](?!${D})`, 'g');
const asciiDigits = (s: string) =>
  s
    .replace(/[\uFF10-\uFF19]/g, (c) => String(c.charCodeAt(0) - 0xff10))
    .replace(/[\uFF38\uFF58]/g, 'X')
    .replace(/[^0-9Xx]/g, '');

/** A full mobile number written any of those ways (`+86 170-9814-1278`, full-width digits) as its 11 digits, else null. */
export function phoneIn(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = s.trim().match(PHONE_IN_TEXT);
  if (!m || m[0] !== s.trim()) return null;
  return asciiDigits(m[0]).slice(-11);
}

/** Masks full phone and ID numbers inside free text (log lines, URLs, the public board), however they are written. */
export function maskInText(s: string): string {
  return s
    .replace(ID_IN_TEXT, (m) => {
      const d = asciiDigits(m);
      return `${d.slice(0, 4)}**********${d.slice(-4)}`;
    })
    .replace(PHONE_IN_TEXT, (m) => {
      const d = asciiDigits(m).slice(-11);
      return `${d.slice(0, 3)}****${d.slice(-4)}`;
    });
}

export class Secrets {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;
  constructor(secret: string) {
    // Two independent keys from one secret: one encrypts, the other makes the blind index.
    this.encKey = crypto
      .createHash('sha256')
      .update('gongzhi:enc:' + secret)
      .digest();
    this.macKey = crypto
      .createHash('sha256')
      .update('gongzhi:mac:' + secret)
      .digest();
  }

  /** AES-256-GCM; output `v1.<iv>.<tag>.<ciphertext>` in base64url. */
  encrypt(plain: string): string {
    const iv = crypto.randomBytes(12);
    const c = crypto.createCipheriv('aes-256-gcm', this.encKey, iv);
    const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
    return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
  }

  decrypt(token: string): string {
    const [v, iv, tag, ct] = token.split('.');
    if (v !== 'v1') throw new Error('Unknown ciphertext version');
    const d = crypto.createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
  }

  /** Deterministic keyed hash: finds duplicates without storing the number in clear. */
  blindIndex(value: string): string {
    return crypto.createHmac('sha256', this.macKey).update(value).digest('hex');
  }
}

/** The secret comes from GONGZHI_SECRET_KEY, or a key file made in the data directory on first start. */
export function loadSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'secret.key');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const key = crypto.randomBytes(32).toString('base64url');
    // wx: two processes starting at once must not each write a different key.
    try {
      fs.writeFileSync(file, key + '\n', { mode: 0o600, flag: 'wx' });
      return key;
    } catch {
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}
