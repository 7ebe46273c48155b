import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';
import { multipart, pngOf } from '../tickets/tickets.test-helpers';
import { evaluationRequests } from './evaluations.test-helpers';

/**
 * The round's objective figures: the estate's tickets and work orders and the roster's hours without duty for the
 * quarter, frozen when the round closes and shown the same on the round, the public notice and the town's xlsx.
 */
let t: TestApp;
let e: ReturnType<typeof evaluationRequests>;
const H = 3_600_000;

beforeAll(async () => {
  t = await createTestApp();
  e = evaluationRequests(t);
});
afterAll(() => t.close());

describe(`a round's objective figures (${TEST_DIALECT})`, () => {
  it('freezes the quarter’s work orders and duty gaps with the result, and shows them on the notice and in the xlsx', async () => {
    const C = e.C;
    const estateId = t.fx.A.estates[0];
    const now = t.clock.now();
    const list = await e.ok(
      t.req({
        method: 'PUT',
        url: `${C}/fee-list`,
        as: 'staff',
        payload: {
          items: [{ code: 'FS-01', name: '屋面防水层修补', unit: '平方米', unitPriceFen: 18_000, standardHours: 1 }],
        },
      }),
    );
    await e.ok(
      t.req({
        method: 'POST',
        url: `${C}/funds/emergency/deposits`,
        as: 'staff',
        payload: { amountFen: 500_000, note: '应急维修项目拨款' },
      }),
    );
    // The roster: 6 h → 3 h ago, then from 1 h ago on — two hours nobody was on duty so far this quarter.
    const shift = (a: number, b: number) =>
      t.db
        .insertInto('duty_shifts')
        .values({
          id: `s-${a}`,
          community_id: t.fx.A.id,
          staff_name: '王建国（物业值班）',
          phone: '021-57601234',
          user_id: null,
          starts_at: e.iso(a),
          ends_at: e.iso(b),
          note: '',
          created_by: null,
          created_at: e.iso(now),
          updated_at: e.iso(now),
        })
        .execute();
    await shift(now - 6 * H, now - 3 * H);
    await shift(now - H, now + 30 * H);

    const make = async (over: Record<string, unknown>) =>
      (
        await e.ok(
          t.req({
            method: 'POST',
            url: `${C}/work-orders`,
            as: 'staff',
            payload: { title: '屋面渗水', source: 'inspection', location: '屋面', estateId, ...over },
          }),
        )
      ).id as string;
    const wo = (id: string, p = '') => `${C}/work-orders/${id}${p}`;
    const leak = await make({ fundingSource: 'emergency', emergency: true, title: '暴雨屋面漏水' });
    await make({ fundingSource: 'property', title: '待报价的巡查工单' });
    await make({ estateId: t.fx.A.estates[1], title: '另一小区' });
    await e.ok(
      t.req({
        method: 'PUT',
        url: wo(leak, '/quote'),
        as: 'property',
        payload: { items: [{ feeItemId: list.items[0].id, quantity: 10 }] },
      }),
    );
    await e.ok(t.req({ method: 'POST', url: wo(leak, '/start'), as: 'property' }));
    await e.ok(
      t.req({
        method: 'POST',
        url: wo(leak, '/complete'),
        as: 'property',
        ...multipart({ note: '已修补' }, [{ name: 'p.png', type: 'image/png', body: await pngOf() }]),
      }),
    );
    await e.ok(t.req({ method: 'POST', url: wo(leak, '/accept'), as: 'committee1', payload: {} }));

    const companyId = await e.company();
    const round = (await e.ok(e.open(companyId))).id;
    // While open the figures are live.
    const live = (await e.ok(e.get(round))).figures;
    expect(live).toMatchObject({ workOrders: 2, emergencyWorkOrders: 1 });
    await e.ok(e.score(round, 'committee1'));
    const closed = await e.ok(e.score(round, 'committee2'));
    expect(closed.status).toBe('closed');
    const frozen = {
      workOrders: 2,
      workOrdersCompleted: 1,
      avgCompletionHours: expect.any(Number),
      emergencyWorkOrders: 1,
      repairSpentFen: 180_000,
      dutyGapHours: 2,
    };
    expect(closed.figures).toMatchObject(frozen);
    expect(closed.figures.avgCompletionHours).toBeGreaterThanOrEqual(0);

    // Later work does not move the closed round's figures.
    await make({ title: '结束后的新工单', emergency: true });
    const later = (await e.ok(e.get(round))).figures;
    expect(later).toEqual(closed.figures);

    const pub = await e.ok(t.req({ method: 'GET', url: `/api/public/evaluations/${round}` }));
    expect(pub.figures).toEqual(closed.figures);

    const res = await t.req({ method: 'GET', url: e.url('/export.xlsx'), as: 'staff' });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('物业考评')!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const cell = (name: string) => ws.getRow(2).getCell(header.indexOf(name)).value;
    expect(cell('诉求数')).toBe(closed.figures.tickets);
    expect(cell('维修工单数')).toBe(2);
    expect(cell('紧急维修')).toBe(1);
    expect(cell('维修支出(元)')).toBe(1800);
    expect(cell('无人值守(小时)')).toBe(2);
  });
});
