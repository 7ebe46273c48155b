import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { fingerprint, tablesOf } from '../../testing/fingerprint';
import { runJobsOnce } from '../../core/scheduler';
import { multipart, pngOf } from '../tickets/tickets.test-helpers';

const t = useTestApp();
let A: string;
const api = (p: string) => `/api/communities/${A}${p}`;
const H = 3_600_000;

/** Fee list used throughout: prices in fen. */
const FEE = [
  { code: 'FS-01', name: '屋面防水层修补', unit: '平方米', unitPriceFen: 18_000, standardHours: 0.5 },
  { code: 'GD-01', name: '楼道给水管接头更换', unit: '处', unitPriceFen: 8_000, standardHours: 1 },
];
let feeIds: Record<string, string>;

async function ok(res: { statusCode: number; body: string; json(): any }, code = 200) {
  expect(res.statusCode, res.body).toBe(code);
  return res.json();
}
const wo = (id: string, rest = '') => api(`/work-orders/${id}${rest}`);
async function leakTicket(as = 'resident1') {
  return (
    await ok(
      await t.req({
        method: 'POST',
        url: api('/tickets'),
        as,
        payload: {
          title: '楼道水管漏水',
          description: '二楼楼道水管接头一直滴水，地上很滑',
          locationKind: 'building',
          buildingId: t.fx.A.buildings[0],
        },
      }),
      201,
    )
  ).id as string;
}
async function order(over: Record<string, unknown> = {}) {
  return (
    await ok(
      await t.req({
        method: 'POST',
        url: api('/work-orders'),
        as: 'staff',
        payload: {
          title: '屋面渗水',
          source: 'inspection',
          location: '1号楼屋面',
          fundingSource: 'emergency',
          ...over,
        },
      }),
      201,
    )
  ).id as string;
}
const quote = (id: string, items: Array<[string, number]>, as = 'property') =>
  t.req({
    method: 'PUT',
    url: wo(id, '/quote'),
    as,
    payload: { items: items.map(([feeItemId, quantity]) => ({ feeItemId, quantity })) },
  });
const complete = async (id: string) =>
  t.req({
    method: 'POST',
    url: wo(id, '/complete'),
    as: 'property',
    ...multipart({ note: '已修复，现场照片见附件' }, [{ name: 'p.png', type: 'image/png', body: await pngOf() }]),
  });
const fund = async (kind = 'emergency') =>
  await ok(await t.req({ method: 'GET', url: api(`/funds/${kind}`), as: 'staff' }));

beforeAll(async () => {
  A = t.fx.A.id;
  const list = await ok(
    await t.req({
      method: 'PUT',
      url: api('/fee-list'),
      as: 'staff',
      payload: { items: FEE, note: '与专业维修机构议定' },
    }),
  );
  expect(list.version).toBe(1);
  feeIds = Object.fromEntries(list.items.map((i: { code: string; id: string }) => [i.code, i.id]));
});

describe(`a leak ticket becomes a work order, paid from the emergency fund (${TEST_DIALECT})`, () => {
  let ticket: string;
  let id: string;

  it('escalates the ticket into a linked work order the reporter can follow', async () => {
    ticket = await leakTicket();
    const made = await ok(
      await t.req({
        method: 'POST',
        url: api('/work-orders'),
        as: 'staff',
        payload: {
          title: '楼道水管漏水',
          source: 'ticket',
          sourceId: ticket,
          location: '1号楼二楼楼道',
          fundingSource: 'emergency',
        },
      }),
      201,
    );
    id = made.id;
    expect(made.number).toMatch(/^WX\d{4}0001$/);
    const onTicket = await ok(await t.req({ method: 'GET', url: api(`/tickets/${ticket}`), as: 'staff' }));
    expect(JSON.stringify(onTicket)).toContain(made.number);
    // The reporter sees it (to accept later); another resident does not.
    expect(
      (await ok(await t.req({ method: 'GET', url: api('/work-orders'), as: 'resident1' }))).items.map(
        (w: { id: string }) => w.id,
      ),
    ).toEqual([id]);
    expect((await ok(await t.req({ method: 'GET', url: api('/work-orders'), as: 'resident2' }))).items).toEqual([]);
    expect((await t.req({ method: 'GET', url: wo(id), as: 'resident2' })).statusCode).toBe(404);
    // A ticket source needs the ticket, and a ticket of another community is not found.
    expect(
      (
        await t.req({
          method: 'POST',
          url: api('/work-orders'),
          as: 'staff',
          payload: { title: 'x', source: 'ticket', location: 'y' },
        })
      ).json().error.code,
    ).toBe('source_required');
    expect(
      (
        await t.req({
          method: 'POST',
          url: api('/work-orders'),
          as: 'staff',
          payload: { title: 'x', source: 'topic', sourceId: 'nope', location: 'y' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses a quote item that is not on the fee list, changing nothing', async () => {
    await t.req({ method: 'GET', url: api('/fee-list'), as: 'property' }); // signed in before the fingerprint
    const tables = await tablesOf(t.db);
    const before = await fingerprint(t.db, tables);
    const bad = await quote(id, [
      [feeIds['FS-01'], 10],
      ['not-a-fee-item', 1],
    ]);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ code: 'not_on_fee_list', details: { feeItemIds: ['not-a-fee-item'] } });
    expect(await fingerprint(t.db, tables)).toEqual(before);
  });

  it('quotes from the fee list in integer fen, and needs two different signers above the threshold before work starts', async () => {
    const q = await ok(
      await quote(id, [
        [feeIds['FS-01'], 12.5],
        [feeIds['GD-01'], 2],
      ]),
    );
    expect(q.totalFen).toBe(12.5 * 18_000 + 2 * 8_000);
    expect(q).toMatchObject({ signoffRequired: true, signoffThresholdFen: 100_000, feeListVersion: 1 });
    const early = await t.req({ method: 'POST', url: wo(id, '/start'), as: 'property' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'signoff_required',
      details: { missing: ['自管会', '居委工作人员'] },
    });
    expect((await t.req({ method: 'POST', url: wo(id, '/signoffs'), as: 'property' })).statusCode).toBe(403);
    const first = await ok(await t.req({ method: 'POST', url: wo(id, '/signoffs'), as: 'committee1' }));
    expect(first.signoffs).toEqual([expect.objectContaining({ role: 'committee' })]);
    const twice = await t.req({ method: 'POST', url: wo(id, '/signoffs'), as: 'committee1' });
    expect(twice.json().error.code).toBe('already_signed');
    expect((await t.req({ method: 'POST', url: wo(id, '/signoffs'), as: 'committee2' })).json().error.code).toBe(
      'side_signed',
    );
    expect(
      (await t.req({ method: 'POST', url: wo(id, '/start'), as: 'property' })).json().error.details.missing,
    ).toEqual(['居委工作人员']);
    // Signed quotes are frozen.
    expect((await quote(id, [[feeIds['FS-01'], 1]])).json().error.code).toBe('quote_signed');
    const both = await ok(await t.req({ method: 'POST', url: wo(id, '/signoffs'), as: 'staff' }));
    expect(both.signoffs.map((s: { role: string }) => s.role)).toEqual(['committee', 'staff']);
    expect(both.can.start).toBe(true);
    const started = await ok(await t.req({ method: 'POST', url: wo(id, '/start'), as: 'property' }));
    expect(started).toMatchObject({ status: 'in_progress', review: { status: 'not_needed' } });
  });

  it('completes with photos only, then the reporter accepts; an empty fund refuses the payment and nothing changes', async () => {
    const noPhoto = await t.req({
      method: 'POST',
      url: wo(id, '/complete'),
      as: 'property',
      payload: { note: '修好了' },
    });
    expect(noPhoto.json().error.code).toBe('photos_required');
    const done = await ok(await complete(id));
    expect(done.status).toBe('done');
    expect(done.photos).toHaveLength(1);
    expect((await t.req({ method: 'GET', url: done.photos[0].url, as: 'resident1' })).headers['content-type']).toBe(
      'image/jpeg',
    );
    // Another resident may not accept (they cannot even see it); staff cannot either.
    expect((await t.req({ method: 'POST', url: wo(id, '/accept'), as: 'resident2', payload: {} })).statusCode).toBe(
      404,
    );
    expect((await t.req({ method: 'POST', url: wo(id, '/accept'), as: 'staff', payload: {} })).statusCode).toBe(403);

    const tables = await tablesOf(t.db);
    const before = await fingerprint(t.db, tables);
    const broke = await t.req({
      method: 'POST',
      url: wo(id, '/accept'),
      as: 'resident1',
      payload: { comment: '修好了' },
    });
    expect(broke.statusCode).toBe(409);
    expect(broke.json().error).toMatchObject({
      code: 'insufficient_funds',
      details: { balanceFen: 0, costFen: 241_000 },
    });
    expect(await fingerprint(t.db, tables)).toEqual(before);

    await ok(
      await t.req({
        method: 'POST',
        url: api('/funds/emergency/deposits'),
        as: 'staff',
        payload: { amountFen: 300_000, note: '镇应急维修项目经费' },
      }),
      201,
    );
    await ok(
      await t.req({
        method: 'PUT',
        url: api('/funds/emergency/budget'),
        as: 'staff',
        payload: { yearBudgetFen: 800_000 },
      }),
    );
    const accepted = await ok(
      await t.req({ method: 'POST', url: wo(id, '/accept'), as: 'resident1', payload: { comment: '修好了，谢谢' } }),
    );
    expect(accepted).toMatchObject({
      status: 'accepted',
      acceptedByName: '诉求人',
      tickets: [expect.objectContaining({ id: ticket, state: 'resolved' })],
    });
    const ledger = await fund();
    expect(ledger.fund).toMatchObject({ balanceFen: 59_000, spentThisYearFen: 241_000, remainingBudgetFen: 559_000 });
    expect(ledger.entries[0]).toMatchObject({
      kind: 'spend',
      amountFen: 241_000,
      balanceAfterFen: 59_000,
      workOrderId: id,
    });
    // The reporter is asked to confirm the resolved ticket.
    const inbox = (await ok(await t.req({ method: 'GET', url: '/api/notifications', as: 'resident1' }))).items;
    expect(inbox.map((n: { title: string }) => n.title)).toContain(
      `诉求 ${accepted.tickets[0].number} 已解决，请确认并评价`,
    );
    expect(
      (await t.req({ method: 'POST', url: wo(id, '/accept'), as: 'resident1', payload: {} })).json().error.code,
    ).toBe('work_order_wrong_status');
  });
});

describe(`emergencies and the fund under concurrent acceptance (${TEST_DIALECT})`, () => {
  it('numbers orders created at the same instant one after another, never twice (the bench found 500s on PostgreSQL)', async () => {
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.req({
          method: 'POST',
          url: api('/work-orders'),
          as: 'staff',
          payload: { title: `同时报修 ${i}`, source: 'inspection', location: '2号楼', fundingSource: 'property' },
        }),
      ),
    );
    expect(made.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
    const numbers = await Promise.all(
      made.map(async (r) => (await t.req({ method: 'GET', url: wo(r.json().id), as: 'staff' })).json().number),
    );
    expect(new Set(numbers).size).toBe(12);
    const seqs = numbers.map((n: string) => Number(n.slice(6))).sort((x: number, y: number) => x - y);
    expect(seqs.at(-1)! - seqs[0]).toBe(11);
  });

  it('starts an emergency without sign-off and asks for a review afterwards', async () => {
    const id = await order({ emergency: true, title: '暴雨屋面大面积漏水' });
    await ok(await quote(id, [[feeIds['FS-01'], 30]]));
    const started = await ok(await t.req({ method: 'POST', url: wo(id, '/start'), as: 'property' }));
    expect(started).toMatchObject({ status: 'in_progress', signoffRequired: false, review: { status: 'pending' } });
    expect(
      (await t.req({ method: 'POST', url: wo(id, '/review'), as: 'property', payload: { note: 'x' } })).statusCode,
    ).toBe(403);
    const reviewed = await ok(
      await t.req({
        method: 'POST',
        url: wo(id, '/review'),
        as: 'committee1',
        payload: { note: '情况属实，紧急开工合理' },
      }),
    );
    expect(reviewed.review).toMatchObject({ status: 'reviewed', note: '情况属实，紧急开工合理' });
    expect(
      (await t.req({ method: 'POST', url: wo(id, '/review'), as: 'staff', payload: { note: 'again' } })).json().error
        .code,
    ).toBe('review_not_pending');
  });

  it('lets only one of two acceptances at the same instant spend the last of the fund', async () => {
    const start = (await fund()).fund.balanceFen;
    const cost = 8_000 * 5;
    // Top the fund up to 1.5 orders' worth.
    await ok(
      await t.req({
        method: 'POST',
        url: api('/funds/emergency/deposits'),
        as: 'staff',
        payload: { amountFen: cost * 1.5 - start, note: '补足' },
      }),
      201,
    );
    const ids = [await order({ title: '管道一' }), await order({ title: '管道二' })];
    for (const id of ids) {
      await ok(await quote(id, [[feeIds['GD-01'], 5]]));
      await ok(await t.req({ method: 'POST', url: wo(id, '/start'), as: 'property' }));
      await ok(await complete(id));
    }
    const cookie = await t.login('committee1');
    const answers = await Promise.all(
      ids.map((id) => t.app.inject({ method: 'POST', url: wo(id, '/accept'), payload: {}, headers: { cookie } })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().error.code).toBe('insufficient_funds');
    const after = await fund();
    expect(after.fund.balanceFen).toBe(cost * 0.5);
    expect(after.entries.filter((e: { kind: string }) => e.kind === 'spend')).toHaveLength(2); // the first order's and one of these
    const statuses = await Promise.all(
      ids.map(async (id) => (await ok(await t.req({ method: 'GET', url: wo(id), as: 'staff' }))).status),
    );
    expect(statuses.sort()).toEqual(['accepted', 'done']);
  });

  it('pays from the property fund too, and records project and donation money by name only', async () => {
    expect(
      (
        await t.req({
          method: 'POST',
          url: api('/work-orders'),
          as: 'staff',
          payload: { title: 'x', source: 'inspection', location: 'y', fundingSource: 'project' },
        })
      ).json().error.code,
    ).toBe('funding_ref_required');
    const id = await order({ fundingSource: 'donation', fundingRef: '松江电信东部片区党支部捐赠' });
    // A ticket filed about the same leak is linked to the order from the ticket's side (the `workorder` link target).
    const other = await leakTicket('resident3');
    expect(
      (
        await t.req({
          method: 'POST',
          url: api(`/tickets/${other}/links`),
          as: 'staff',
          payload: { targetType: 'workorder', targetId: 'no-such-order' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.req({
          method: 'POST',
          url: api(`/tickets/${other}/links`),
          as: 'staff',
          payload: { targetType: 'workorder', targetId: id },
        })
      ).statusCode,
    ).toBeLessThan(300);
    await ok(await quote(id, [[feeIds['GD-01'], 1]]));
    await ok(await t.req({ method: 'POST', url: wo(id, '/start'), as: 'property' }));
    await ok(await complete(id));
    const before = (await ok(await t.req({ method: 'GET', url: api('/funds'), as: 'staff' }))).items;
    const accepted = await ok(await t.req({ method: 'POST', url: wo(id, '/accept'), as: 'committee2', payload: {} }));
    expect(accepted).toMatchObject({
      status: 'accepted',
      acceptedByName: '自管会',
      fundingRef: '松江电信东部片区党支部捐赠',
      tickets: [expect.objectContaining({ id: other, state: 'resolved' })],
    });
    expect((await ok(await t.req({ method: 'GET', url: api('/funds'), as: 'staff' }))).items).toEqual(before);
  });
});

describe(`a topic carried out by work orders (${TEST_DIALECT})`, () => {
  it("lists the work orders made for a topic on the topic's page", async () => {
    const topic = (
      await ok(
        await t.req({
          method: 'POST',
          url: api('/topics'),
          as: 'staff',
          payload: { title: '嘉和景苑屋面防水整体修缮', source: 'party' },
        }),
        201,
      )
    ).id;
    const id = await order({ source: 'topic', sourceId: topic, title: '屋面防水修缮一期' });
    await order({ title: '无关的巡查工单' });
    const listed = (
      await ok(await t.req({ method: 'GET', url: api(`/work-orders?topicId=${topic}`), as: 'committee1' }))
    ).items;
    expect(listed.map((w: { id: string }) => w.id)).toEqual([id]);
  });
});

describe(`24-hour duty (${TEST_DIALECT})`, () => {
  it('shows who is on duty now, swaps shifts, and flags a gap to staff once, before it happens', async () => {
    const now = t.clock.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const add = (name: string, from: number, to: number) =>
      t.req({
        method: 'POST',
        url: api('/duty-shifts'),
        as: 'property',
        payload: { staffName: name, phone: '021-57601234', startsAt: iso(from), endsAt: iso(to) },
      });
    const a = await ok(await add('王师傅', now - 2 * H, now + 6 * H), 201);
    const b = await ok(await add('张师傅', now + 6 * H, now + 14 * H), 201);
    // 14 h → 20 h uncovered, then covered again.
    await ok(await add('李师傅', now + 20 * H, now + 30 * H), 201);
    expect((await add('错', now, now - H)).json().error.code).toBe('invalid_shift_times');
    expect(
      (
        await t.req({
          method: 'POST',
          url: api('/duty-shifts'),
          as: 'committee1',
          payload: { staffName: 'x', phone: '12345', startsAt: iso(now), endsAt: iso(now + H) },
        })
      ).statusCode,
    ).toBe(403);

    const dutyNow = await ok(await t.req({ method: 'GET', url: api('/duty/now'), as: 'resident3' }));
    expect(dutyNow.items.map((s: { staffName: string }) => s.staffName).sort()).toEqual(['王师傅']);
    expect(dutyNow.nextGapAt).toBe(iso(now + 14 * H));

    const swapped = await ok(
      await t.req({
        method: 'POST',
        url: api(`/duty-shifts/${a.id}/swap`),
        as: 'property',
        payload: { withShiftId: b.id },
      }),
    );
    expect(swapped.items.find((s: { id: string }) => s.id === a.id).staffName).toBe('张师傅');
    expect(swapped.gaps).toContainEqual({ from: iso(now + 14 * H), to: iso(now + 20 * H) });

    const gapAlerts = async () =>
      (await ok(await t.req({ method: 'GET', url: '/api/notifications', as: 'staff' }))).items.filter(
        (n: { kind: string }) => n.kind === 'duty_gap',
      );
    await runJobsOnce(t.app.ctx, 'duty.flag-gaps');
    await runJobsOnce(t.app.ctx, 'duty.flag-gaps');
    const alerts = await gapAlerts();
    // The 14 h → 20 h gap; the open end after 30 h is beyond the 24 h look-ahead.
    expect(alerts).toHaveLength(1);
    expect(alerts[0].title).toContain('无人值班');
  });
});
