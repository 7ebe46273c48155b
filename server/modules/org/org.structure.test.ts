import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

const A = () => `/api/communities/${t.fx.A.id}`;
const B = () => `/api/communities/${t.fx.B.id}`;

describe('communities', () => {
  it('lists only the communities where the caller holds a role, with counts', async () => {
    const res = await t.req({ method: 'GET', url: '/api/communities', as: 'staff' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([{ id: t.fx.A.id, name: '砖桥居民区', townName: '洞泾镇', estates: 2, buildings: 3, households: 9, residents: 4, grids: 2 }]);
    const admin = await t.req({ method: 'GET', url: '/api/communities', as: 'admin' });
    expect(admin.json().items.map((c: any) => c.id).sort()).toEqual([t.fx.A.id, t.fx.B.id].sort());
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
