import { canonicalJson } from '../../core/audit/canonical';
import type { Question, Rules } from '../../../contract/consultations';
import { ChainWalker, computeTally, foldBallots, type ChainEntry, type FoldedBallot } from './consultations.chain';
import {
  definitionMismatches,
  eligibleDigest,
  householdToken,
  type SealedDefinition,
} from './consultations.definition';

/**
 * Checks an archive bundle from the file alone (`gongzhi verify-consultation FILE.json`): everything the
 * bundle shows — definition, eligible list, ballots list, result — against its chain, and the chain against
 * itself. Each mismatch is one FAIL line naming the entry number and the household. The steps follow
 * docs/consultation-archive.md, "Verifying a bundle".
 */

export interface BundleCheck {
  ok: boolean;
  lines: string[];
}

export const FORMATS = ['gongzhi-consultation/1', 'gongzhi-consultation/2'] as const;

type Entry = ChainEntry & { prev_hash: string; hash: string };

/** Dotted paths where two JSON values differ, for naming what changed in a tally. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a as object), ...Object.keys(b as object)])];
    return keys.flatMap((k) =>
      differences((a as any)[k], (b as any)[k], Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k),
    );
  }
  return canonicalJson(a) === canonicalJson(b)
    ? []
    : [`${path || 'value'} ${canonicalJson(b)} (recomputed ${canonicalJson(a)})`];
}

/** Why answers do not fit the questions, or null when every question has one of its options and nothing else is there. */
function answersProblem(questions: Question[], answers: unknown): string | null {
  if (!answers || typeof answers !== 'object') return 'no answers';
  const a = answers as Record<string, unknown>;
  for (const q of questions) {
    if (!(q.key in a)) return `question ${q.key} not answered`;
    if (!q.options.some((o) => o.key === a[q.key]))
      return `answer ${JSON.stringify(a[q.key])} to ${q.key} is not one of its options`;
  }
  const extra = Object.keys(a).find((k) => !questions.some((q) => q.key === k));
  return extra ? `answers a question that was not asked: ${extra}` : null;
}

export function verifyBundle(bundle: any): BundleCheck {
  if (
    !FORMATS.includes(bundle?.format) ||
    !Array.isArray(bundle.entries) ||
    !bundle.consultation ||
    !Array.isArray(bundle.eligible) ||
    !Array.isArray(bundle.ballots)
  ) {
    return { ok: false, lines: [`FAIL  not a gongzhi consultation bundle (format ${FORMATS.join(' or ')})`] };
  }
  const v2 = bundle.format === 'gongzhi-consultation/2';
  const lines: string[] = [];
  let ok = true;
  const fail = (s: string) => {
    ok = false;
    lines.push(`FAIL  ${s}`);
  };
  const pass = (s: string) => lines.push(`ok    ${s}`);
  const c = bundle.consultation;
  const entries: Entry[] = [...bundle.entries].sort((a, b) => a.seq - b.seq);

  // Households are named by code where the bundle has codes (staff view, format 1), else by the start of their token.
  const codes = new Map<string, string>();
  for (const h of bundle.eligible) if (h?.code) codes.set(v2 ? h.token : h.householdId, h.code);
  const household = (key: string | null, code?: string | null) =>
    code ?? (key ? (codes.get(key) ?? `#${key.slice(0, 12)}`) : null);
  const at = (seq: number, key: string | null, code?: string | null) => {
    const h = household(key, code);
    return `entry #${seq}${h ? ` (household ${h})` : ''}`;
  };

  // 1. The chain recomputes, and ends at the published head.
  const walker = new ChainWalker();
  for (const e of entries) if (!walker.push(e)) break;
  if (walker.brk)
    fail(`chain broken at ${at(walker.brk.seq, walker.brk.household, walker.brk.householdCode)}: ${walker.brk.reason}`);
  else pass(`chain of ${entries.length} entries recomputes, head ${walker.prev}`);
  const result = bundle.result;
  if (!result) fail('the bundle has no published result (consultation not closed)');
  else if (!walker.brk) {
    if (result.chainHead === walker.prev && Number(result.chainLength) === entries.length)
      pass('chain head matches the published head');
    else
      fail(
        `published head ${result.chainHead} (${result.chainLength} entries) differs from recomputed ${walker.prev} (${entries.length})`,
      );
  }

  // 2. What was asked, and who could answer: sealed in the opening entry (format 2).
  let questions: Question[] = c.questions;
  let rules: Rules = c.rules;
  let eligibleCount = bundle.eligible.length;
  let window: [string, string] | null = null;
  const eligibleKeys = new Set<string>(bundle.eligible.map((h: any) => (v2 ? h.token : h.householdId)));
  if (eligibleKeys.size !== bundle.eligible.length)
    fail(`eligible list: ${bundle.eligible.length - eligibleKeys.size} households listed twice`);
  const opening = entries[0];
  for (const e of entries.slice(1)) if (e.kind === 'open') fail(`entry #${e.seq}: a second opening entry`);
  if (v2) {
    if (opening?.kind !== 'open' || Number(opening.seq) !== 1 || opening.data?.format !== 2)
      fail('entry #1 is not the opening entry that seals the definition');
    else {
      const sealed = opening.data as unknown as SealedDefinition;
      const changed = definitionMismatches(sealed, c);
      for (const m of changed) fail(`definition: ${m} (entry #1)`);
      if (!changed.length)
        pass(
          `definition matches the one sealed in entry #1: title, description, ${sealed.questions.length} questions with their options, thresholds, window, scope`,
        );
      ({ questions, rules } = sealed);
      eligibleCount = sealed.eligible.count;
      window = [sealed.opens_at, sealed.closes_at];
      const tokens = bundle.eligible.map((h: any) => h.token as string);
      let recomputed = true;
      for (const h of bundle.eligible) {
        if (h.salt === undefined) continue;
        if (householdToken(h) !== h.token) {
          recomputed = false;
          fail(`eligible list: household ${h.code}: token does not recompute from its id, code and salt`);
        }
      }
      const digest = eligibleDigest(tokens);
      if (digest !== sealed.eligible.digest || tokens.length !== sealed.eligible.count) {
        fail(
          `eligible list: ${tokens.length} households, digest ${digest}; sealed in entry #1: ${sealed.eligible.count} households, digest ${sealed.eligible.digest}`,
        );
      } else
        pass(
          `eligible list of ${tokens.length} households matches the snapshot sealed in entry #1${recomputed && bundle.view === 'staff' ? ', every token recomputes from id, code and salt' : ''}`,
        );
    }
  } else {
    lines.push(
      'warn  format 1 (opened before definitions were sealed): questions, thresholds and the eligible list are checked against the bundle itself, not against the chain',
    );
  }

  // 3. Ballots, replayed from the chain.
  const { ballots, problems } = foldBallots(entries);
  for (const p of problems) fail(`${at(p.seq, p.household, p.householdCode)}: ${p.reason}`);
  for (const b of ballots.values()) {
    if (!eligibleKeys.has(b.household))
      fail(`${at(b.seq, b.household, b.householdCode)}: household is not in the eligible snapshot`);
    else if (!v2 && b.householdCode !== codes.get(b.household))
      fail(
        `${at(b.seq, b.household, b.householdCode)}: the eligible list gives this household the code ${codes.get(b.household)}`,
      );
  }
  for (const e of entries) {
    const ballot = e.ballot_id ? ballots.get(e.ballot_id) : undefined;
    const name = () => at(Number(e.seq), ballot?.household ?? null, ballot?.householdCode);
    if (e.kind === 'ballot' || e.kind === 'correction') {
      const why = answersProblem(questions, e.data?.answers);
      if (why) fail(`${name()}: ${why}`);
    }
    if (window && e.kind !== 'open' && e.kind !== 'close' && (e.at < window[0] || e.at >= window[1]))
      fail(`${name()}: recorded at ${e.at}, outside the sealed window`);
  }
  const listed = checkBallotsList(bundle.ballots, ballots, v2, codes, fail, at);
  if (!listed)
    pass(
      `ballots list of ${bundle.ballots.length} matches the chain: answers, status, channel, form number, household, receipt`,
    );

  // 4. The tally, from the sealed rules, against the closing entry and the published result.
  const closes = entries.filter((e) => e.kind === 'close');
  const closing = entries.at(-1);
  if (closes.length > 1 || (closes.length === 1 && closing?.kind !== 'close'))
    fail(`the closing entry must be the last and only one (found at ${closes.map((e) => `#${e.seq}`).join(', ')})`);
  const tally = computeTally(questions, rules, eligibleCount, ballots.values());
  if (result) {
    const sealedTally = closing?.kind === 'close' ? closing.data?.tally : undefined;
    const inChain = differences(tally, sealedTally);
    const published = differences(tally, result.tally);
    if (!sealedTally) fail('the chain has no closing entry sealing the tally');
    else if (inChain.length)
      fail(`tally sealed in entry #${closing!.seq} differs from the recomputed one: ${inChain.slice(0, 3).join('; ')}`);
    if (published.length) fail(`published tally differs from the recomputed one: ${published.slice(0, 3).join('; ')}`);
    if (sealedTally && !inChain.length && !published.length) {
      pass(
        `tally recomputes: ${tally.participants}/${tally.eligible} households took part, ${tally.passed ? 'passed' : 'not passed'}`,
      );
    }
  }
  return { ok, lines };
}

/** Every row of the ballots list against the chain's own state of that ballot, and no row the chain lacks; returns how many failed. */
function checkBallotsList(
  list: any[],
  folded: Map<string, FoldedBallot>,
  v2: boolean,
  codes: Map<string, string>,
  fail: (s: string) => void,
  at: (seq: number, key: string | null, code?: string | null) => string,
) {
  let failed = 0;
  const bad = (s: string) => {
    failed++;
    fail(s);
  };
  const rows = new Map<string, any>();
  for (const r of list) {
    if (rows.has(r?.ballotId)) bad(`ballots list: ballot ${r.ballotId} is listed twice`);
    rows.set(r?.ballotId, r);
  }
  for (const f of folded.values()) {
    const r = rows.get(f.ballotId);
    rows.delete(f.ballotId);
    const name = `ballots list: ${at(f.seq, f.household, f.householdCode)}`;
    if (!r) {
      bad(`${name}: in the chain but missing from the list`);
      continue;
    }
    const diffs: string[] = [];
    const cmp = (what: string, chain: unknown, shown: unknown) => {
      if (canonicalJson(chain) !== canonicalJson(shown))
        diffs.push(`${what} ${canonicalJson(shown)} differs from the chain's ${canonicalJson(chain)}`);
    };
    cmp('answers', f.answers, r.answers);
    cmp('status', f.status, r.status);
    cmp('channel', f.channel, r.channel);
    cmp('form number', f.formNumber, r.formNumber);
    cmp('receipt', f.receipt, r.receipt);
    cmp('entry number', f.seq, r.seq);
    if (v2) {
      cmp('household', f.household, r.household);
      cmp('last entry', f.lastSeq, r.lastSeq);
      if (r.householdCode !== undefined) cmp('household code', codes.get(f.household) ?? null, r.householdCode);
    } else {
      cmp('household', f.household, r.householdId);
      cmp('household code', f.householdCode, r.householdCode);
    }
    for (const d of diffs) bad(`${name}: ${d}`);
  }
  for (const r of rows.values())
    bad(
      `ballots list: ballot ${r?.ballotId} (household ${r?.householdCode ?? r?.household ?? '?'}, entry #${r?.seq}) is not in the chain`,
    );
  return failed;
}
