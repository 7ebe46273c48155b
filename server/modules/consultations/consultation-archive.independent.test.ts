import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';

/**
 * A verifier written from docs/consultation-archive.md alone, as someone who never saw our code would:
 * it imports nothing from server/ and canonicalises with the `canonicalize` package (RFC 8785), not ours.
 * It recomputes the demo's parking consultation from its public archive and gets the published result.
 */

const jcs = (v: unknown) => canonicalize(v) as string;
const sha256 = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest('hex');
const ZERO = '0'.repeat(64);
const HASHED = ['consultation_id', 'seq', 'kind', 'ballot_id', 'household_id', 'data', 'actor_id', 'at'] as const;

interface Threshold {
  op: '>=' | '>';
  num: number;
  den: number;
}
const meets = (t: Threshold, part: number, whole: number) =>
  whole > 0 && (t.op === '>=' ? part * t.den >= t.num * whole : part * t.den > t.num * whole);

/** Returns the failures, each naming its entry; an empty list means the archive verifies. */
function verify(b: any): string[] {
  const fail: string[] = [];
  const entries = [...b.entries].sort((x, y) => x.seq - y.seq);
  // 1. Chain.
  let prev = ZERO;
  entries.forEach((e, i) => {
    if (e.seq !== i + 1) fail.push(`entry #${i + 1} missing`);
    if (e.prev_hash !== prev) fail.push(`entry #${e.seq}: prev_hash`);
    const h = sha256(prev + jcs(Object.fromEntries(HASHED.map((k) => [k, e[k]]))));
    if (h !== e.hash) fail.push(`entry #${e.seq}: hash`);
    prev = e.hash;
  });
  if (prev !== b.result.chainHead || entries.length !== b.result.chainLength) fail.push('head');
  // 2. Definition.
  const open = entries[0];
  if (open.kind !== 'open' || open.data.format !== 2 || entries.slice(1).some((e) => e.kind === 'open'))
    fail.push('entry #1 is not the only opening entry');
  const s = open.data;
  const c = b.consultation;
  for (const [shown, sealed, name] of [
    [c.title, s.title, 'title'],
    [c.description, s.description, 'description'],
    [c.opensAt, s.opens_at, 'opens'],
    [c.closesAt, s.closes_at, 'closes'],
    [c.rules, s.rules, 'rules'],
    [c.scope, s.scope, 'scope'],
  ] as const) {
    if (jcs(shown) !== jcs(sealed)) fail.push(`definition: ${name}`);
  }
  const shape = (qs: any[]) =>
    jcs(
      qs.map((q) => ({
        key: q.key,
        text: q.text,
        approveOption: q.approveOption ?? null,
        options: q.options.map((o: any) => ({ key: o.key, label: o.label })),
      })),
    );
  if (shape(c.questions) !== shape(s.questions)) fail.push('definition: questions');
  // 3. Eligible list.
  const tokens: string[] = b.eligible.map((x: any) => x.token);
  if (
    new Set(tokens).size !== tokens.length ||
    tokens.length !== s.eligible.count ||
    sha256(jcs([...tokens].sort())) !== s.eligible.digest
  )
    fail.push('eligible list');
  // 4. Fold.
  const ballots = new Map<string, any>();
  const voted = new Set<string>();
  for (const e of entries) {
    const d = e.data;
    if (e.kind === 'ballot') {
      if (voted.has(d.household)) {
        fail.push(`entry #${e.seq}: second ballot`);
        continue;
      }
      voted.add(d.household);
      if (!tokens.includes(d.household)) fail.push(`entry #${e.seq}: not eligible`);
      const online = d.channel === 'online';
      ballots.set(e.ballot_id, {
        ballotId: e.ballot_id,
        household: d.household,
        channel: d.channel,
        formNumber: d.form_number,
        answers: d.answers,
        status: online ? 'counted' : 'pending',
        seq: e.seq,
        lastSeq: e.seq,
        receipt: e.hash,
        pendingBy: online ? null : e.actor_id,
      });
    } else if (e.kind === 'confirm' || e.kind === 'correction') {
      const x = ballots.get(e.ballot_id);
      if (!x) {
        fail.push(`entry #${e.seq}: unknown ballot`);
        continue;
      }
      if (e.kind === 'confirm') {
        if (x.status !== 'pending' || x.pendingBy === e.actor_id) {
          fail.push(`entry #${e.seq}: bad confirmation`);
          continue;
        }
        Object.assign(x, { status: 'counted', pendingBy: null, lastSeq: e.seq });
      } else
        Object.assign(x, {
          answers: d.answers,
          formNumber: d.form_number ?? x.formNumber,
          status: 'pending',
          pendingBy: e.actor_id,
          lastSeq: e.seq,
        });
    }
    if (['ballot', 'correction'].includes(e.kind)) {
      const keys = Object.keys(d.answers);
      if (
        keys.length !== s.questions.length ||
        !s.questions.every((q: any) => q.options.some((o: any) => o.key === d.answers[q.key]))
      )
        fail.push(`entry #${e.seq}: answers`);
    }
    if (!['open', 'close'].includes(e.kind) && (e.at < s.opens_at || e.at >= s.closes_at))
      fail.push(`entry #${e.seq}: outside the window`);
  }
  // 5. Ballots list.
  if (b.ballots.length !== ballots.size) fail.push('ballots list: length');
  for (const row of b.ballots) {
    const x = ballots.get(row.ballotId);
    const want = x && {
      answers: x.answers,
      status: x.status,
      channel: x.channel,
      formNumber: x.formNumber,
      household: x.household,
      receipt: x.receipt,
      seq: x.seq,
      lastSeq: x.lastSeq,
    };
    const got = {
      answers: row.answers,
      status: row.status,
      channel: row.channel,
      formNumber: row.formNumber,
      household: row.household,
      receipt: row.receipt,
      seq: row.seq,
      lastSeq: row.lastSeq,
    };
    if (!x || jcs(want) !== jcs(got)) fail.push(`ballots list: entry #${row.seq}`);
  }
  // 6. Tally.
  const counted = [...ballots.values()].filter((x) => x.status === 'counted');
  const byChannel: Record<string, number> = {};
  for (const x of counted) byChannel[x.channel] = (byChannel[x.channel] ?? 0) + 1;
  const participationMet = meets(s.rules.participation, counted.length, s.eligible.count);
  const questions = s.questions.map((q: any) => {
    const counts = Object.fromEntries(
      q.options.map((o: any) => [o.key, counted.filter((x) => x.answers[q.key] === o.key).length]),
    );
    const max = Math.max(...(Object.values(counts) as number[]));
    const top = Object.keys(counts).filter((k) => counts[k] === max);
    const leading = max > 0 && top.length === 1 ? top[0] : null;
    const target = q.approveOption ?? leading;
    const approvals = target ? counts[target] : 0;
    return {
      key: q.key,
      counts,
      leading,
      approvals,
      passed: target !== null && meets(s.rules.approval, approvals, counted.length),
    };
  });
  const tally = {
    eligible: s.eligible.count,
    participants: counted.length,
    pending: ballots.size - counted.length,
    byChannel,
    participationMet,
    questions,
    passed: participationMet && questions.every((q: any) => q.passed),
  };
  const close = entries.at(-1);
  if (
    close.kind !== 'close' ||
    entries.filter((e) => e.kind === 'close').length !== 1 ||
    jcs(close.data.tally) !== jcs(tally)
  )
    fail.push('tally in the closing entry');
  if (jcs(b.result.tally) !== jcs(tally)) fail.push('published tally');
  return fail;
}

const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/parking-public.json'), 'utf8'));

describe('the demo parking consultation, recomputed from docs/consultation-archive.md with an independent JCS', () => {
  it('verifies and gets the published result: 100 of 109 households, both questions passed', () => {
    expect(fixture).toMatchObject({ format: 'gongzhi-consultation/2', view: 'public' });
    expect(verify(fixture)).toEqual([]);
    expect(fixture.result.tally).toMatchObject({
      eligible: 109,
      participants: 100,
      participationMet: true,
      passed: true,
      questions: [
        { key: 'free_time', counts: { h2: 29, m30: 71 } },
        { key: 'owner_priority', counts: { agree: 78, disagree: 15, abstain: 7 }, approvals: 78 },
      ],
    });
    expect(fixture.result.chainHead).toBe('d834e8a863fb9d804fee29f2a1cd99a0131e17655d93b04da31e3b6ded33f568');
  });

  it('names no household in the public archive: tokens only, no code, id, salt or name', () => {
    const text = JSON.stringify(fixture);
    expect(fixture.eligible.length).toBe(109);
    expect(fixture.eligible.length).toBeGreaterThan(0);
    expect(fixture.eligible.filter((e: any) => Object.keys(e).join() !== 'token')).toEqual([]);
    expect(text).not.toMatch(/householdCode|household_code|"salt"|representative|actorName/);
    expect(fixture.entries.filter((e: any) => e.household_id !== null)).toEqual([]);
  });

  it('fails on swapped labels, a changed ballots list, a dropped eligible household, a changed entry', () => {
    const alter = (f: (b: any) => void) => {
      const b = structuredClone(fixture);
      f(b);
      return verify(b);
    };
    expect(
      alter((b) => {
        const o = b.consultation.questions[1].options;
        [o[0].label, o[1].label] = [o[1].label, o[0].label];
      }),
    ).toEqual(['definition: questions']);
    expect(
      alter((b) => {
        b.ballots[0].answers.owner_priority = 'disagree';
      }),
    ).toEqual(['ballots list: entry #2']);
    expect(
      alter((b) => {
        b.eligible.pop();
      }),
    ).toContain('eligible list');
    expect(
      alter((b) => {
        b.entries[1].data.answers.owner_priority = 'disagree';
      }),
    ).toContain('entry #2: hash');
  });

  it('agrees with the worked example of the document, hash for hash', () => {
    const doc = fs.readFileSync(path.join(import.meta.dirname, '../../../docs/consultation-archive.md'), 'utf8');
    const texts = [...doc.matchAll(/^#(\d) (\{.*\})$/gm)];
    const hashes = [...doc.matchAll(/^ {3}hash ([0-9a-f]{64})/gm)].map((m) => m[1]);
    expect(texts).toHaveLength(6);
    expect(hashes).toHaveLength(6);
    let prev = ZERO;
    texts.forEach(([, , text], i) => {
      // The document's texts must already be canonical, and chain to the hashes it prints.
      expect(jcs(JSON.parse(text))).toBe(text);
      prev = sha256(prev + text);
      expect(prev).toBe(hashes[i]);
    });
    const token = sha256(jcs({ code: '2-5-101', household_id: 'h-101', salt: '00112233445566778899aabbccddeeff' }));
    expect(token).toBe('b12d5ec7957d0c2f73cbc394e4cb86da8d5d163e4b4ee8e59fcc53bf20815f08');
  });
});
