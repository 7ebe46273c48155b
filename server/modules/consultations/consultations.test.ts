import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { runJobsOnce } from '../../core/scheduler';
import { listVerifiers } from '../../core/verify';
import { json } from '../../core/ids';
import { verifyBundle } from './consultations.archive-check';
import { verifyConsultationFile } from './consultations.cli';
import { expectEvery } from '../../testing/expect-every';
import { consultationRequests } from './consultations.test-helpers';

const t = useTestApp();
let A: string;
beforeAll(() => {
  A = t.fx.A.id;
});

const { iso, url, yes, parking, opened, vote, paper } = consultationRequests(t);

describe('drafts and rules', () => {
  it('keeps a draft to staff, fixes rules at opening and snapshots the eligible households', async () => {
    const c = (await t.req({ method: 'POST', url: url(), payload: parking(), as: 'staff' })).json();
    expect(c.status).toBe('draft');
    expect((await t.req({ method: 'GET', url: url(`/${c.id}`), as: 'resident1' })).statusCode).toBe(404);
    const p = await t.req({
      method: 'PATCH',
      url: url(`/${c.id}`),
      payload: { approval: { op: '>=', num: 1, den: 2 } },
      as: 'staff',
    });
    expect(p.json().rules.approval).toEqual({ op: '>=', num: 1, den: 2 });
    const o = await t.req({ method: 'POST', url: url(`/${c.id}/open`), as: 'secretary' });
    expect(o.json()).toMatchObject({ status: 'open', eligibleCount: 9, result: null });
    for (const payload of [
      { approval: { op: '>', num: 1, den: 2 } },
      { closesAt: iso(t.clock.now() + 3600_000) },
      { title: '改个名' },
    ]) {
      const r = await t.req({ method: 'PATCH', url: url(`/${c.id}`), payload, as: 'staff' });
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('rules_fixed');
    }
    expect((await t.req({ method: 'POST', url: url(`/${c.id}/open`), as: 'staff' })).json().error.code).toBe(
      'consultation_already_open',
    );
    // The rules are shown to everyone, residents and the public alike.
    const seen = (await t.req({ method: 'GET', url: url(`/${c.id}`), as: 'resident1' })).json();
    expect(seen.rules).toEqual({ participation: { op: '>=', num: 2, den: 3 }, approval: { op: '>=', num: 1, den: 2 } });
    expect(seen.my).toEqual({ eligible: true, receipt: null });
    expect(
      (await t.req({ method: 'GET', url: `/api/public/consultations/${c.id}` })).json().rules.participation.den,
    ).toBe(3);
  });

  it('refuses bad drafts with clear errors and hides other communities', async () => {
    const bad = [
      parking({ closesAt: iso(t.clock.now() - 3600_000) }),
      parking({ questions: [{ key: 'q', text: '?', options: [{ key: 'a', label: 'A' }] }] }),
      parking({ participation: { op: '>=', num: 3, den: 2 } }),
      { ...parking(), extra: 1 },
    ];
    for (const b of bad)
      expect([400, 422]).toContain((await t.req({ method: 'POST', url: url(), payload: b, as: 'staff' })).statusCode);
    expect((await t.req({ method: 'POST', url: url(), payload: parking(), as: 'committee1' })).statusCode).toBe(403);
    const c = await opened();
    expect((await t.req({ method: 'GET', url: url(`/${c.id}`), as: 'staffB' })).statusCode).toBe(404);
    const cross = await t.req({
      method: 'GET',
      url: `/api/communities/${t.fx.B.id}/consultations/${c.id}`,
      as: 'staffB',
    });
    expect(cross.statusCode).toBe(404);
  });
});

describe('one household, one vote', () => {
  it('takes an online ballot from the representative only, once, and replays an Idempotency-Key', async () => {
    const c = await opened();
    const first = await vote(c.id, 'resident1', yes, 'vote-key-0001');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ seq: 2, status: 'counted', channel: 'online' });
    expect(first.json().hash).toMatch(/^[0-9a-f]{64}$/);
    const replay = await vote(c.id, 'resident1', yes, 'vote-key-0001');
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    const again = await vote(c.id, 'resident1', { free_time: 'h2', priority: 'disagree' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'already_voted', message: expect.stringContaining('一户一票') });
    const nonRep = await vote(c.id, 'resident1b');
    expect(nonRep.statusCode).toBe(403);
    expect(nonRep.json().error.code).toBe('not_representative');
    expect((await vote(c.id, 'staff')).statusCode).toBe(403);
    const badAnswers = await vote(c.id, 'resident2', { free_time: 'h3' });
    expect(badAnswers.statusCode).toBe(422);
    expect(badAnswers.json().error.code).toBe('invalid_answers');
    const mine = (await t.req({ method: 'GET', url: url(`/${c.id}`), as: 'resident1' })).json();
    expect(mine.my.receipt).toEqual(first.json());
  });

  it('takes paper ballots with a form number, confirmed by a second, different staff member', async () => {
    const c = await opened();
    const noForm = await paper(c.id, 1, 'staff', { formNumber: undefined });
    expect(noForm.statusCode).toBe(422);
    expect(noForm.json().error.code).toBe('form_number_required');
    const p = await paper(c.id, 1);
    expect(p.statusCode).toBe(201);
    expect(p.json().status).toBe('pending');
    const pending = (await t.req({ method: 'GET', url: url(`/${c.id}/pending`), as: 'secretary' })).json().items;
    expect(pending).toEqual([
      expect.objectContaining({ householdCode: '1-1-102', formNumber: 'DB-1', answers: yes, kind: 'ballot' }),
    ]);
    const self = await t.req({
      method: 'POST',
      url: url(`/${c.id}/ballots/${p.json().ballotId}/confirm`),
      as: 'staff',
    });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('same_person_confirm');
    const ok = await t.req({
      method: 'POST',
      url: url(`/${c.id}/ballots/${p.json().ballotId}/confirm`),
      as: 'secretary',
    });
    expect(ok.json()).toMatchObject({ status: 'counted' });
    // The eligible list names the counted ballot, so the page can offer its correction.
    const listed = (await t.req({ method: 'GET', url: url(`/${c.id}/eligible`), as: 'staff' })).json();
    expect(listed.items.find((h: { code: string }) => h.code === '1-1-102').ballot).toEqual({
      id: p.json().ballotId,
      status: 'counted',
      channel: 'paper',
    });
    expect(
      (
        await t.req({ method: 'POST', url: url(`/${c.id}/ballots/${p.json().ballotId}/confirm`), as: 'secretary' })
      ).json().error.code,
    ).toBe('ballot_not_pending');
    // A second ballot for the household is refused whatever the channel.
    expect((await paper(c.id, 1, 'secretary', { formNumber: 'DB-1b' })).json().error.code).toBe('already_voted');
    expect((await vote(c.id, 'resident1')).statusCode).toBe(201);
    expect((await paper(c.id, 0)).json().error.code).toBe('already_voted');
    // A correction is a new, reasoned entry and needs confirming again.
    const corr = await t.req({
      method: 'POST',
      url: url(`/${c.id}/ballots/${p.json().ballotId}/corrections`),
      payload: { answers: { free_time: 'h2', priority: 'abstain' }, reason: '录入时看错了表单' },
      as: 'secretary',
    });
    expect(corr.json()).toMatchObject({ status: 'pending' });
    expect(
      (await t.req({ method: 'POST', url: url(`/${c.id}/ballots/${p.json().ballotId}/confirm`), as: 'secretary' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await t.req({ method: 'POST', url: url(`/${c.id}/ballots/${p.json().ballotId}/confirm`), as: 'staff' }))
        .statusCode,
    ).toBe(200);
    // The household's first receipt still checks out, and says it was superseded by the correction.
    const receipt = (hash: string) =>
      t.req({ method: 'GET', url: `/api/public/consultations/${c.id}/receipts/${hash}` });
    expect((await receipt(p.json().hash)).json()).toMatchObject({
      kind: 'ballot',
      intact: true,
      superseded: true,
      counted: false,
    });
    expect((await receipt(corr.json().hash)).json()).toMatchObject({
      kind: 'correction',
      intact: true,
      superseded: false,
      counted: true,
    });
    const noReason = await t.req({
      method: 'POST',
      url: url(`/${c.id}/ballots/${p.json().ballotId}/corrections`),
      payload: { answers: yes },
      as: 'staff',
    });
    expect(noReason.statusCode).toBe(400);
  });

  it('refuses ballots before opening, after closing and from outside the eligible set', async () => {
    const later = await opened({ opensAt: iso(t.clock.now() + 3600_000) });
    expect((await vote(later.id, 'resident1')).json().error.code).toBe('voting_not_started');
    const dongbei = await opened({ scope: { kind: 'estates', ids: [t.fx.A.estates[1]] } });
    expect(dongbei.eligibleCount).toBe(3);
    const out = await vote(dongbei.id, 'resident1');
    expect(out.statusCode).toBe(422);
    expect(out.json().error.code).toBe('household_not_eligible');
    expect((await vote(dongbei.id, 'resident3')).statusCode).toBe(201);
    expect((await paper(dongbei.id, 2)).json().error.code).toBe('household_not_eligible');
    // Car owners: a tag on any member of the household.
    await t.db
      .insertInto('resident_tags')
      .values({ resident_id: t.fx.residents.resident1b, community_id: A, tag: 'car_owner' })
      .execute();
    const cars = await opened({ scope: { kind: 'tag', tag: 'car_owner' } });
    expect(cars.eligibleCount).toBe(1);
    expect((await vote(cars.id, 'resident1')).statusCode).toBe(201);
    expect((await vote(cars.id, 'resident2')).json().error.code).toBe('household_not_eligible');
    const short = await opened({ closesAt: iso(t.clock.now() + 60_000) });
    t.clock.advance(61_000);
    expect((await vote(short.id, 'resident2')).json().error.code).toBe('consultation_closed');
    expect((await paper(short.id, 3)).json().error.code).toBe('consultation_closed');
  });

  it('lets one of an online and a paper ballot for the same household through when both arrive at once', async () => {
    const c = await opened();
    const [a, b] = await Promise.all([vote(c.id, 'resident2'), paper(c.id, 4)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const rows = await t.db
      .selectFrom('consultation_ballots')
      .selectAll()
      .where('consultation_id', '=', c.id)
      .execute();
    expect(rows).toHaveLength(1);
  });
});

describe('hidden tallies, closing and publication', () => {
  let c: any;
  let receipt: any;
  beforeAll(async () => {
    c = await opened({ closesAt: iso(t.clock.now() + 60_000) });
    receipt = (await vote(c.id, 'resident1')).json();
    await vote(c.id, 'resident2', { free_time: 'm30', priority: 'disagree' });
    await vote(c.id, 'resident3');
    for (const hh of [1, 2, 3]) await paper(c.id, hh);
    for (const b of (await t.req({ method: 'GET', url: url(`/${c.id}/pending`), as: 'secretary' }))
      .json()
      .items.slice(0, 2)) {
      await t.req({ method: 'POST', url: url(`/${c.id}/ballots/${b.ballotId}/confirm`), as: 'secretary' });
    }
  });

  it('shows nobody the answers while open, not even staff or the audit trail', async () => {
    const staffView = (await t.req({ method: 'GET', url: url(`/${c.id}`), as: 'staff' })).json();
    expect(staffView.result).toBeNull();
    expect(staffView.progress).toEqual({ counted: 5, pending: 1 });
    expect((await t.req({ method: 'GET', url: url(`/${c.id}`), as: 'resident1' })).json().progress).toBeNull();
    const eligible = (await t.req({ method: 'GET', url: url(`/${c.id}/eligible`), as: 'staff' })).json();
    expect(eligible.total).toBe(9);
    expect(JSON.stringify(eligible)).not.toMatch(/agree|m30/);
    const audit = await t.db.selectFrom('audit_events').select('after').where('entity_id', '=', c.id).execute();
    expect(JSON.stringify(audit)).not.toMatch(/agree|m30/);
    expect((await t.req({ method: 'GET', url: `/api/public/consultations/${c.id}` })).json().result).toBeNull();
    expect((await t.req({ method: 'GET', url: url(`/${c.id}/archive`), as: 'staff' })).json().error.code).toBe(
      'consultation_not_closed',
    );
  });

  it('closes itself at its closing time exactly once, even when several servers run the job at once', async () => {
    t.clock.advance(61_000);
    await Promise.all([
      runJobsOnce(t.app.ctx, 'consultations.close-due'),
      runJobsOnce(t.app.ctx, 'consultations.close-due'),
      runJobsOnce(t.app.ctx, 'consultations.close-due'),
    ]);
    const closes = await t.db
      .selectFrom('consultation_entries')
      .select('seq')
      .where('consultation_id', '=', c.id)
      .where('kind', '=', 'close')
      .execute();
    expect(closes).toHaveLength(1);
    const audit = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('entity_id', '=', c.id)
      .where('action', '=', 'consultations.close')
      .execute();
    expect(audit).toHaveLength(1);
    const view = (await t.req({ method: 'GET', url: url(`/${c.id}`), as: 'resident1' })).json();
    expect(view.status).toBe('closed');
    expect(view.result.closedBy).toBe('schedule');
    expect(view.result.tally).toMatchObject({
      eligible: 9,
      participants: 5,
      pending: 1,
      participationMet: false,
      passed: false,
      byChannel: { online: 3, paper: 2 },
      questions: [
        { key: 'free_time', counts: { h2: 0, m30: 5 }, leading: 'm30', approvals: 5, passed: true },
        { key: 'priority', counts: { agree: 4, disagree: 1, abstain: 0 }, approvals: 4, passed: true },
      ],
    });
    expect((await t.req({ method: 'POST', url: url(`/${c.id}/close`), as: 'staff' })).json().error.code).toBe(
      'consultation_closed',
    );
    const pub = (await t.req({ method: 'GET', url: `/api/public/consultations/${c.id}` })).json();
    expect(pub.result.chainHead).toBe(view.result.chainHead);
  });

  it('lets anyone check a receipt without signing in, with no personal data', async () => {
    const r = await t.req({ method: 'GET', url: `/api/public/consultations/${c.id}/receipts/${receipt.hash}` });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      seq: 2,
      kind: 'ballot',
      intact: true,
      counted: true,
      superseded: false,
      consultationStatus: 'closed',
    });
    // Once closed the household sees what its entry recorded, and the published head it leads to; never a name or a code.
    expect(r.json()).toMatchObject({
      answers: yes,
      channel: 'online',
      chainHead: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(r.body).not.toMatch(/1-1-101|居民|resident1/);
    expect(
      (await t.req({ method: 'GET', url: `/api/public/consultations/${c.id}/receipts/${'0'.repeat(64)}` })).json().error
        .code,
    ).toBe('receipt_not_found');
  });

  it('exports an archive that recomputes from the file alone, and notices a forged file', async () => {
    expect((await t.req({ method: 'GET', url: url(`/${c.id}/archive`), as: 'resident1' })).statusCode).toBe(403);
    const res = await t.req({ method: 'GET', url: url(`/${c.id}/archive`), as: 'staff' });
    expect(res.statusCode).toBe(200);
    const bundle = res.json();
    expect(bundle).toMatchObject({ format: 'gongzhi-consultation/2', view: 'staff' });
    expect(bundle.eligible).toHaveLength(9);
    expect(bundle.ballots.find((b: any) => b.channel === 'paper' && b.status === 'counted')).toMatchObject({
      enteredBy: 's****',
      confirmedBy: 's********',
      formNumber: expect.stringMatching(/^DB-/),
    });
    expect(bundle.eligible.find((e: any) => e.code === '1-1-101').representative).toBe('居' + '*'.repeat(10));
    expect(bundle.chainCheck).toMatchObject({ ok: true, entries: 10 });
    expect(verifyBundle(bundle).ok).toBe(true);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-bundle-'));
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, res.body);
    const lines: string[] = [];
    expect(verifyConsultationFile([good], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toContain('tally recomputes: 5/9');

    const forged = structuredClone(bundle);
    forged.entries[2].data.answers.priority = 'agree';
    const fl: string[] = [];
    fs.writeFileSync(path.join(dir, 'forged.json'), JSON.stringify(forged));
    expect(verifyConsultationFile([path.join(dir, 'forged.json')], (l) => fl.push(l))).toBe(1);
    expect(fl.join('\n')).toMatch(/chain broken at entry #3 \(household 1-2-102\): content does not match its hash/);

    const inflated = structuredClone(bundle);
    inflated.result.tally.passed = true;
    expect(verifyBundle(inflated).lines.join('\n')).toMatch(
      /published tally differs from the recomputed one: passed true \(recomputed false\)/,
    );

    // Through the real command, as someone holding the file would run it.
    const cli = spawnSync(process.execPath, ['bin/gongzhi.mjs', 'verify-consultation', good], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('The bundle verifies');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives a printable report with a QR code to the public copy', async () => {
    const r = (await t.req({ method: 'GET', url: url(`/${c.id}/report`), as: 'staff' })).json();
    expect(r.qrSvg).toContain('<svg');
    expect(r.publicUrl).toContain(`/p/consultations/${c.id}`);
    // The posted notice names no household: turnout by building, the seal and the head.
    expect(r.turnout).toMatchObject({ eligible: 9, counted: 5, pending: 1 });
    expect(r.sealHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.chainFormat).toBe(2);
    expect(r.body ?? JSON.stringify(r)).not.toMatch(/1-1-10\d/);
  });
});

describe('gongzhi verify', () => {
  const consultationVerifier = () =>
    listVerifiers()
      .find((v) => v.name === 'consultations')!
      .fn(t.db);

  it('names the ballot whose row was altered in the database, and the entry whose content was', async () => {
    const c = await opened();
    await vote(c.id, 'resident1');
    const r2 = (await vote(c.id, 'resident2')).json();
    await vote(c.id, 'resident3');
    expectEvery(await consultationVerifier(), (l) => l.ok, 'consultation checks');

    await t.db
      .updateTable('consultation_ballots')
      .set({ answers: json({ free_time: 'h2', priority: 'disagree' }) })
      .where('id', '=', r2.ballotId)
      .execute();
    const lines = (await consultationVerifier()).filter((l) => !l.ok);
    expect(lines).toHaveLength(1);
    expect(lines[0].text).toContain(`ballot ${r2.ballotId} (entry #3, household 1-2-102)`);

    // The real command, against this database, exits 1 and names it too.
    const env = {
      ...process.env,
      LOG_LEVEL: 'silent',
      GONGZHI_DATA_DIR: t.testDb.dataDir,
      DATABASE_URL: TEST_DIALECT === 'postgres' ? t.testDb.url : '',
      GONGZHI_SECRET_KEY: 'test-secret-key-for-gongzhi-tests',
    };
    const cli = spawnSync(process.execPath, ['bin/gongzhi.mjs', 'verify'], { encoding: 'utf8', env });
    expect(cli.status, cli.stderr).toBe(1);
    expect(cli.stdout).toMatch(new RegExp(`FAIL.*ballot ${r2.ballotId}`));

    await t.db
      .updateTable('consultation_ballots')
      .set({ answers: json(yes) })
      .where('id', '=', r2.ballotId)
      .execute();
    const e3 = await t.db
      .selectFrom('consultation_entries')
      .select('data')
      .where('consultation_id', '=', c.id)
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('consultation_entries')
      .set({ data: json({ ...e3.data, answers: { free_time: 'h2', priority: 'agree' } }) })
      .where('consultation_id', '=', c.id)
      .where('seq', '=', 3)
      .execute();
    const broken = (await consultationVerifier()).filter((l) => !l.ok);
    expect(broken[0].text).toContain(
      `broken at entry #3 (household 1-2-102, ballot ${r2.ballotId}): content does not match its hash`,
    );
  });
});
