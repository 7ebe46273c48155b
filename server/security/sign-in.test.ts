import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../core/auth/login-throttle';
import { trustProxyOf } from '../core/config';
import { createTestApp, type TestApp } from '../testing/harness';
import { TEST_DIALECT } from '../testing/database';
import { TEST_PASSWORD } from '../testing/fixture';
import { expectEvery } from '../testing/expect-every';

/**
 * Sign-in and join turned against the people they protect (issue 11, items 5–8 and the nested-JSON
 * half of 11): concurrent guesses past the limit, locking the owner out of their own browser, forged
 * X-Forwarded-For, a newcomer taking a resident's phone as login, password changes.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { GONGZHI_TRUST_PROXY: '1' } });
});
afterAll(async () => {
  await t?.close();
});

const login = (payload: { login: string; password: string }, o: { ip?: string; cookie?: string; xff?: string } = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload,
    remoteAddress: o.ip ?? '10.0.0.1',
    headers: { ...(o.cookie ? { cookie: o.cookie } : {}), ...(o.xff ? { 'x-forwarded-for': o.xff } : {}) },
  });
const cookieOf = (res: { cookies: Array<{ name: string; value: string }> }, name: string) => {
  const c = res.cookies.find((x) => x.name === name);
  return c ? `${name}=${c.value}` : undefined;
};
let n = 0;
/** A fresh client address per call: behind the one trusted proxy, the right-most X-Forwarded-For entry. */
const freshIp = () => `198.51.100.${++n}`;

describe(`guesses are counted before the password is checked (${TEST_DIALECT})`, () => {
  it(`20 concurrent wrong passwords from one address: at most ${LIMITS.accountFromIp} are checked, the rest 429`, async () => {
    const xff = freshIp();
    const res = await Promise.all(
      Array.from({ length: 20 }, () => login({ login: 'committee1', password: 'wrong-password-1' }, { xff })),
    );
    const codes = res.map((r) => r.statusCode);
    expect(codes).toHaveLength(20);
    expect(codes.filter((c) => c === 422).length).toBeLessThanOrEqual(LIMITS.accountFromIp);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(20 - LIMITS.accountFromIp);
    expectEvery(codes, (c) => c === 422 || c === 429);
    // Tries one at a time afterwards find what the burst left of the allowance: never more than the limit in all.
    let checked = codes.filter((c) => c === 422).length;
    for (let i = 0; i < LIMITS.accountFromIp + 1; i++)
      if ((await login({ login: 'committee1', password: 'wrong-password-2' }, { xff })).statusCode === 422) checked++;
    expect(checked).toBe(LIMITS.accountFromIp);
    // And the right password from there is refused too, until the window passes.
    expect((await login({ login: 'committee1', password: TEST_PASSWORD }, { xff })).statusCode).toBe(429);
  });
});

describe(`the owner is not locked out of their own browser (${TEST_DIALECT})`, () => {
  it('after the account-wide limit from many addresses, a browser that signed in before still signs in; a new one waits', async () => {
    const home = freshIp();
    const first = await login({ login: 'committee2', password: TEST_PASSWORD }, { xff: home });
    expect(first.statusCode).toBe(200);
    const device = cookieOf(first, 'gz_dev')!;
    expect(device).toMatch(/^gz_dev=/);
    expect(first.cookies.find((c) => c.name === 'gz_dev')).toMatchObject({ httpOnly: true, path: '/api/auth' });
    // A distributed guesser: a few tries from each of many addresses.
    let refused = 0;
    for (let i = 0; i < LIMITS.account + 10; i++) {
      const r = await login({ login: 'committee2', password: `guess-${i}-xxxxx` }, { xff: `203.0.113.${i % 25}` });
      if (r.statusCode === 429) refused++;
    }
    expect(refused).toBeGreaterThanOrEqual(10);
    expect((await login({ login: 'committee2', password: TEST_PASSWORD }, { xff: freshIp() })).statusCode).toBe(429);
    // The owner at home, even from a new address (a phone moving between networks), with the device cookie.
    const again = await login({ login: 'committee2', password: TEST_PASSWORD }, { xff: freshIp(), cookie: device });
    expect(again.statusCode, again.body).toBe(200);
    // The cookie names the account: it gives no allowance for another one, and a forged one gives none.
    const [, uid, nonce] = device.match(/^gz_dev=([^.]+)\.([^.]+)\./)!;
    const forged = `gz_dev=${uid}.${nonce}.${'0'.repeat(32)}`;
    expect(
      (await login({ login: 'committee2', password: TEST_PASSWORD }, { xff: freshIp(), cookie: forged })).statusCode,
    ).toBe(429);
  });

  it(`a device cookie has its own allowance (${LIMITS.device}); past it the browser counts like any other`, async () => {
    const first = await login({ login: 'leader2', password: TEST_PASSWORD }, { xff: freshIp() });
    const device = cookieOf(first, 'gz_dev')!;
    const xff = freshIp();
    const codes: number[] = [];
    for (let i = 0; i < LIMITS.device + LIMITS.accountFromIp + 1; i++)
      codes.push((await login({ login: 'leader2', password: 'wrong-password-x' }, { xff, cookie: device })).statusCode);
    expect(codes.filter((c) => c === 422)).toHaveLength(LIMITS.device + LIMITS.accountFromIp);
    expect(codes.at(-1)).toBe(429);
  });
});

describe(`GONGZHI_TRUST_PROXY is a hop count or a list of proxies (${TEST_DIALECT})`, () => {
  it('parses hops and addresses, refuses "true" and nonsense with a clear message', () => {
    expect(trustProxyOf(undefined)).toBe(false);
    expect(trustProxyOf('0')).toBe(false);
    expect(trustProxyOf('1')).toBe(1);
    expect(trustProxyOf('2')).toBe(2);
    expect(trustProxyOf('10.0.0.2, 10.1.0.0/16,::1')).toEqual(['10.0.0.2', '10.1.0.0/16', '::1']);
    expect(() => trustProxyOf('true')).toThrow(/forge/);
    expect(() => trustProxyOf('10.0.0.300')).toThrow(/not understood: 10\.0\.0\.300/);
    expect(() => trustProxyOf('10.0.0.0/40')).toThrow(/GONGZHI_TRUST_PROXY/);
  });

  it('with 1 hop, a forged left-most X-Forwarded-For entry does not make a new address', async () => {
    const real = freshIp();
    const codes: number[] = [];
    for (let i = 0; i < LIMITS.accountFromIp + 1; i++) {
      codes.push(
        (await login({ login: 'secretary', password: 'wrong-password-y' }, { xff: `1.2.3.${i}, ${real}` })).statusCode,
      );
    }
    expect(codes).toEqual([...Array(LIMITS.accountFromIp).fill(422), 429]);
    const rows = await t.db.selectFrom('login_attempts').select('ip').where('ip', 'like', '1.2.3.%').execute();
    expect(rows).toHaveLength(0);
  });
});

describe(`a join cannot take another person's phone (${TEST_DIALECT})`, () => {
  const A = () => `/api/communities/${t.fx.A.id}`;
  const phoneOf = async (login: string) =>
    (await t.db.selectFrom('users').select('phone').where('login', '=', login).executeTakeFirstOrThrow()).phone!;
  const codeFor = async (i: number) => {
    const res = await t.req({ method: 'POST', url: `${A()}/buildings/${t.fx.A.buildings[2]}/join-codes`, as: 'staff' });
    expect(res.statusCode).toBe(200);
    return res.json().items[i].code as string;
  };
  const join = (payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/join',
      payload,
      remoteAddress: '10.0.0.1',
      headers: { 'x-forwarded-for': freshIp() },
    });

  it("a login that is someone else's phone is refused; the resident still signs in by phone", async () => {
    const victim = await phoneOf('resident2');
    const res = await join({
      code: await codeFor(0),
      name: '新人',
      phone: '13355550001',
      password: 'long-password-j1',
      login: victim,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.code).toBe('login_is_phone');
    const staffMade = await t.req({
      method: 'POST',
      url: `${A()}/accounts`,
      as: 'staff',
      payload: { login: victim, displayName: '冒用', password: 'long-password-j2', roles: ['committee'] },
    });
    expect(staffMade.json().error?.code).toBe('login_is_phone');
    const me = await login({ login: victim, password: TEST_PASSWORD }, { xff: freshIp() });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.login).toBe('resident2');
  });

  it('a join with a phone already registered answers like any other join, and leaves phone sign-in to its owner', async () => {
    const taken = await phoneOf('resident3');
    const a = await join({
      code: await codeFor(1),
      name: '新人甲',
      phone: taken,
      password: 'long-password-j3',
      login: 'newcomer-a',
    });
    const b = await join({
      code: await codeFor(2),
      name: '新人乙',
      phone: '13355550002',
      password: 'long-password-j4',
      login: 'newcomer-b',
    });
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(Object.keys(a.json()).sort()).toEqual(Object.keys(b.json()).sort());
    expect(a.json().user.login).toBe('newcomer-a');
    expect((await login({ login: taken, password: TEST_PASSWORD }, { xff: freshIp() })).json().user.login).toBe(
      'resident3',
    );
    expect((await login({ login: taken, password: 'long-password-j3' }, { xff: freshIp() })).statusCode).toBe(422);
    expect((await login({ login: 'newcomer-a', password: 'long-password-j3' }, { xff: freshIp() })).statusCode).toBe(
      200,
    );
    // The phone stays on the newcomer's resident record; it is just not a second sign-in name.
    const users = await t.db
      .selectFrom('users')
      .select('id')
      .where((eb) => eb.or([eb('phone', '=', taken), eb('login', '=', taken)]))
      .execute();
    expect(users).toHaveLength(1);
  });
});

describe(`changing the password (${TEST_DIALECT})`, () => {
  it('needs the old password, refuses short and common ones, and ends the other sessions', async () => {
    const here = await t.login('specialist');
    const elsewhere = await t.login('specialist');
    const change = (payload: Record<string, unknown>, cookie = here) =>
      t.app.inject({ method: 'POST', url: '/api/auth/password', payload, headers: { cookie } });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/password',
          payload: { oldPassword: 'x', newPassword: 'y' },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await change({ oldPassword: 'not-the-password', newPassword: 'a-much-better-passphrase' })).json().error.code,
    ).toBe('wrong_password');
    expect((await change({ oldPassword: TEST_PASSWORD, newPassword: 'short-pw' })).json().error.code).toBe(
      'weak_password',
    );
    expect((await change({ oldPassword: TEST_PASSWORD, newPassword: '1234567890' })).json().error.code).toBe(
      'weak_password',
    );
    expect((await change({ oldPassword: TEST_PASSWORD, newPassword: 'qwertyuiop' })).json().error.code).toBe(
      'weak_password',
    );
    const ok = await change({ oldPassword: TEST_PASSWORD, newPassword: 'a-much-better-passphrase' });
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: here } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: elsewhere } })).statusCode).toBe(
      401,
    );
    expect((await login({ login: 'specialist', password: TEST_PASSWORD }, { xff: freshIp() })).statusCode).toBe(422);
    expect(
      (await login({ login: 'specialist', password: 'a-much-better-passphrase' }, { xff: freshIp() })).statusCode,
    ).toBe(200);
    expect(
      await t.db.selectFrom('audit_events').select('id').where('action', '=', 'users.password').executeTakeFirst(),
    ).toBeDefined();
  });

  it(`guessing the old password is limited to ${LIMITS.password} per 15 minutes`, async () => {
    const cookie = await t.login('property');
    const codes: number[] = [];
    for (let i = 0; i < LIMITS.password + 1; i++) {
      codes.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/auth/password',
            payload: { oldPassword: `guess-${i}`, newPassword: 'another-good-passphrase' },
            headers: { cookie },
          })
        ).statusCode,
      );
    }
    expect(codes).toEqual([...Array(LIMITS.password).fill(422), 429]);
  });
});

describe(`hostile bodies before sign-in (${TEST_DIALECT})`, () => {
  it('JSON nested 6,000 levels deep is a 400, not a stack overflow', async () => {
    const deep = '['.repeat(6000) + ']'.repeat(6000);
    for (const url of ['/api/auth/login', '/api/join']) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        payload: `{"login":${deep},"password":"x"}`,
      });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('json_too_deep');
    }
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: `{"login":${'['.repeat(10)}${']'.repeat(10)},"password":"x"}`,
    });
    expect(ok.statusCode).toBe(400);
    expect(ok.json().error.code).toBe('validation_failed');
  });
});
