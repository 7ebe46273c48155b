import canonicalize from 'canonicalize';
import type { Proof } from './types';

/**
 * Checks a receipt's chain segment in the browser (docs/consultation-archive.md, "Receipt proofs"), with the
 * browser's own SHA-256 and an RFC 8785 implementation independent of the server's: the first entry is the
 * receipt, every hash recomputes from the previous one and the entry, and the last is the published head.
 */

const HASHED = ['consultation_id', 'seq', 'kind', 'ballot_id', 'household_id', 'data', 'actor_id', 'at'] as const;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export type ProofOutcome =
  { ok: true; recomputed: number } | { ok: false; reason: 'unavailable' | 'receipt' | 'broken' | 'head'; seq?: number };

/** Web Crypto exists only on https (and localhost); elsewhere the page says so instead of pretending. */
export const canCheckHere = () => typeof crypto !== 'undefined' && !!crypto.subtle;

export async function checkProof(p: Proof, receipt: string, publishedHead: string): Promise<ProofOutcome> {
  if (!canCheckHere()) return { ok: false, reason: 'unavailable' };
  if (p.entries[0]?.hash !== receipt) return { ok: false, reason: 'receipt' };
  let prev = p.entries[0].prev_hash;
  for (const e of p.entries) {
    const hash = await sha256Hex(prev + canonicalize(Object.fromEntries(HASHED.map((k) => [k, e[k]]))));
    if (e.prev_hash !== prev || hash !== e.hash) return { ok: false, reason: 'broken', seq: e.seq };
    prev = hash;
  }
  if (prev !== publishedHead || p.entries.at(-1)?.seq !== p.chainLength) return { ok: false, reason: 'head' };
  return { ok: true, recomputed: p.entries.length };
}
