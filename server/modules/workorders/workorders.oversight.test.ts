import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { fingerprint, tablesOf } from '../../testing/fingerprint';
import { multipart, pngOf } from '../tickets/tickets.test-helpers';
import { quarterBounds, quarterOf } from '../evaluations/evaluations.result';
import { dutyGapHours } from './duty.service';
import { currentFeeListId, fundBalances, workOrderFigures } from './workorders.service';

/** Cancelling before work starts, the estate a work order is in, its quarter's figures, and topic evidence pointing at records. */
const t = useTestApp();
let A: string;
const api = (p: string) => `/api/communities/${A}${p}`;
const wo = (id: string, rest = '') => api(`/work-orders/${id}${rest}`);
const H = 3_600_000;
let feeId: string;

async function ok(res: { statusCode: number; body: string; json(): any }, code = 200) {
  expect(res.statusCode, res.body).toBe(code);
  return res.json();
}
async function order(over: Record<string, unknown> = {}) {
  return (
    await ok(
      await t.req({
        method: 'POST',
        url: api('/work-orders'),
        as: 'staff',
        payload: { title: '屋面渗水', source: 'inspection', location: '1号楼屋面', fundingSource: 'property', ...over },
      }),
      201,
    )
  ).id as string;
}
const quote = (id: string, quantity = 5) =>
  t.req({ method: 'PUT', url: wo(id, '/quote'), as: 'property', payload: { items: [{ feeItemId: feeId, quantity }] } });
const complete = async (id: string) =>
  t.req({
    method: 'POST',
    url: wo(id, '/complete'),
    as: 'property',
    ...multipart({ note: '已修复' }, [{ name: 'p.png', type: 'image/png', body: await pngOf() }]),
  });

beforeAll(async () => {
  A = t.fx.A.id;
  const list = await ok(
    await t.req({
      method: 'PUT',
      url: api('/fee-list'),
      as: 'staff',
      payload: {
        items: [{ code: 'GD-01', name: '楼道给水管接头更换', unit: '处', unitPriceFen: 8_000, standardHours: 1 }],
      },
    }),
  );
  feeId = list.items[0].id;
  await ok(
    await t.req({
      method: 'POST',
      url: api('/funds/property/deposits'),
      as: 'staff',
      payload: { amountFen: 1_000_000, note: '物业年度小修预算' },
    }),
    201,
  );
});

describe(`a work order's estate and cancelling it before work starts (${TEST_DIALECT})`, () => {
  it("takes the ticket's estate, and refuses an estate of another community", async () => {
    const ticket = await ok(
      await t.req({
        method: 'POST',
        url: api('/tickets'),
        as: 'resident1',
        payload: {
          title: '楼道水管漏水',
          description: '二楼楼道水管接头一直滴水',
          locationKind: 'building',
          buildingId: t.fx.A.buildings[0],
        },
      }),
      201,
    );
    const estateOfTicket = (await ok(await t.req({ method: 'GET', url: api(`/tickets/${ticket.id}`), as: 'staff' })))
      .estateId;
    expect(estateOfTicket).toBeTruthy();
    const id = await order({ source: 'ticket', sourceId: ticket.id, title: '楼道水管漏水', location: '二楼楼道' });
    const made = await ok(await t.req({ method: 'GET', url: wo(id), as: 'staff' }));
    expect(made.estateId).toBe(estateOfTicket);
    expect(made.estateName).toBeTruthy();
    const before = await fingerprint(t.db, await tablesOf(t.db));
    const refused = await t.req({
      method: 'POST',
      url: api('/work-orders'),
      as: 'staff',
      payload: { title: 'x', source: 'inspection', location: 'y', estateId: t.fx.B.estates[0] },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('estate_not_found');
    expect(await fingerprint(t.db, await tablesOf(t.db))).toEqual(before);
  });

  it('cancels an open order with a reason (audited, reporter told, nothing posted); not once work has started', async () => {
    const ticket = await ok(
      await t.req({
        method: 'POST',
        url: api('/tickets'),
        as: 'resident2',
        payload: {
          title: '单元门闭门器坏了',
          description: '门关不上',
          locationKind: 'building',
          buildingId: t.fx.A.buildings[1],
        },
      }),
      201,
    );
    const id = await order({ source: 'ticket', sourceId: ticket.id, title: '单元门闭门器更换', location: '单元门' });
    await ok(await quote(id));
    const fundsBefore = (await ok(await t.req({ method: 'GET', url: api('/funds'), as: 'staff' }))).items;
    // A reason is required, a resident cannot cancel, and neither changes anything.
    const before = await fingerprint(t.db, await tablesOf(t.db));
    expect(
      (await t.req({ method: 'POST', url: wo(id, '/cancel'), as: 'staff', payload: { reason: ' ' } })).statusCode,
    ).toBeGreaterThanOrEqual(400);
    expect(
      (await t.req({ method: 'POST', url: wo(id, '/cancel'), as: 'resident2', payload: { reason: '不修了' } }))
        .statusCode,
    ).toBe(403);
    expect(await fingerprint(t.db, await tablesOf(t.db))).toEqual(before);

    const cancelled = await ok(
      await t.req({ method: 'POST', url: wo(id, '/cancel'), as: 'property', payload: { reason: '居民已自行更换' } }),
    );
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: '居民已自行更换' },
      can: { cancel: false, start: false },
    });
    const again = await t.req({ method: 'POST', url: wo(id, '/cancel'), as: 'staff', payload: { reason: '再取消' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('work_order_wrong_status');
    expect((await t.req({ method: 'POST', url: wo(id, '/start'), as: 'property' })).statusCode).toBe(409);
    expect((await ok(await t.req({ method: 'GET', url: api('/funds'), as: 'staff' }))).items).toEqual(fundsBefore);
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('entity_id', '=', id)
      .where('action', '=', 'work_order.cancel')
      .execute();
    expect(events).toHaveLength(1);
    const told = (await ok(await t.req({ method: 'GET', url: '/api/notifications', as: 'resident2' }))).items.filter(
      (n: { kind: string }) => n.kind === 'work_order_cancelled',
    );
    expect(told).toHaveLength(1);
    expect(told[0].body).toBe('居民已自行更换');

    const started = await order({ title: '已开工的工单' });
    await ok(await quote(started));
    await ok(await t.req({ method: 'POST', url: wo(started, '/start'), as: 'property' }));
    const late = await t.req({ method: 'POST', url: wo(started, '/cancel'), as: 'staff', payload: { reason: '晚了' } });
    expect(late.statusCode).toBe(409);
    expect((await ok(await t.req({ method: 'GET', url: wo(started), as: 'staff' }))).status).toBe('in_progress');
  });
});

describe(`an estate's work-order figures for a period, the fund balances and hours without duty (${TEST_DIALECT})`, () => {
  it('counts orders made (not cancelled), finished, emergencies and what the ledgers paid', async () => {
    const [e0, e1] = t.fx.A.estates;
    const { from, to } = quarterBounds(quarterOf(t.clock.now()));
    const start = await workOrderFigures(t.db, A, e1, from, to);
    const urgent = await order({ estateId: e1, emergency: true, title: '暴雨后屋面漏水' });
    const plain = await order({ estateId: e1, title: '楼道灯更换' });
    const dropped = await order({ estateId: e1, title: '重复报修' });
    await order({ estateId: e0, title: '另一小区的工单' });
    await ok(await t.req({ method: 'POST', url: wo(dropped, '/cancel'), as: 'staff', payload: { reason: '重复' } }));
    for (const id of [urgent, plain]) {
      await ok(await quote(id, 3));
      await ok(await t.req({ method: 'POST', url: wo(id, '/start'), as: 'property' }));
    }
    await ok(await complete(plain));
    await ok(await t.req({ method: 'POST', url: wo(plain, '/accept'), as: 'committee1', payload: {} }));
    const f = await workOrderFigures(t.db, A, e1, from, to);
    expect(f).toEqual({
      workOrders: start.workOrders + 2,
      completed: start.completed + 1,
      avgCompletionHours: expect.any(Number),
      emergency: start.emergency + 1,
      spentFen: start.spentFen + 24_000,
    });
    expect(f.avgCompletionHours).toBeGreaterThanOrEqual(0);
    const funds = await fundBalances(t.db, A, t.clock.now());
    expect(funds.map((x) => x.kind)).toEqual(['property', 'emergency']);
    expect(funds[0]).toMatchObject({ spentThisYearFen: expect.any(Number), balanceFen: expect.any(Number) });
    expect(funds[0].balanceFen).toBe(1_000_000 - funds[0].spentThisYearFen);
  });

  it('counts the hours nobody was on duty from the first shift of the roster; no roster, no figure', async () => {
    const now = t.clock.now();
    const { from, to } = quarterBounds(quarterOf(now));
    expect(await dutyGapHours(t.db, A, from, to, now)).toBeNull();
    const shift = (a: number, b: number) => ({
      id: `${a}-${b}-${Math.random()}`,
      community_id: A,
      staff_name: '王师傅',
      phone: '021-57601234',
      user_id: null,
      starts_at: new Date(a).toISOString(),
      ends_at: new Date(b).toISOString(),
      note: '',
      created_by: null,
      created_at: new Date(now).toISOString(),
      updated_at: new Date(now).toISOString(),
    });
    // Covered 10 h → 4 h ago and 2 h ago → in 5 h: two hours without anyone, counted up to now.
    await t.db
      .insertInto('duty_shifts')
      .values([shift(now - 10 * H, now - 4 * H), shift(now - 2 * H, now + 5 * H)])
      .execute();
    expect(Date.parse(from)).toBeLessThan(now - 10 * H);
    expect(await dutyGapHours(t.db, A, from, to, now)).toBe(2);
  });
});

describe(`a topic's evidence points at the work order, fee list and roster that carried it out (${TEST_DIALECT})`, () => {
  it('links through the registered targets, and refuses an unknown type or a missing record', async () => {
    const topic = (
      await ok(
        await t.req({
          method: 'POST',
          url: api('/topics'),
          as: 'staff',
          payload: { title: '维修收费不透明', source: 'party', estateId: t.fx.A.estates[1] },
        }),
        201,
      )
    ).id;
    const id = await order({ source: 'topic', sourceId: topic, title: '按清单报价的维修' });
    const made = await ok(await t.req({ method: 'GET', url: wo(id), as: 'staff' }));
    // Made from the topic, the order is in the topic's estate.
    expect(made.estateId).toBe(t.fx.A.estates[1]);
    const number = made.number;
    const add = (link: { type: string; id: string }) =>
      t.req({
        method: 'POST',
        url: api(`/topics/${topic}/evidence`),
        as: 'staff',
        payload: { kind: 'note', text: '维修费用清单已公示执行', link },
      });
    const before = await fingerprint(t.db, await tablesOf(t.db));
    expect((await add({ type: 'nonsense', id })).json().error.code).toBe('unknown_link_target');
    expect((await add({ type: 'workorder', id: 'no-such-order' })).json().error.code).toBe('link_not_found');
    expect((await add({ type: 'workorder', id: t.fx.B.id })).json().error.code).toBe('link_not_found');
    expect(await fingerprint(t.db, await tablesOf(t.db))).toEqual(before);

    await ok(await add({ type: 'workorder', id }));
    await ok(await add({ type: 'fee_list', id: (await currentFeeListId(t.db, A))! }));
    const shown = await ok(await add({ type: 'duty_roster', id: A }));
    const links = shown.evidence.map((e: { link: unknown }) => e.link);
    expect(links).toEqual([
      {
        type: 'workorder',
        id,
        labelZh: '维修工单',
        title: expect.stringContaining(number),
        path: `/work-orders/${id}`,
      },
      {
        type: 'fee_list',
        id: expect.any(String),
        labelZh: '维修费用清单',
        title: '维修费用清单 第1版（1项）',
        path: '/fee-list',
      },
      {
        type: 'duty_roster',
        id: A,
        labelZh: '24小时驻扎值班表',
        title: expect.stringContaining('24小时驻扎值班表'),
        path: '/duty',
      },
    ]);
  });
});
