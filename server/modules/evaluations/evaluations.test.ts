import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../testing/harness';
import { runJobsOnce } from '../../core/scheduler';
import { grantRole, revokeRole } from '../org/accounts.service';
import { freshReq, multipart, pngOf, report } from '../tickets/tickets.test-helpers';
import { evaluationRequests } from './evaluations.test-helpers';
import { computeResult, quarterBounds, quarterOf } from './evaluations.result';
import { DEFAULT_RUBRIC } from '../../../contract/evaluations';

let t: TestApp;
let e: ReturnType<typeof evaluationRequests>;
let companyId: string;

beforeAll(async () => {
  t = await createTestApp();
  e = evaluationRequests(t);
  companyId = await e.company();
});
afterAll(() => t.close());

describe('quarters and results (pure)', () => {
  it('bounds a quarter in Shanghai time and names the quarter of an instant', () => {
    expect(quarterBounds('2026-Q4')).toEqual({ from: '2026-09-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
    expect(quarterOf(Date.parse('2026-09-30T16:30:00Z'))).toBe('2026-Q4');
    expect(quarterOf(Date.parse('2026-09-30T15:30:00Z'))).toBe('2026-Q3');
  });
  it('weights the item means; an absent member is left out, not counted as zero', () => {
    const items = DEFAULT_RUBRIC.map((i) => ({ ...i }));
    const all = (n: number) => Object.fromEntries(items.map((i) => [i.key, { score: n, comment: '' }]));
    const r = computeResult(items, 3, [{ ...all(90), cleaning: { score: 60, comment: '垃圾房没清' } }, all(80)]);
    expect(r).toMatchObject({ members: 3, scored: 2, absent: 1 });
    expect(r.items[0]).toMatchObject({
      key: 'cleaning',
      mean: 70,
      min: 60,
      max: 80,
      spread: 20,
      comments: ['垃圾房没清'],
    });
    // (20·70 + 80·85) / 100 = 82
    expect(r.score).toBe(82);
  });
});

describe('rubric', () => {
  it('starts from the defaults, refuses weights that do not add up to 100, and versions once a round used it', async () => {
    const r0 = await e.ok(t.req({ method: 'GET', url: `${e.C}/evaluation-rubric`, as: 'committee1' }));
    expect(r0.version).toBe(0);
    expect(r0.items.map((i: { weight: number }) => i.weight)).toEqual([20, 15, 20, 20, 15, 10]);
    const bad = await t.req({
      method: 'PUT',
      url: `${e.C}/evaluation-rubric`,
      as: 'staff',
      payload: { items: r0.items.map((i: object) => ({ ...i, weight: 10 })) },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('rubric_weights');
    const dup = await t.req({
      method: 'PUT',
      url: `${e.C}/evaluation-rubric`,
      as: 'staff',
      payload: {
        items: [
          { ...r0.items[0], weight: 50 },
          { ...r0.items[0], weight: 50 },
        ],
      },
    });
    expect(dup.json().error.code).toBe('rubric_keys');
    expect(
      (await t.req({ method: 'PUT', url: `${e.C}/evaluation-rubric`, as: 'committee1', payload: { items: r0.items } }))
        .statusCode,
    ).toBe(403);
    const v1 = await e.ok(
      t.req({ method: 'PUT', url: `${e.C}/evaluation-rubric`, as: 'staff', payload: { items: r0.items } }),
    );
    expect(v1).toMatchObject({ version: 1, frozen: false });
    // Saving again before any round changes version 1 in place.
    expect(
      (await e.ok(t.req({ method: 'PUT', url: `${e.C}/evaluation-rubric`, as: 'staff', payload: { items: r0.items } })))
        .version,
    ).toBe(1);
  });
});

describe('a round', () => {
  let roundId: string;

  it('opens once per company, estate and quarter, for a property company only', async () => {
    const res = await e.open(companyId);
    expect(res.statusCode, res.body).toBe(201);
    roundId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'open', members: 2, scored: 0, rubric: { version: 1 } });
    const again = await e.open(companyId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('round_exists');
    const partner = await e.company('松江电信东部片区党支部', 'partner_unit');
    expect((await e.open(partner, { estateId: t.fx.A.estates[1] })).json().error.code).toBe('company_not_found');
    expect((await e.open(companyId, { estateId: t.fx.B.estates[0] })).json().error.code).toBe('estate_not_found');
    expect(
      (await e.open(companyId, { estateId: t.fx.A.estates[1], deadlineAt: e.iso(t.clock.now() - 1000) })).json().error
        .code,
    ).toBe('invalid_deadline');
  });

  it('froze the rubric: a change now makes version 2 and the open round keeps version 1', async () => {
    const r = await e.ok(t.req({ method: 'GET', url: `${e.C}/evaluation-rubric`, as: 'staff' }));
    expect(r.frozen).toBe(true);
    const items = r.items.map((i: { key: string; weight: number }) => ({
      ...i,
      weight: i.key === 'cleaning' ? 25 : i.key === 'presence' ? 5 : i.weight,
    }));
    expect(
      (await e.ok(t.req({ method: 'PUT', url: `${e.C}/evaluation-rubric`, as: 'staff', payload: { items } }))).version,
    ).toBe(2);
    expect((await e.ok(e.get(roundId))).rubric.version).toBe(1);
  });

  it('refuses a bad sheet, a non-committee scorer and a committee member named after the opening — and changes nothing', async () => {
    const before = await e.snapshot();
    const out = await e.score(roundId, 'committee1', e.sheet(80, { repairs: { score: 101, comment: '' } }));
    expect(out.statusCode).toBe(422);
    expect(out.json().error).toMatchObject({ code: 'invalid_scores', details: [{ path: 'items.repairs.score' }] });
    expect((await e.score(roundId, 'committee1', e.sheet(-1))).json().error.code).toBe('invalid_scores');
    expect((await e.score(roundId, 'committee1', e.sheet(80.5))).json().error.code).toBe('invalid_scores');
    expect(
      (await e.score(roundId, 'committee1', { items: { cleaning: { score: 80, comment: '' } } })).json().error.code,
    ).toBe('invalid_scores');
    expect(
      (await e.score(roundId, 'committee1', e.sheet(80, { extra: { score: 1, comment: '' } }))).json().error.code,
    ).toBe('invalid_scores');
    expect((await e.score(roundId, 'staff')).statusCode).toBe(403);
    expect((await e.score(roundId, 'property')).statusCode).toBe(403);
    expect((await e.score(roundId, 'staffB')).statusCode).toBe(404);
    await t.db.transaction().execute((trx) => grantRole(trx, t.fx.users.leader2, t.fx.A.id, 'committee', null));
    const late = await e.score(roundId, 'leader2');
    expect(late.statusCode).toBe(403);
    expect(late.json().error.code).toBe('not_round_member');
    expect(await e.snapshot()).toEqual(before);
    await t.db.transaction().execute((trx) => revokeRole(trx, t.fx.users.leader2, t.fx.A.id, 'committee', null));
  });

  it('keeps each sheet to its member before the close, and a sheet cannot be given twice', async () => {
    const first = await e.score(roundId, 'committee1', e.sheet(90));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'open',
      scored: 1,
      mySheet: { cleaning: { score: 90 } },
      result: null,
    });
    const other = await e.ok(e.get(roundId, 'committee2'));
    expect(other).toMatchObject({ mySheet: null, result: null, myTurn: true, isMember: true });
    const staffView = await e.ok(e.get(roundId));
    expect(staffView.mySheet).toBeNull();
    expect(staffView.progress.filter((p: { scored: boolean }) => p.scored)).toHaveLength(1);
    expect(JSON.stringify(staffView)).not.toContain('楼道干净');
    const before = await e.snapshot();
    const twice = await e.score(roundId, 'committee1', e.sheet(10));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_scored');
    expect(await e.snapshot()).toEqual(before);
  });

  it('closes when the last member scores: weighted result, spread, ticket figures of the quarter', async () => {
    await report(t, 'resident1', { buildingId: t.fx.A.buildings[0] });
    const last = await e.score(
      roundId,
      'committee2',
      e.sheet(70, { cleaning: { score: 60, comment: '垃圾房旁边垃圾堆了两天' } }),
    );
    expect(last.statusCode, last.body).toBe(200);
    const r = last.json();
    expect(r).toMatchObject({ status: 'closed', closedReason: 'all_scored', scored: 2 });
    expect(r.result).toMatchObject({ members: 2, scored: 2, absent: 0 });
    expect(r.result.items[0]).toMatchObject({ key: 'cleaning', mean: 75, min: 60, max: 90, spread: 30 });
    // (20·75 + 80·80) / 100 = 79
    expect(r.result.score).toBe(79);
    expect(r.figures.tickets).toBe(1);
    const after = await e.score(roundId, 'committee1', e.sheet(50));
    expect(after.json().error.code).toBe('evaluation_closed');
  });

  it('publishes the closed round without names or comments', async () => {
    const pub = await t.req({ method: 'GET', url: `/api/public/evaluations/${roundId}` });
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({
      quarter: e.quarter,
      companyName: '上海泾桥物业服务有限公司',
      result: { score: 79 },
    });
    for (const secret of ['committee1', 'committee2', '垃圾房旁边', '楼道干净', t.fx.users.committee1])
      expect(pub.body).not.toContain(secret);
    const trend = await e.ok(t.req({ method: 'GET', url: `${e.url('/trend')}`, as: 'resident1' }));
    expect(trend.items).toEqual([expect.objectContaining({ roundId, score: 79 })]);
  });

  it('tracks a rectification to done with a photo, and carries it into the next round', async () => {
    const add = (as: string, body: Record<string, unknown>) =>
      t.req({ method: 'POST', url: e.url(`/${roundId}/rectifications`), as, payload: body });
    const item = await add('committee1', {
      itemKey: 'cleaning',
      title: '垃圾房日产日清',
      detail: '垃圾房旁边堆放两天',
      dueDate: '2027-01-31',
    });
    expect(item.statusCode, item.body).toBe(201);
    expect((await add('committee1', { itemKey: 'nope', title: 'x', dueDate: '2027-01-31' })).json().error.code).toBe(
      'unknown_item',
    );
    expect((await add('property', { title: 'x', dueDate: '2027-01-31' })).statusCode).toBe(403);
    const id = item.json().id;
    const R = `${e.C}/rectifications/${id}`;
    const noPhoto = await t.req({ method: 'POST', url: `${R}/done`, as: 'property', payload: { note: '已清理' } });
    expect(noPhoto.json().error.code).toBe('photo_required');
    expect(
      (
        await t.req({
          method: 'POST',
          url: `${R}/photos`,
          as: 'committee1',
          ...multipart(undefined, [{ type: 'image/png', body: await pngOf() }]),
        })
      ).statusCode,
    ).toBe(403);
    const bad = await t.req({
      method: 'POST',
      url: `${R}/photos`,
      as: 'property',
      ...multipart(undefined, [{ type: 'image/png', body: Buffer.from('not a picture at all') }]),
    });
    expect(bad.json().error.code).toBe('invalid_image');
    const up = await t.req({
      method: 'POST',
      url: `${R}/photos`,
      as: 'property',
      ...multipart(undefined, [{ type: 'image/png', body: await pngOf() }]),
    });
    expect(up.statusCode, up.body).toBe(200);
    const photo = await t.req({
      method: 'GET',
      url: `${R}/photos/${up.json().photos[0].id}?size=thumb`,
      as: 'committee2',
    });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const done = await t.req({
      method: 'POST',
      url: `${R}/done`,
      as: 'property',
      payload: { note: '已清理并安排每日清运' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', doneNote: '已清理并安排每日清运' });
    expect(
      (await t.req({ method: 'POST', url: `${R}/done`, as: 'property', payload: { note: '再次' } })).json().error.code,
    ).toBe('rectification_done');
    expect((await t.req({ method: 'GET', url: `/api/public/evaluations/${roundId}` })).json().rectifications).toEqual([
      expect.objectContaining({ title: '垃圾房日产日清', status: 'done' }),
    ]);

    const [y, q] = e.quarter.split('-Q').map(Number);
    const nextQuarter = q === 4 ? `${y + 1}-Q1` : `${y}-Q${q + 1}`;
    const next = await e.ok(
      e.open(companyId, {
        quarter: nextQuarter,
        deadlineAt: e.iso(Date.parse(quarterBounds(nextQuarter).to) + 86_400_000),
      }),
    );
    expect(next.rubric.version).toBe(2);
    expect(next.carried).toEqual([expect.objectContaining({ id, status: 'done' })]);
  });

  it('exports closed rounds as .xlsx with text kept as text', async () => {
    const planted = await e.company('=HYPERLINK("http://evil.example","物业")');
    const id = (await e.ok(e.open(planted, { estateId: t.fx.A.estates[1] }))).id;
    await e.ok(e.score(id, 'committee1'));
    await e.ok(e.score(id, 'committee2'));
    const res = await t.req({ method: 'GET', url: e.url('/export.xlsx'), as: 'staff' });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('物业考评')!;
    expect(ws.rowCount).toBe(3);
    const companies = [ws.getRow(2).getCell(4).value, ws.getRow(3).getCell(4).value];
    expect(companies).toContain('\'=HYPERLINK("http://evil.example","物业")');
    expect((await t.req({ method: 'GET', url: e.url('/export.xlsx'), as: 'committee1' })).statusCode).toBe(403);
  });
});

describe('races', () => {
  it('a sheet sent twice at once is counted once', async () => {
    const c = await e.company('并发物业');
    const id = (await e.ok(e.open(c, { estateId: t.fx.A.estates[1] }))).id;
    const before = (
      await t.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    const res = await Promise.all([e.score(id, 'committee1', e.sheet(88)), e.score(id, 'committee1', e.sheet(66))]);
    expect(res.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(res.find((r) => r.statusCode === 409)!.json().error.code).toBe('already_scored');
    const sheets = await t.db.selectFrom('evaluation_sheets').selectAll().where('round_id', '=', id).execute();
    expect(sheets).toHaveLength(1);
    const after = (
      await t.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    expect(Number(after) - Number(before)).toBe(1);
  });

  it('two staff opening the same round at once: one round', async () => {
    const c = await e.company('同时发起物业');
    const res = await Promise.all([e.open(c), e.open(c)]);
    expect(res.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('the last sheet and the deadline job at once: closed once, by one of them', async () => {
    const c = await e.company('截止竞争物业');
    const id = (await e.ok(e.open(c, { deadlineAt: e.iso(t.clock.now() + 60_000) }))).id;
    await e.ok(e.score(id, 'committee1'));
    // Not yet due: the job leaves it open.
    await runJobsOnce(t.app.ctx, 'evaluations.close-due');
    expect((await e.ok(e.get(id))).status).toBe('open');
    const closes = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('entity_id', '=', id)
      .where('action', '=', 'evaluations.close')
      .execute();
    expect(closes).toHaveLength(0);
    const [sheet] = await Promise.all([e.score(id, 'committee2'), runJobsOnce(t.app.ctx, 'evaluations.close-due')]);
    expect(sheet.statusCode).toBe(200);
    expect(
      await t.db
        .selectFrom('audit_events')
        .select('id')
        .where('entity_id', '=', id)
        .where('action', '=', 'evaluations.close')
        .execute(),
    ).toHaveLength(1);
  });
});

describe('the town view', () => {
  it('shows the platform admin the latest closed round of each company and estate; anyone else is told there is no such town', async () => {
    const res = await t.req({ method: 'GET', url: `/api/towns/${t.fx.townId}/evaluations`, as: 'admin' });
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json().items.filter((i: { companyName: string }) => i.companyName === '上海泾桥物业服务有限公司');
    expect(mine).toEqual([
      expect.objectContaining({
        communityName: '砖桥居民区',
        estateName: '嘉和景苑',
        quarter: e.quarter,
        score: 79,
        previousScore: null,
      }),
    ]);
    expect((await t.req({ method: 'GET', url: `/api/towns/${t.fx.townId}/evaluations`, as: 'staff' })).statusCode).toBe(
      404,
    );
    expect((await t.req({ method: 'GET', url: '/api/towns/nope/evaluations', as: 'admin' })).statusCode).toBe(404);
  });
});

// Moves the clock: last in the file (sessions expire).
describe('the deadline', () => {
  it('closes the round at its deadline; members who did not score are absent, not zero', async () => {
    const c = await e.company('截止物业');
    const id = (await e.ok(e.open(c, { deadlineAt: e.iso(t.clock.now() + 3 * 86_400_000) }))).id;
    await e.ok(e.score(id, 'committee1', e.sheet(84)));
    t.clock.advance(3 * 86_400_000 + 1000);
    const late = await freshReq(t, 'committee2', { method: 'POST', url: e.url(`/${id}/scores`), payload: e.sheet(20) });
    expect(late.json().error.code).toBe('evaluation_closed');
    await runJobsOnce(t.app.ctx, 'evaluations.close-due');
    const r = (await freshReq(t, 'staff', { method: 'GET', url: e.url(`/${id}`) })).json();
    expect(r).toMatchObject({
      status: 'closed',
      closedReason: 'deadline',
      result: { members: 2, scored: 1, absent: 1, score: 84 },
    });
  });
});
