import crypto from 'node:crypto';
import { canonicalJson } from '../../core/audit/canonical';
import type { Question, Rules, Scope } from '../../../contract/consultations';

/**
 * What a format-2 chain seals in its opening entry (docs/consultation-archive.md, "The opening entry"):
 * what was asked, how it is decided, when, and who may answer. Pure functions, shared by the service
 * that opens a consultation and by the bundle verifier.
 */

export interface SealedDefinition {
  format: 2;
  title: string;
  description: string;
  questions: Question[];
  rules: Rules;
  scope: Scope;
  opens_at: string;
  closes_at: string;
  eligible: { count: number; digest: string };
}

/** The definition as a bundle or a row shows it (camelCase, as in the archive's `consultation`). */
export interface ShownDefinition {
  title: string;
  description: string;
  questions: Question[];
  rules: Rules;
  scope: Scope;
  opensAt: string;
  closesAt: string;
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest('hex');

/** 128 random bits: without it a household's token could be found by trying every code of the community. */
export const newSalt = () => crypto.randomBytes(16).toString('hex');

/** A household's public name in a format-2 chain: SHA-256 of the JCS text of {code, household_id, salt}. */
export function householdToken(h: { householdId: string; code: string; salt: string }): string {
  return sha256(canonicalJson({ code: h.code, household_id: h.householdId, salt: h.salt }));
}

/** The eligible snapshot as one hash: SHA-256 of the JCS text of the tokens sorted ascending. */
export function eligibleDigest(tokens: string[]): string {
  return sha256(canonicalJson([...tokens].sort()));
}

export function sealDefinition(d: ShownDefinition, tokens: string[]): SealedDefinition {
  // Through JSON, so what is hashed is exactly what the database and the archive give back.
  const plain = JSON.parse(
    JSON.stringify({
      title: d.title,
      description: d.description,
      questions: d.questions,
      rules: d.rules,
      scope: d.scope,
    }),
  );
  return {
    format: 2,
    ...plain,
    opens_at: d.opensAt,
    closes_at: d.closesAt,
    eligible: { count: tokens.length, digest: eligibleDigest(tokens) },
  };
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const quote = (v: unknown) => (typeof v === 'string' ? `「${v}」` : canonicalJson(v));

/** Every way the shown definition differs from the sealed one, named so a reader sees what was changed. */
export function definitionMismatches(sealed: SealedDefinition, shown: ShownDefinition): string[] {
  const out: string[] = [];
  const field = (name: string, a: unknown, b: unknown) => {
    if (!same(a, b)) out.push(`${name} ${quote(b)} differs from the sealed ${quote(a)}`);
  };
  field('title', sealed.title, shown.title);
  field('description', sealed.description, shown.description);
  field('opening time', sealed.opens_at, shown.opensAt);
  field('closing time', sealed.closes_at, shown.closesAt);
  field('participation threshold', sealed.rules?.participation, shown.rules?.participation);
  field('approval threshold', sealed.rules?.approval, shown.rules?.approval);
  field('scope', sealed.scope, shown.scope);
  const qs = shown.questions ?? [];
  if (qs.length !== sealed.questions.length)
    out.push(`${qs.length} questions shown, ${sealed.questions.length} sealed`);
  sealed.questions.forEach((q, i) => {
    const s = qs[i];
    if (!s) return;
    const name = `question ${i + 1} (${q.key})`;
    field(`${name} key`, q.key, s.key);
    field(`${name} text`, q.text, s.text);
    field(`${name} approval option`, q.approveOption ?? null, s.approveOption ?? null);
    if (s.options?.length !== q.options.length)
      out.push(`${name}: ${s.options?.length ?? 0} options shown, ${q.options.length} sealed`);
    q.options.forEach((o, j) => {
      const so = s.options?.[j];
      if (!so) return;
      field(`${name} option ${j + 1} key`, o.key, so.key);
      field(`${name} option ${o.key} label`, o.label, so.label);
    });
  });
  return out;
}
