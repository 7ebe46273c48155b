import crypto from 'node:crypto';

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return '[' + v.map((x) => canonicalJson(x)).join(',') + ']';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(o[k])).join(',') + '}';
  }
  return JSON.stringify(v);
}

export const GENESIS = '0'.repeat(64);

/** h_i = SHA-256(h_{i-1} ‖ canonical entry), hex. */
export function chainHash(prev: string, entry: unknown): string {
  return crypto.createHash('sha256').update(prev).update(canonicalJson(entry)).digest('hex');
}
