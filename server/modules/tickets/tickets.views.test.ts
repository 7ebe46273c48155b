import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { report, tUrl } from './tickets.test-helpers';
import { expectEvery } from '../../testing/expect-every';

let t: TestApp;
let ids: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  // 23 tickets in grid 1 (buildings 0, 1), 2 in grid 2 (building 2); one with a formula-looking title.
  for (let i = 0; i < 23; i++)
    ids.push(
      (
        await report(t, 'resident1', {
          title: `第${i + 1}条 楼道灯坏了`,
          buildingId: t.fx.A.buildings[i % 2],
          urgency: i % 5 === 0 ? 'urgent' : 'normal',
        })
      ).id,
    );
  ids.push(
    (
      await report(t, 'resident3', {
        title: '=HYPERLINK("http://evil","点我") 13812345678',
        description: '漏水',
        category: 'leak',
        buildingId: t.fx.A.buildings[2],
      })
    ).id,
  );
  ids.push(
    (
      await report(t, 'resident3', {
        title: '+车位不够',
        description: '车位',
        category: 'parking',
        buildingId: t.fx.A.buildings[2],
      })
    ).id,
  );
});
afterAll(async () => {
  await t?.close();
});

const list = async (as: string, qs = '') => {
  const res = await t.req({ method: 'GET', url: tUrl(t, undefined, qs), as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('lists', () => {
  it('pages 20 per page newest first, with the total', async () => {
    const p1 = await list('staff');
    expect(p1).toMatchObject({ total: 25, page: 1, pageSize: 20 });
    expect(p1.items).toHaveLength(20);
    expect(p1.items[0].id).toBe(ids[24]);
    const p2 = await list('staff', '?page=2');
    expect(p2.items).toHaveLength(5);
    expect(p2.items.at(-1).id).toBe(ids[0]);
  });

  it("gives a grid team its grid's inbox, with filters", async () => {
    expect((await list('leader1')).total).toBe(23);
    expect((await list('leader2')).total).toBe(2);
    expect((await list('leader2', '?category=leak')).total).toBe(1);
    expect((await list('leader1', '?urgency=urgent')).total).toBe(5);
    expect((await list('leader1', '?q=第12条')).items.map((i: any) => i.title)).toEqual(['第12条 楼道灯坏了']);
    expect((await list('leader1', '?q=%25')).total).toBe(0);
    expect((await list('leader1', '?state=accepted')).total).toBe(0);
    expect((await list('staff', `?gridId=${t.fx.A.grids[1]}`)).total).toBe(2);
    // Asking for a grid by id: one's own grid whole, another grid only what one is assigned to.
    expect((await list('leader1', `?scope=grid&gridId=${t.fx.A.grids[0]}`)).total).toBe(23);
    expect((await list('leader1', `?scope=grid&gridId=${t.fx.A.grids[1]}`)).total).toBe(0);
    expect((await list('leader2', `?scope=grid&gridId=${t.fx.A.grids[0]}`)).total).toBe(0);
    expect((await t.req({ method: 'GET', url: tUrl(t, undefined, '?state=bogus'), as: 'staff' })).statusCode).toBe(400);
  });

  it('shows residents their own tickets only, and refuses them the wider scopes', async () => {
    expect((await list('resident3')).total).toBe(2);
    expect((await list('resident2')).total).toBe(0);
    expect((await t.req({ method: 'GET', url: tUrl(t, undefined, '?scope=all'), as: 'resident1' })).statusCode).toBe(
      403,
    );
    expect((await t.req({ method: 'GET', url: tUrl(t, undefined, '?scope=grid'), as: 'resident1' })).statusCode).toBe(
      403,
    );
    expect((await t.req({ method: 'GET', url: tUrl(t, undefined, '?scope=all'), as: 'leader1' })).statusCode).toBe(403);
    expect((await t.req({ method: 'GET', url: tUrl(t), as: 'staffB' })).statusCode).toBe(404);
  });
});

describe('public board', () => {
  it("shows an estate's tickets and states to anyone, with no personal data", async () => {
    const res = await t.req({
      method: 'GET',
      url: `/api/communities/${t.fx.A.id}/tickets/board?estateId=${t.fx.A.estates[1]}`,
    });
    expect(res.statusCode).toBe(200);
    const b = res.json();
    expect(b.estate.name).toBe('洞北小区');
    expect(b.total).toBe(2);
    const text = res.body;
    expect(text).not.toContain('13812345678');
    expect(text).toContain('138****5678');
    expect(text).not.toMatch(/居民resident|reporter|phone|description/);
    expect(Object.keys(b.items[0]).sort()).toEqual([
      'area',
      'buildingName',
      'canSupport',
      'category',
      'categoryLabel',
      'createdAt',
      'id',
      'mine',
      'number',
      'state',
      'supportCount',
      'supported',
      'title',
      'updatedAt',
    ]);
    expectEvery(b.items, (i: any) => !i.mine && !i.supported && !i.canSupport, 'board items');
  });

  it('tells a signed-in resident, per ticket, only whether their household reported it, supports it, and may 同问', async () => {
    const board = async (as?: string) =>
      (
        await t.req({
          method: 'GET',
          url: `/api/communities/${t.fx.A.id}/tickets/board?estateId=${t.fx.A.estates[1]}`,
          as,
        })
      ).json().items;
    const flags = (items: any[]) => items.map((i: any) => [i.id, i.mine, i.supported, i.canSupport]);
    // resident3 reported both tickets of this estate: they are theirs, and 同问 is not offered.
    expect(flags(await board('resident3'))).toEqual([
      [ids[24], true, false, false],
      [ids[23], true, false, false],
    ]);
    expect(flags(await board('resident2'))).toEqual([
      [ids[24], false, false, true],
      [ids[23], false, false, true],
    ]);
    expect((await t.req({ method: 'POST', url: tUrl(t, ids[24], '/support'), as: 'resident2' })).statusCode).toBe(200);
    const after = await board('resident2');
    expect(flags(after)).toEqual([
      [ids[24], false, true, false],
      [ids[23], false, false, true],
    ]);
    expect(after[0].supportCount).toBe(1);
    // Staff (no household) and a resident of another community learn nothing of anyone's household.
    expectEvery(flags(await board('staff')), ([, ...f]) => f.every((x) => x === false), 'board as staff');
    expectEvery(flags(await board('residentB')), ([, ...f]) => f.every((x) => x === false), 'board as residentB');
    expect(JSON.stringify(await board('resident2'))).not.toContain(t.fx.A.households[7]);
  });

  it('answers 404 for an estate of another community', async () => {
    expect(
      (await t.req({ method: 'GET', url: `/api/communities/${t.fx.A.id}/tickets/board?estateId=${t.fx.B.estates[0]}` }))
        .statusCode,
    ).toBe(404);
  });
});

describe('figures and ledger', () => {
  it('computes response and resolution times, satisfaction and reopen rate by grid, category and month', async () => {
    const id = ids[24];
    await t.req({ method: 'POST', url: tUrl(t, id, '/transition'), as: 'leader2', payload: { to: 'accepted' } });
    await t.req({ method: 'POST', url: tUrl(t, id, '/transition'), as: 'leader2', payload: { to: 'resolved' } });
    await t.req({ method: 'POST', url: tUrl(t, id, '/confirm'), as: 'resident3', payload: { satisfaction: 4 } });
    const res = await t.req({ method: 'GET', url: tUrl(t, undefined, '/figures'), as: 'secretary' });
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f.total).toMatchObject({ tickets: 25, responded: 1, closed: 1, avgSatisfaction: 4, reopenRate: 0 });
    expect(f.byGrid.map((g: any) => [g.label, g.tickets]).sort()).toEqual(
      [
        ['第一网格', 23],
        ['第二网格', 2],
      ].sort(),
    );
    expect(f.byCategory.find((c: any) => c.key === 'parking')).toMatchObject({ label: '停车', tickets: 1, closed: 1 });
    expect(f.byMonth).toHaveLength(1);
    expect(f.byMonth[0].key).toMatch(/^\d{4}-\d{2}$/);
    expect((await t.req({ method: 'GET', url: tUrl(t, undefined, '/figures'), as: 'leader1' })).statusCode).toBe(403);
  });

  it('exports the ledger as .xlsx with formula-looking cells kept as text and names masked', async () => {
    const res = await t.req({ method: 'GET', url: tUrl(t, undefined, '/ledger.xlsx'), as: 'staff' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as any);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('编号');
    expect(ws.rowCount).toBe(26);
    const titles = ws.getColumn(2).values.slice(2) as string[];
    expect(titles).toContain(`'=HYPERLINK("http://evil","点我") 13812345678`);
    expect(titles).toContain(`'+车位不够`);
    for (let r = 2; r <= ws.rowCount; r++) {
      ws.getRow(r).eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula));
      expect(String(ws.getRow(r).getCell(12).value)).toMatch(/^居\*+$/);
    }
  });
});

describe('building QR code', () => {
  it('prints a QR code that opens the report form with the building filled in', async () => {
    const res = await t.req({
      method: 'GET',
      url: tUrl(t, undefined, `/qr?buildingId=${t.fx.A.buildings[0]}`),
      as: 'leader1',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.body).toContain('<svg');
    expect(String(res.headers['x-qr-target'])).toMatch(
      new RegExp(`/h5/tickets/new\\?community=${t.fx.A.id}&building=${t.fx.A.buildings[0]}&channel=qr$`),
    );
    const png = await t.req({
      method: 'GET',
      url: tUrl(t, undefined, `/qr?buildingId=${t.fx.A.buildings[0]}&format=png`),
      as: 'staff',
    });
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect(
      (await t.req({ method: 'GET', url: tUrl(t, undefined, `/qr?buildingId=${t.fx.B.buildings[0]}`), as: 'staff' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await t.req({
          method: 'GET',
          url: tUrl(t, undefined, `/qr?buildingId=${t.fx.A.buildings[0]}`),
          as: 'resident1',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('pickers', () => {
  it("lists places for the report form with the resident's own building, and assignees for handlers", async () => {
    const p = (await t.req({ method: 'GET', url: tUrl(t, undefined, '/places'), as: 'resident1' })).json();
    expect(p.estates.map((e: any) => e.name).sort()).toEqual(['嘉和景苑', '洞北小区'].sort());
    expect(p.myBuildingId).toBe(t.fx.A.buildings[0]);
    const a = (await t.req({ method: 'GET', url: tUrl(t, undefined, '/assignees'), as: 'leader1' })).json();
    const leader1 = a.items.find((x: any) => x.id === t.fx.users.leader1);
    expect(leader1.gridIds).toEqual([t.fx.A.grids[0]]);
    expect(a.items.some((x: any) => x.id === t.fx.users.staff)).toBe(true);
    expect(a.items.some((x: any) => x.id === t.fx.users.resident1)).toBe(false);
    expect((await t.req({ method: 'GET', url: tUrl(t, undefined, '/assignees'), as: 'resident1' })).statusCode).toBe(
      403,
    );
  });
});
