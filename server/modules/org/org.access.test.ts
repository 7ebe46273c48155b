import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';

/**
 * Every org endpoint: 401 signed out, 403 for a resident, 404 for another community's staff on A's
 * URLs and for A's ids under B's URL, 400 for bad bodies. Success paths are in the other test files.
 */
let t: TestApp;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  const A = `/api/communities/${t.fx.A.id}`;
  const org = await t.req({
    method: 'POST',
    url: `${A}/organizations`,
    as: 'staff',
    payload: { kind: 'partner_unit', name: '电信党支部' },
  });
  ids.org = org.json().id;
  const m = await t.req({
    method: 'POST',
    url: `${A}/organizations/${ids.org}/members`,
    as: 'staff',
    payload: { name: '王五' },
  });
  ids.orgMember = m.json().id;
  const g = await t.req({ method: 'GET', url: `${A}/grids/${t.fx.A.grids[0]}/members`, as: 'staff' });
  ids.gridMember = g.json().items[0].id;
});
afterAll(async () => {
  await t?.close();
});

type Case = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: () => string;
  body?: () => unknown;
  entity?: boolean;
  bad?: unknown[];
};
const long = 'x'.repeat(600);
const cases: Case[] = [
  { method: 'GET', path: () => '' },
  { method: 'GET', path: () => '/estates' },
  {
    method: 'POST',
    path: () => '/estates',
    body: () => ({ name: '新小区' }),
    bad: [{}, { name: '' }, { name: 'a', extra: 1 }, { name: long }, { name: 'a', note: long }],
  },
  {
    method: 'PATCH',
    path: () => `/estates/${t.fx.A.estates[0]}`,
    body: () => ({ note: 'n' }),
    entity: true,
    bad: [{ name: 5 }, { foo: 1 }],
  },
  { method: 'GET', path: () => '/grids' },
  {
    method: 'POST',
    path: () => '/grids',
    body: () => ({ name: '第九网格' }),
    bad: [{ name: long }, { name: 'x', id: 'y' }],
  },
  {
    method: 'PATCH',
    path: () => `/grids/${t.fx.A.grids[0]}`,
    body: () => ({ note: 'n' }),
    entity: true,
    bad: [{ note: long }],
  },
  { method: 'GET', path: () => `/grids/${t.fx.A.grids[0]}/members`, entity: true },
  {
    method: 'POST',
    path: () => `/grids/${t.fx.A.grids[0]}/members`,
    body: () => ({ role: 'other', name: '赵六' }),
    entity: true,
    bad: [
      { role: 'boss', name: 'x' },
      { role: 'other', name: 'x', phone: '12345' },
    ],
  },
  {
    method: 'PATCH',
    path: () => `/grids/${t.fx.A.grids[0]}/members/${ids.gridMember}`,
    body: () => ({ name: '赵六' }),
    entity: true,
    bad: [{ role: 'x' }],
  },
  { method: 'DELETE', path: () => `/grids/${t.fx.A.grids[1]}/members/${ids.gridMember}`, entity: true },
  { method: 'GET', path: () => '/buildings' },
  {
    method: 'POST',
    path: () => '/buildings',
    body: () => ({ estateId: t.fx.A.estates[0], name: '9号楼' }),
    bad: [{ name: '9号楼' }, { estateId: 'x', name: 'y', floors: -1 }],
  },
  {
    method: 'PATCH',
    path: () => `/buildings/${t.fx.A.buildings[0]}`,
    body: () => ({ floors: 7 }),
    entity: true,
    bad: [{ floors: 'seven' }],
  },
  { method: 'POST', path: () => `/buildings/${t.fx.A.buildings[0]}/join-codes`, entity: true },
  { method: 'GET', path: () => '/households' },
  { method: 'GET', path: () => `/households/${t.fx.A.households[0]}`, entity: true },
  {
    method: 'POST',
    path: () => '/households',
    body: () => ({ buildingId: t.fx.A.buildings[0], room: '999' }),
    bad: [{ room: '1' }, { buildingId: 'x', room: long }],
  },
  {
    method: 'PATCH',
    path: () => `/households/${t.fx.A.households[0]}`,
    body: () => ({ note: 'n' }),
    entity: true,
    bad: [{ room: '' }],
  },
  {
    method: 'PUT',
    path: () => `/households/${t.fx.A.households[0]}/representative`,
    body: () => ({ residentId: t.fx.residents.resident1 }),
    entity: true,
    bad: [{}, { residentId: 1 }],
  },
  { method: 'GET', path: () => '/residents' },
  { method: 'GET', path: () => `/residents/${t.fx.residents.resident1}`, entity: true },
  {
    method: 'POST',
    path: () => '/residents',
    body: () => ({ name: '新居民' }),
    bad: [
      { name: 'x', phone: '1380000' },
      { name: 'x', idNumber: '123' },
      { name: 'x', birthDate: '1990-02-30' },
      { name: 'x', tags: ['vip'] },
    ],
  },
  {
    method: 'PATCH',
    path: () => `/residents/${t.fx.residents.resident1}`,
    body: () => ({ note: 'n' }),
    entity: true,
    bad: [{ gender: 'x' }],
  },
  {
    method: 'POST',
    path: () => `/residents/${t.fx.residents.resident1}/reveal`,
    body: () => ({ field: 'phone', reason: '联系居民' }),
    entity: true,
    bad: [{ field: 'name', reason: 'xx' }, { field: 'phone' }, { field: 'phone', reason: long }],
  },
  { method: 'GET', path: () => '/organizations' },
  {
    method: 'POST',
    path: () => '/organizations',
    body: () => ({ kind: 'department', name: '派出所' }),
    bad: [{ kind: 'club', name: 'x' }],
  },
  {
    method: 'PATCH',
    path: () => `/organizations/${ids.org}`,
    body: () => ({ note: 'n' }),
    entity: true,
    bad: [{ contactPhone: 'abc' }],
  },
  { method: 'GET', path: () => `/organizations/${ids.org}/members`, entity: true },
  {
    method: 'POST',
    path: () => `/organizations/${ids.org}/members`,
    body: () => ({ name: '李四' }),
    entity: true,
    bad: [{ title: 'x' }],
  },
  {
    method: 'PATCH',
    path: () => `/organizations/${ids.org}/members/${ids.orgMember}`,
    body: () => ({ title: '书记' }),
    entity: true,
    bad: [{ name: '' }],
  },
  { method: 'DELETE', path: () => `/organizations/${ids.org}/members/${ids.orgMember}`, entity: true },
  { method: 'GET', path: () => '/accounts' },
  {
    method: 'POST',
    path: () => '/accounts',
    body: () => ({ login: 'newbie', displayName: '新人', password: 'long-enough-pw', roles: ['staff'] }),
    bad: [
      { login: 'x y', displayName: 'a', password: 'b', roles: ['staff'] },
      { login: 'abc', displayName: 'a', password: 'b', roles: ['representative'] },
    ],
  },
  {
    method: 'PUT',
    path: () => `/accounts/${t.fx.users.leader1}/roles`,
    body: () => ({ roles: ['building_leader'] }),
    entity: true,
    bad: [{ roles: 'staff' }, { roles: ['king'] }],
  },
  { method: 'GET', path: () => '/audit' },
  { method: 'GET', path: () => '/rosters/template.xlsx' },
  { method: 'GET', path: () => '/rosters/households.xlsx' },
  { method: 'GET', path: () => '/rosters/residents.xlsx' },
  { method: 'POST', path: () => '/rosters/import' },
];

const send = (c: Case, community: string, as?: string, payload?: unknown) =>
  t.req({
    method: c.method,
    url: `/api/communities/${community}${c.path()}`,
    as,
    ...(payload !== undefined ? { payload: payload as any } : c.body ? { payload: c.body() as any } : {}),
  });

describe('org endpoints refuse whoever may not call them', () => {
  for (const c of cases) {
    it(`${c.method} ${c.path.toString().replace(/^\(\) => /, '')}`, async () => {
      const A = t.fx.A.id;
      expect((await send(c, A)).statusCode, 'signed out').toBe(401);
      const asResident = await send(c, A, 'resident1');
      expect(asResident.statusCode, 'resident').toBe(403);
      expect(asResident.json().error.code).toBe('forbidden');
      const outsider = await send(c, A, 'staffB');
      expect(outsider.statusCode, 'staff of B on A').toBe(404);
      if (c.entity) {
        const crossed = await send(c, t.fx.B.id, 'staffB');
        expect(crossed.statusCode, 'A ids under B').toBe(404);
        expect(crossed.body).not.toContain(A);
      }
      // Every route with a body lists bad ones; a route without a body has none to send.
      const bads = c.bad ?? [];
      expect(bads.length > 0, 'bad bodies listed exactly when the route takes a body').toBe(!!c.body);
      for (const bad of bads) {
        const res = await send(c, A, 'staff', bad);
        expect(res.statusCode, JSON.stringify(bad)).toBe(400);
        expect(res.json().error.code).toBe('validation_failed');
      }
    });
  }
  it('keeps management to community staff: a building leader reads but cannot change', async () => {
    const A = `/api/communities/${t.fx.A.id}`;
    expect((await t.req({ method: 'GET', url: `${A}/households`, as: 'leader1' })).statusCode).toBe(200);
    expect(
      (await t.req({ method: 'POST', url: `${A}/estates`, as: 'leader1', payload: { name: 'x' } })).statusCode,
    ).toBe(403);
    expect(
      (
        await t.req({
          method: 'POST',
          url: `${A}/residents/${t.fx.residents.resident1}/reveal`,
          as: 'secretary',
          payload: { field: 'phone', reason: '核对' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.req({ method: 'GET', url: `${A}/audit`, as: 'secretary' })).statusCode).toBe(200);
    expect((await t.req({ method: 'GET', url: `${A}/accounts`, as: 'secretary' })).statusCode).toBe(403);
  });
});
