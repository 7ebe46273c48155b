import type { Db } from './db/kysely';

/** One line of `gongzhi verify`: a chain (or other integrity check) and whether it holds. */
export interface VerifyLine {
  ok: boolean;
  text: string;
}

/** Modules with chains of their own (consultation ballots) add a check here; `gongzhi verify` runs them all. */
export type Verifier = (db: Db) => Promise<VerifyLine[]>;
const verifiers: Array<{ name: string; fn: Verifier }> = [];

export function registerVerifier(name: string, fn: Verifier): void {
  verifiers.push({ name, fn });
}

export function listVerifiers() {
  return verifiers;
}
