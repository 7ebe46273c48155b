import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const A = () => `/api/communities/${t.fx.A.id}`;

describe('communities', () => {
  it('lists only the communities where the caller holds a role, with counts', async () => {
    const res = await t.req({ method: 'GET', url: '/api/communities', as: 'staff' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      {
        id: t.fx.A.id,
        name: '砖桥居民区',
        townName: '洞泾镇',
        estates: 2,
        buildings: 3,
        households: 9,
        residents: 4,
        grids: 2,
      },
    ]);
    const admin = await t.req({ method: 'GET', url: '/api/communities', as: 'admin' });
    expect(
      admin
        .json()
        .items.map((c: any) => c.id)
        .sort(),
    ).toEqual([t.fx.A.id, t.fx.B.id].sort());
    expect((await t.req({ method: 'GET', url: '/api/communities' })).statusCode).toBe(401);
  });
  it('shows one community to its members; 404 to outsiders and for unknown ids even to the admin', async () => {
    const res = await t.req({ method: 'GET', url: A(), as: 'leader1' });
    expect(res.json()).toMatchObject({ name: '砖桥居民区', town: { name: '洞泾镇' }, counts: { households: 9 } });
    expect((await t.req({ method: 'GET', url: A(), as: 'staffB' })).statusCode).toBe(404);
    expect((await t.req({ method: 'GET', url: A(), as: 'resident1' })).statusCode).toBe(403);
    expect((await t.req({ method: 'GET', url: '/api/communities/nope', as: 'admin' })).statusCode).toBe(404);
  });
});

describe('estates, grids, buildings', () => {
  it('creates, lists with counts and search, and renames an estate; a duplicate name is 409', async () => {
    const created = await t.req({
      method: 'POST',
      url: `${A()}/estates`,
      as: 'staff',
      payload: { name: '  新苑  ', address: '洞泾镇新路1号' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: '新苑', address: '洞泾镇新路1号', buildings: 0, households: 0 });
    const list = await t.req({ method: 'GET', url: `${A()}/estates?pageSize=2`, as: 'leader1' });
    expect(list.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    const jiahe = (await t.req({ method: 'GET', url: `${A()}/estates?q=嘉和`, as: 'staff' })).json();
    expect(jiahe.items).toEqual([expect.objectContaining({ name: '嘉和景苑', buildings: 2, households: 6 })]);
    expect(
      (await t.req({ method: 'POST', url: `${A()}/estates`, as: 'staff', payload: { name: '嘉和景苑' } })).statusCode,
    ).toBe(409);
    const patched = await t.req({
      method: 'PATCH',
      url: `${A()}/estates/${created.json().id}`,
      as: 'staff',
      payload: { name: '新苑二期', note: null },
    });
    expect(patched.json()).toMatchObject({ name: '新苑二期', note: null });
    const trail = await t.req({
      method: 'GET',
      url: `${A()}/audit?entityType=estate&entityId=${created.json().id}`,
      as: 'staff',
    });
    expect(trail.json().items.map((e: any) => e.action)).toEqual(['estates.update', 'estates.create']);
    expect(trail.json().items[0]).toMatchObject({
      actorName: 'staff',
      before: { name: '新苑' },
      after: { name: '新苑二期' },
    });
  });

  it('lists grids with their buildings and team, and manages team members', async () => {
    const grids = (await t.req({ method: 'GET', url: `${A()}/grids`, as: 'specialist' })).json();
    const g1 = grids.items.find((g: any) => g.name === '第一网格');
    expect(g1.buildings.map((b: any) => b.name)).toEqual(['1号楼', '2号楼']);
    expect(g1.team.map((m: any) => m.role).sort()).toEqual(['building_leader', 'property_specialist']);
    const add = await t.req({
      method: 'POST',
      url: `${A()}/grids/${t.fx.A.grids[0]}/members`,
      as: 'staff',
      payload: { role: 'second_building_leader', name: '钱七', phone: '13912345678', buildingId: t.fx.A.buildings[0] },
    });
    expect(add.statusCode).toBe(201);
    expect(add.json()).toMatchObject({
      role: 'second_building_leader',
      phone: '139****5678',
      buildingId: t.fx.A.buildings[0],
    });
    expect(add.body).not.toContain('13912345678');
    // A building of community B cannot be put in A's team.
    const cross = await t.req({
      method: 'POST',
      url: `${A()}/grids/${t.fx.A.grids[0]}/members`,
      as: 'staff',
      payload: { role: 'other', name: 'x', buildingId: t.fx.B.buildings[0] },
    });
    expect(cross.statusCode).toBe(404);
    const mid = add.json().id;
    expect(
      (
        await t.req({
          method: 'PATCH',
          url: `${A()}/grids/${t.fx.A.grids[0]}/members/${mid}`,
          as: 'staff',
          payload: { name: '钱七七' },
        })
      ).json().name,
    ).toBe('钱七七');
    // The member belongs to grid 1: addressing it through grid 2 is not found.
    expect(
      (await t.req({ method: 'DELETE', url: `${A()}/grids/${t.fx.A.grids[1]}/members/${mid}`, as: 'staff' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.req({ method: 'DELETE', url: `${A()}/grids/${t.fx.A.grids[0]}/members/${mid}`, as: 'staff' }))
        .statusCode,
    ).toBe(204);
    expect(
      (await t.req({ method: 'GET', url: `${A()}/grids/${t.fx.A.grids[0]}/members`, as: 'staff' })).json().items,
    ).toHaveLength(2);
    const created = await t.req({ method: 'POST', url: `${A()}/grids`, as: 'staff', payload: { name: '第三网格' } });
    expect(created.json()).toMatchObject({ name: '第三网格', buildings: [], team: [] });
  });

  it('creates buildings, filters them, moves one to another grid', async () => {
    const b = await t.req({
      method: 'POST',
      url: `${A()}/buildings`,
      as: 'staff',
      payload: { estateId: t.fx.A.estates[1], name: '5号楼', gridId: t.fx.A.grids[1], floors: 6 },
    });
    expect(b.statusCode).toBe(201);
    expect(b.json()).toMatchObject({ estateName: '洞北小区', gridName: '第二网格', floors: 6, households: 0 });
    expect(
      (
        await t.req({
          method: 'POST',
          url: `${A()}/buildings`,
          as: 'staff',
          payload: { estateId: t.fx.A.estates[1], name: '5号楼' },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await t.req({
          method: 'POST',
          url: `${A()}/buildings`,
          as: 'staff',
          payload: { estateId: t.fx.B.estates[0], name: '6号楼' },
        })
      ).statusCode,
    ).toBe(404);
    const byEstate = (
      await t.req({ method: 'GET', url: `${A()}/buildings?estateId=${t.fx.A.estates[0]}`, as: 'staff' })
    ).json();
    expect(byEstate.items.map((x: any) => x.name)).toEqual(['1号楼', '2号楼']);
    expect(byEstate.items[0].households).toBe(3);
    const moved = await t.req({
      method: 'PATCH',
      url: `${A()}/buildings/${b.json().id}`,
      as: 'staff',
      payload: { gridId: t.fx.A.grids[0] },
    });
    expect(moved.json().gridName).toBe('第一网格');
    expect(
      (await t.req({ method: 'GET', url: `${A()}/buildings?gridId=${t.fx.A.grids[0]}&q=5号`, as: 'staff' })).json()
        .total,
    ).toBe(1);
  });
});

describe('households', () => {
  it('lists households with representative and joined state, filters by building and search', async () => {
    const res = (
      await t.req({ method: 'GET', url: `${A()}/households?buildingId=${t.fx.A.buildings[0]}`, as: 'leader1' })
    ).json();
    expect(res.total).toBe(3);
    const h0 = res.items.find((h: any) => h.id === t.fx.A.households[0]);
    expect(h0).toMatchObject({
      room: '101',
      code: '1-1-101',
      estateName: '嘉和景苑',
      buildingName: '1号楼',
      residents: 2,
      joined: true,
      representative: { id: t.fx.residents.resident1, name: '居民resident1' },
    });
    expect(res.items.find((h: any) => h.room === '102')).toMatchObject({
      residents: 0,
      joined: false,
      representative: null,
    });
    expect(
      (await t.req({ method: 'GET', url: `${A()}/households?q=3-201`, as: 'staff' }))
        .json()
        .items.map((h: any) => h.code),
    ).toEqual(['2-3-201']);
  });

  it('creates a household with a generated code and refuses a duplicate room', async () => {
    const res = await t.req({
      method: 'POST',
      url: `${A()}/households`,
      as: 'staff',
      payload: { buildingId: t.fx.A.buildings[1], room: '301' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: '1-2-301', room: '301', buildingName: '2号楼', estateName: '嘉和景苑' });
    expect(
      (
        await t.req({
          method: 'POST',
          url: `${A()}/households`,
          as: 'staff',
          payload: { buildingId: t.fx.A.buildings[1], room: '301' },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await t.req({
          method: 'POST',
          url: `${A()}/households`,
          as: 'staff',
          payload: { buildingId: t.fx.A.buildings[1], room: '302', code: '1-1-101' },
        })
      ).statusCode,
    ).toBe(409);
    const patched = await t.req({
      method: 'PATCH',
      url: `${A()}/households/${res.json().id}`,
      as: 'staff',
      payload: { room: '302', note: '空置' },
    });
    expect(patched.json()).toMatchObject({ room: '302', note: '空置' });
  });

  it('shows a household with its residents, numbers masked', async () => {
    const res = await t.req({ method: 'GET', url: `${A()}/households/${t.fx.A.households[0]}`, as: 'staff' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.residentCount).toBe(2);
    expect(body.residents.map((r: any) => r.name).sort()).toEqual(['居民resident1', '居民resident1b']);
    expect(body.residents[0].phone).toMatch(/^138\*{4}\d{4}$/);
    expect(res.body).not.toMatch(/1380000\d{4}/);
  });

  it('keeps exactly one representative: setting another replaces the first; a resident of another household is refused', async () => {
    const url = `${A()}/households/${t.fx.A.households[0]}/representative`;
    const res = await t.req({ method: 'PUT', url, as: 'staff', payload: { residentId: t.fx.residents.resident1b } });
    expect(res.statusCode).toBe(200);
    expect(res.json().representative).toEqual({ id: t.fx.residents.resident1b, name: '居民resident1b' });
    const bad = await t.req({ method: 'PUT', url, as: 'staff', payload: { residentId: t.fx.residents.resident2 } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('not_in_household');
    const residents = (
      await t.req({ method: 'GET', url: `${A()}/residents?householdId=${t.fx.A.households[0]}`, as: 'staff' })
    ).json().items;
    expect(residents.filter((r: any) => r.isRepresentative).map((r: any) => r.id)).toEqual([t.fx.residents.resident1b]);
    const me = (await t.req({ method: 'GET', url: '/api/me', as: 'resident1b' })).json();
    expect(me.communities[0].roles).toContain('representative');
    await t.req({ method: 'PUT', url, as: 'staff', payload: { residentId: t.fx.residents.resident1 } });
  });
});

describe('my household (resident H5)', () => {
  it("shows a resident their own household with masked phones, and nobody else's", async () => {
    const res = await t.req({ method: 'GET', url: `${A()}/my/household`, as: 'resident1b' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: t.fx.A.households[0],
      code: '1-1-101',
      room: '101',
      buildingName: '1号楼',
      estateName: '嘉和景苑',
    });
    expect(res.json().residents).toHaveLength(2);
    expect(res.body).not.toMatch(/(?<![\da-f-])1[3-9]\d{9}(?![\da-f-])/);
    expect((await t.req({ method: 'GET', url: `${A()}/my/household` })).statusCode).toBe(401);
    expect((await t.req({ method: 'GET', url: `${A()}/my/household`, as: 'staff' })).statusCode).toBe(404);
    expect((await t.req({ method: 'GET', url: `${A()}/my/household`, as: 'residentB' })).statusCode).toBe(404);
  });
});
