import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { GENESIS } from '../../core/audit/canonical';
import { listVerifiers } from '../../core/verify';
import { verifyConsultationFile } from './consultations.cli';
import { computeTally, entryHash, foldBallots } from './consultations.chain';
import { householdToken, newSalt } from './consultations.definition';
import { consultationRequests } from './consultations.test-helpers';

/**
 * `gongzhi verify-consultation` against altered copies of a real archive: every alteration the issue lists
 * (ballots list, labels, question text, thresholds, eligible snapshot, tally, chain entries) exits 1 and names
 * what changed. Then format 1: chains opened before the opening entry existed stay verifiable.
 */
const t = useTestApp();
const { url, vote, paper, closedWithEveryEntry } = consultationRequests(t);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-evidence-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Runs the command's code on a bundle written to a file, as someone holding the file would. */
function check(bundle: unknown, extra: string[] = []) {
  const file = path.join(dir, `b${n++}.json`);
  fs.writeFileSync(file, JSON.stringify(bundle));
  const lines: string[] = [];
  const code = verifyConsultationFile([file, ...extra], (l) => lines.push(l));
  return { code, text: lines.join('\n'), fails: lines.filter((l) => l.startsWith('FAIL')) };
}

/** Recomputes every hash from `from` on, as someone forging a whole file would, and moves the published head along. */
function rehash(b: any, from = 1) {
  let prev = from === 1 ? GENESIS : b.entries[from - 2].hash;
  for (const e of b.entries.slice(from - 1)) {
    e.prev_hash = prev;
    e.hash = entryHash(prev, e);
    prev = e.hash;
  }
  b.result.chainHead = prev;
}

let staff: any;
let pub: any;
let code: (i: number) => string;
beforeAll(async () => {
  const { id } = await closedWithEveryEntry();
  staff = (await t.req({ method: 'GET', url: url(`/${id}/archive`), as: 'staff' })).json();
  pub = (await t.req({ method: 'GET', url: `/api/public/consultations/${id}/archive` })).json();
  code = (i: number) =>
    t.fx.A.households[i] && staff.eligible.find((e: any) => e.householdId === t.fx.A.households[i]).code;
});

type Alteration = [string, (b: any) => void, RegExp];

/** Alters a copy of the archive; the command must exit 1 and name what changed. */
function rejects(archive: unknown, alter: (b: any) => void, message: RegExp) {
  const b = structuredClone(archive);
  alter(b);
  const r = check(b);
  expect(r.code, r.text).toBe(1);
  expect(r.text).toMatch(message);
  expect(r.text).toContain('The bundle does NOT verify.');
}
const ballotOf = (b: any, channel: string, status?: string) =>
  b.ballots.find((x: any) => x.channel === channel && (!status || x.status === status));
const question = (b: any) => b.consultation.questions[1];

/** The alterations that read the same in both views; households are named by code (staff) or by token (public). */
const common = (who: string): Alteration[] => [
  [
    'ballots list: answers',
    (b) => {
      ballotOf(b, 'online').answers.priority = 'disagree';
    },
    new RegExp(
      `ballots list: entry #2 \\(household ${who}\\): answers \\{"free_time":"m30","priority":"disagree"\\} differs from the chain's \\{"free_time":"m30","priority":"agree"\\}`,
    ),
  ],
  [
    'ballots list: status',
    (b) => {
      ballotOf(b, 'paper', 'pending').status = 'counted';
    },
    /ballots list: entry #\d+ \(household [^)]+\): status "counted" differs from the chain's "pending"/,
  ],
  [
    'ballots list: channel',
    (b) => {
      ballotOf(b, 'door_to_door').channel = 'online';
    },
    /channel "online" differs from the chain's "door_to_door"/,
  ],
  [
    'ballots list: form number',
    (b) => {
      ballotOf(b, 'paper', 'counted').formNumber = 'DB-99';
    },
    /form number "DB-99" differs from the chain's "DB-1"/,
  ],
  [
    'ballots list: receipt',
    (b) => {
      ballotOf(b, 'online').receipt = 'f'.repeat(64);
    },
    /ballots list: entry #2 \(household [^)]+\): receipt "f{64}" differs/,
  ],
  [
    'ballots list: a ballot dropped',
    (b) => {
      b.ballots.splice(1, 1);
    },
    /ballots list: entry #3 \(household [^)]+\): in the chain but missing from the list/,
  ],
  [
    'labels 同意 and 不同意 swapped',
    (b) => {
      const o = question(b).options;
      [o[0].label, o[1].label] = [o[1].label, o[0].label];
    },
    /definition: question 2 \(priority\) option agree label 「不同意」 differs from the sealed 「同意」 \(entry #1\)/,
  ],
  [
    'question reworded',
    (b) => {
      question(b).text = '是否反对54个车位业主优先停';
    },
    /definition: question 2 \(priority\) text 「是否反对54个车位业主优先停」 differs from the sealed 「54个车位业主优先停」 \(entry #1\)/,
  ],
  [
    'approval option moved',
    (b) => {
      question(b).approveOption = 'disagree';
    },
    /question 2 \(priority\) approval option 「disagree」 differs from the sealed 「agree」/,
  ],
  [
    'approval threshold lowered',
    (b) => {
      b.consultation.rules.approval = { op: '>=', num: 1, den: 3 };
    },
    /definition: approval threshold \{"den":3,"num":1,"op":">="\} differs from the sealed \{"den":2,"num":1,"op":">"\}/,
  ],
  [
    'participation threshold lowered',
    (b) => {
      b.consultation.rules.participation.num = 1;
    },
    /definition: participation threshold \{"den":3,"num":1,"op":">="\} differs from the sealed \{"den":3,"num":2,"op":">="\}/,
  ],
  [
    'closing time moved',
    (b) => {
      b.consultation.closesAt = '2099-01-01T00:00:00.000Z';
    },
    /definition: closing time 「2099-01-01T00:00:00.000Z」 differs/,
  ],
  [
    'published tally',
    (b) => {
      b.result.tally.questions[1].counts.agree += 1;
    },
    /published tally differs from the recomputed one: questions\[1\]\.counts\.agree 3 \(recomputed 2\)/,
  ],
  [
    'tally in the closing entry, rehashed',
    (b) => {
      b.entries.at(-1).data.tally.passed = true;
      rehash(b, b.entries.length);
      b.result.tally.passed = true;
    },
    /tally sealed in entry #10 differs from the recomputed one: passed true \(recomputed false\)/,
  ],
  [
    'chain entry content',
    (b) => {
      b.entries[2].data.answers.priority = 'agree';
    },
    /chain broken at entry #3 \(household [^)]+\): content does not match its hash/,
  ],
  [
    'chain entry removed',
    (b) => {
      b.entries.splice(3, 1);
    },
    /chain broken at entry #4 .*: entry 4 is missing/,
  ],
  [
    'opening entry removed and the chain rehashed',
    (b) => {
      b.entries.shift();
      b.entries.forEach((e: any, i: number) => {
        e.seq = i + 1;
      });
      rehash(b);
    },
    /entry #1 is not the opening entry that seals the definition/,
  ],
];

describe(`verify-consultation on altered archives (${TEST_DIALECT})`, () => {
  it('passes the archives as exported, staff and public, naming what it checked', () => {
    for (const b of [staff, pub]) {
      const r = check(b);
      expect(r.fails, r.text).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.text).toContain('definition matches the one sealed in entry #1');
      expect(r.text).toContain('eligible list of 9 households matches the snapshot sealed in entry #1');
      expect(r.text).toContain('ballots list of 5 matches the chain');
      expect(r.text).toContain('tally recomputes: 4/9 households took part, not passed');
    }
    expect(check(staff).text).toContain('every token recomputes from id, code and salt');
    expect(check(staff, ['--head', staff.result.chainHead]).code).toBe(0);
  });

  describe('staff archive (households by code)', () => {
    const cases: Alteration[] = [
      ...common('1-1-101'),
      [
        'ballots list: household code',
        (b) => {
          ballotOf(b, 'online').householdCode = '1-9-909';
        },
        /ballots list: entry #2 \(household 1-1-101\): household code "1-9-909" differs from the chain's "1-1-101"/,
      ],
      [
        'eligible: a non-voter exchanged for another household',
        (b) => {
          const e = b.eligible.find((x: any) => !b.ballots.some((y: any) => y.household === x.token));
          Object.assign(e, { householdId: 'someone-else', code: '9-9-909', salt: newSalt() });
          e.token = householdToken(e);
        },
        /eligible list: 9 households, digest [0-9a-f]{64}; sealed in entry #1: 9 households, digest [0-9a-f]{64}/,
      ],
      [
        'eligible: a code changed',
        (b) => {
          b.eligible[8].code = '9-9-909';
        },
        /eligible list: household 9-9-909: token does not recompute from its id, code and salt/,
      ],
      [
        'eligible: a household dropped',
        (b) => {
          b.eligible.pop();
        },
        /eligible list: 8 households, .*sealed in entry #1: 9 households/,
      ],
    ];
    it.each(cases)('%s: exits 1 and names it', (_, alter, message) => rejects(staff, alter, message));
  });

  describe('public archive (households by token)', () => {
    const cases: Alteration[] = [
      ...common('#[0-9a-f]{12}'),
      [
        'eligible: a token exchanged',
        (b) => {
          b.eligible.find((x: any) => !b.ballots.some((y: any) => y.household === x.token)).token = 'a'.repeat(64);
        },
        /eligible list: 9 households, digest [0-9a-f]{64}; sealed in entry #1/,
      ],
    ];
    it.each(cases)('%s: exits 1 and names it', (_, alter, message) => rejects(pub, alter, message));
  });

  it('catches a file rewritten whole, hashes and all, only against the head printed on the notice (--head)', () => {
    const b = structuredClone(staff);
    const online = ballotOf(b, 'online');
    const entry = b.entries.find((e: any) => e.seq === online.seq);
    entry.data.answers.priority = 'disagree';
    online.answers.priority = 'disagree';
    rehash(b, online.seq);
    for (const x of b.ballots) x.receipt = b.entries.find((e: any) => e.seq === x.seq).hash;
    // The forger recomputes the tally too, exactly as the verifier will.
    b.entries.at(-1).data.tally = computeTally(
      b.consultation.questions,
      b.consultation.rules,
      9,
      foldBallots(b.entries).ballots.values(),
    );
    rehash(b, b.entries.length);
    b.result.tally = b.entries.at(-1).data.tally;
    expect(check(b).code, check(b).text).toBe(0);
    const r = check(b, ['--head', staff.result.chainHead]);
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/FAIL {2}chain head [0-9a-f]{64} is not the one you were given/);
    expect(check(b, ['--head', 'nothex']).code).toBe(2);
  });
});

describe('the demo parking consultation, shipped as a fixture', () => {
  it('verifies with our verifier (docs/consultation-archive.md; the independent one is consultation-archive.independent.test.ts)', () => {
    const file = path.join(import.meta.dirname, 'fixtures/parking-public.json');
    const lines: string[] = [];
    expect(
      verifyConsultationFile(
        [file, '--head', 'd834e8a863fb9d804fee29f2a1cd99a0131e17655d93b04da31e3b6ded33f568'],
        (l) => lines.push(l),
      ),
      lines.join('\n'),
    ).toBe(0);
    expect(lines).toContain('ok    tally recomputes: 100/109 households took part, passed');
  });
});

describe(`format 1: chains opened before the opening entry existed (${TEST_DIALECT})`, () => {
  const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/parking-v1.json'), 'utf8'));

  it('keeps an archive exported before format 2 verifiable, with the new ballots-list check', () => {
    expect(fixture.format).toBe('gongzhi-consultation/1');
    const r = check(fixture);
    expect(r.code, r.text).toBe(0);
    expect(r.text).toMatch(/warn {2}format 1 \(opened before definitions were sealed\)/);
    expect(r.text).toContain('tally recomputes: 100/');
    const b = structuredClone(fixture);
    b.ballots[0].answers.owner_priority = b.ballots[0].answers.owner_priority === 'agree' ? 'disagree' : 'agree';
    const bad = check(b);
    expect(bad.code).toBe(1);
    expect(bad.text).toMatch(
      new RegExp(
        `ballots list: entry #1 \\(household ${b.ballots[0].householdCode}\\): answers .* differs from the chain's`,
      ),
    );
    const moved = structuredClone(fixture);
    moved.ballots[0].householdCode = '9-9-909';
    expect(check(moved).text).toMatch(/household code "9-9-909" differs from the chain's/);
  });

  it('goes on in format 1 for a chain already open at the migration: ballots, close, gongzhi verify, staff archive; no public archive', async () => {
    // What the migration leaves of a consultation opened before it: chain_format 1, no salts, no opening entry.
    const c = (
      await t.req({ method: 'POST', url: url(), payload: consultationRequests(t).parking(), as: 'staff' })
    ).json();
    await t.req({ method: 'POST', url: url(`/${c.id}/open`), as: 'staff' });
    await t.db.deleteFrom('consultation_entries').where('consultation_id', '=', c.id).execute();
    await t.db
      .updateTable('consultations')
      .set({ chain_format: 1, chain_seq: 0, chain_head: GENESIS })
      .where('id', '=', c.id)
      .execute();
    await t.db.updateTable('consultation_households').set({ salt: null }).where('consultation_id', '=', c.id).execute();

    expect((await vote(c.id, 'resident1')).json().seq).toBe(1);
    const p = (await paper(c.id, 1)).json();
    await t.req({ method: 'POST', url: url(`/${c.id}/ballots/${p.ballotId}/confirm`), as: 'secretary' });
    const first = await t.db
      .selectFrom('consultation_entries')
      .selectAll()
      .where('consultation_id', '=', c.id)
      .where('seq', '=', 1)
      .executeTakeFirstOrThrow();
    expect(first).toMatchObject({ kind: 'ballot', household_id: t.fx.A.households[0] });
    expect(first.data).toMatchObject({ household_code: code(0) });
    await t.req({ method: 'POST', url: url(`/${c.id}/close`), as: 'staff' });

    const lines = await listVerifiers()
      .find((v) => v.name === 'consultations')!
      .fn(t.db);
    expect(lines.filter((l) => l.text.includes(c.id))).toEqual([expect.objectContaining({ ok: true })]);
    const bundle = (await t.req({ method: 'GET', url: url(`/${c.id}/archive`), as: 'staff' })).json();
    expect(bundle.format).toBe('gongzhi-consultation/1');
    const r = check(bundle);
    expect(r.code, r.text).toBe(0);
    expect(r.text).toContain('tally recomputes: 2/9');
    const pubArchive = await t.req({ method: 'GET', url: `/api/public/consultations/${c.id}/archive` });
    expect(pubArchive.statusCode).toBe(409);
    expect(pubArchive.json().error.code).toBe('archive_not_public');
  });

  it('migrates a database holding a draft made before: the draft gets format 1 and opens as format 2', async () => {
    // A database of its own, taken back to before the migration, as an existing installation is at its next start.
    const old = await createTestApp();
    try {
      const migration = await import('../../core/db/migrations/2026-12-02T20-00-consultation-seal');
      await migration.down(old.db as any);
      const cols = await (TEST_DIALECT === 'postgres'
        ? sql<{
            name: string;
          }>`select column_name as name from information_schema.columns where table_name = 'consultations'`.execute(
            old.db,
          )
        : sql<{ name: string }>`select name from pragma_table_info('consultations')`.execute(old.db));
      expect(cols.rows.map((x) => x.name)).not.toContain('chain_format');
      const now = new Date(old.clock.now()).toISOString();
      const draft = {
        id: 'draft-before-migration',
        community_id: old.fx.A.id,
        topic_id: null,
        title: '迁移前的草稿',
        description: '',
        questions: JSON.stringify(consultationRequests(old).parking().questions),
        scope: JSON.stringify({ kind: 'all' }),
        rules: JSON.stringify({ participation: { op: '>=', num: 1, den: 2 }, approval: { op: '>', num: 1, den: 2 } }),
        opens_at: new Date(old.clock.now() - 60_000).toISOString(),
        closes_at: new Date(old.clock.now() + 3600_000).toISOString(),
        status: 'draft',
        eligible_count: null,
        chain_seq: 0,
        chain_head: GENESIS,
        opened_at: null,
        opened_by: null,
        closed_at: null,
        closed_by: null,
        result: null,
        created_by: old.fx.users.staff,
        created_at: now,
        updated_at: now,
      };
      await (old.db as any).insertInto('consultations').values(draft).execute();
      await migration.up(old.db as any);
      const row = await old.db
        .selectFrom('consultations')
        .select(['chain_format'])
        .where('id', '=', draft.id)
        .executeTakeFirstOrThrow();
      expect(Number(row.chain_format)).toBe(1);
      const opened = await old.req({
        method: 'POST',
        url: `/api/communities/${old.fx.A.id}/consultations/${draft.id}/open`,
        as: 'staff',
      });
      expect(opened.statusCode, opened.body).toBe(200);
      const after = await old.db
        .selectFrom('consultations')
        .select(['chain_format', 'chain_seq'])
        .where('id', '=', draft.id)
        .executeTakeFirstOrThrow();
      expect({ format: Number(after.chain_format), seq: Number(after.chain_seq) }).toEqual({ format: 2, seq: 1 });
      const lines = await listVerifiers()
        .find((v) => v.name === 'consultations')!
        .fn(old.db);
      expect(lines).toEqual([expect.objectContaining({ ok: true })]);
    } finally {
      await old.close();
    }
  });
});
