import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { JOIN_ALPHABET } from './joincodes.service';
import { LIMITS } from '../../core/auth/login-throttle';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const A = () => `/api/communities/${t.fx.A.id}`;
let ip = 0;
/** Each join from its own address, so the wrong-code throttle of one test does not touch another. */
const join = (payload: Record<string, unknown>, o: { cookie?: string; remoteAddress?: string } = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/join',
    payload,
    remoteAddress: o.remoteAddress ?? `10.0.0.${++ip}`,
    headers: o.cookie ? { cookie: o.cookie } : {},
  });

async function codesFor(building: number) {
  const res = await t.req({
    method: 'POST',
    url: `${A()}/buildings/${t.fx.A.buildings[building]}/join-codes`,
    as: 'staff',
  });
  expect(res.statusCode).toBe(200);
  return res.json() as {
    building: { name: string; estateName: string };
    items: Array<{ householdId: string; code: string; room: string; joinUrl: string }>;
  };
}
const codeOf = (codes: Awaited<ReturnType<typeof codesFor>>, householdId: string) =>
  codes.items.find((i) => i.householdId === householdId)!.code;

describe('household join codes', () => {
  it('issues one 8-character code per household, stores only its hash, and a reissue voids the old ones', async () => {
    const first = await codesFor(0);
    expect(first.building).toMatchObject({ name: '1号楼', estateName: '嘉和景苑' });
    expect(first.items.map((i) => i.room)).toEqual(['101', '102', '201']);
    for (const i of first.items) {
      expect(i.code).toMatch(new RegExp(`^[${JOIN_ALPHABET}]{8}$`));
      expect(i.joinUrl).toBe(`/h5/join?code=${i.code}`);
    }
    const stored = await t.db
      .selectFrom('households')
      .select('join_code_hash')
      .where('building_id', '=', t.fx.A.buildings[0])
      .execute();
    expect(JSON.stringify(stored)).not.toContain(first.items[0].code);
    const second = await codesFor(0);
    const old = await join({
      code: first.items[1].code,
      name: '某人',
      phone: '13300000001',
      password: 'long-password-1',
    });
    expect(old.statusCode).toBe(422);
    expect(old.json().error.code).toBe('join_code_invalid');
    expect(second.items[1].code).not.toBe(first.items[1].code);
  });

  it('signs a new person up: account, resident, representative of an empty household, session cookie; the code then stops working', async () => {
    const codes = await codesFor(0);
    const code = codeOf(codes, t.fx.A.households[1]);
    const res = await join({
      code: code.toLowerCase(),
      name: '陈一',
      phone: '13300000002',
      password: 'long-password-2',
    });
    expect(res.statusCode).toBe(200);
    const me = res.json();
    expect(me.user).toMatchObject({ login: '13300000002', displayName: '陈一' });
    expect(me.communities).toEqual([
      expect.objectContaining({
        id: t.fx.A.id,
        roles: ['representative', 'resident'],
        householdId: t.fx.A.households[1],
      }),
    ]);
    const cookie = res.cookies.find((c) => c.name === 'gz_sid')!;
    expect(cookie.httpOnly).toBe(true);
    const again = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `gz_sid=${cookie.value}` } });
    expect(again.json().user.displayName).toBe('陈一');
    const reuse = await join({ code, name: '陈二', phone: '13300000003', password: 'long-password-3' });
    expect(reuse.statusCode).toBe(422);
    const h = (await t.req({ method: 'GET', url: `${A()}/households/${t.fx.A.households[1]}`, as: 'staff' })).json();
    expect(h).toMatchObject({ joined: true, representative: { name: '陈一' }, residentCount: 1 });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: '13300000002', password: 'long-password-2' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('links the matching resident record and does not take over an existing representative', async () => {
    const r = await t.req({
      method: 'POST',
      url: `${A()}/residents`,
      as: 'staff',
      payload: { householdId: t.fx.A.households[0], name: '郑九', phone: '13300000009' },
    });
    const codes = await codesFor(0);
    const res = await join({
      code: codeOf(codes, t.fx.A.households[0]),
      name: '郑九',
      phone: '13300000009',
      password: 'long-password-9',
      login: 'zheng9',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().communities[0]).toMatchObject({ roles: ['resident'], residentId: r.json().id });
    const h = (await t.req({ method: 'GET', url: `${A()}/households/${t.fx.A.households[0]}`, as: 'staff' })).json();
    expect(h.representative.id).toBe(t.fx.residents.resident1);
    expect(h.residentCount).toBe(3);
  });

  it('joins a signed-in account without creating another one', async () => {
    const codes = await codesFor(1);
    const cookie = await t.login('leader1');
    const res = await join(
      { code: codeOf(codes, t.fx.A.households[3]), name: '楼组长一', phone: '13300000010' },
      { cookie },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().user.login).toBe('leader1');
    expect(res.json().communities[0].roles).toEqual(['building_leader', 'grid_member', 'representative', 'resident']);
    const again = await join(
      { code: codeOf(codes, t.fx.A.households[5]), name: '楼组长一', phone: '13300000010' },
      { cookie },
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_resident');
  });

  it('leaves the code usable when the request is refused: weak password, missing password, unknown field', async () => {
    const codes = await codesFor(2);
    const code = codeOf(codes, t.fx.A.households[6]);
    expect((await join({ code, name: '甲', phone: '13300000011', password: 'short' })).json().error.code).toBe(
      'weak_password',
    );
    expect((await join({ code, name: '甲', phone: '13300000011' })).statusCode).toBe(400);
    expect(
      (await join({ code, name: '甲', phone: '13300000011', password: 'long-password-x', extra: 1 })).statusCode,
    ).toBe(400);
    expect((await join({ code, name: '甲', phone: '13300000011', password: 'long-password-x' })).statusCode).toBe(200);
  });

  it('of two concurrent joins with one code exactly one wins', async () => {
    const codes = await codesFor(2);
    const code = codeOf(codes, t.fx.A.households[8]);
    const results = await Promise.all([
      join({ code, name: '并发甲', phone: '13300000021', password: 'long-password-a' }),
      join({ code, name: '并发乙', phone: '13300000022', password: 'long-password-b' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    const joined = await t.db
      .selectFrom('residents')
      .select('name')
      .where('household_id', '=', t.fx.A.households[8])
      .where('user_id', 'is not', null)
      .execute();
    expect(joined).toHaveLength(1);
    const users = await t.db
      .selectFrom('users')
      .select('login')
      .where('login', 'in', ['13300000021', '13300000022'])
      .execute();
    expect(users).toHaveLength(1);
  });

  it('slows down guessing: after LIMITS.joinFromIp wrong codes from one address it answers 429', async () => {
    const remoteAddress = '10.9.8.7';
    for (let i = 0; i < LIMITS.joinFromIp; i++) {
      expect(
        (
          await join(
            { code: 'ZZZZZZZZ', name: '猜', phone: '13300000031', password: 'long-password-g' },
            { remoteAddress },
          )
        ).statusCode,
      ).toBe(422);
    }
    const blocked = await join(
      { code: 'ZZZZZZZZ', name: '猜', phone: '13300000031', password: 'long-password-g' },
      { remoteAddress },
    );
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected.
    expect(
      (await join({ code: 'ZZZZZZZZ', name: '猜', phone: '13300000031', password: 'long-password-g' })).statusCode,
    ).toBe(422);
  });

  it('records the join in the audit trail without the code', async () => {
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('action', 'in', ['households.join', 'households.join_codes'])
      .execute();
    expect(events.filter((e) => e.action === 'households.join').length).toBeGreaterThanOrEqual(4);
    expect(events.find((e) => e.action === 'households.join_codes')!.after).toEqual({ households: 3 });
  });
});
