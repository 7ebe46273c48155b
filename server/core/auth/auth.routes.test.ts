import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { TEST_PASSWORD } from '../../testing/fixture';
import { TEST_DIALECT } from '../../testing/database';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('health and docs', () => {
  it('answers health with the dialect', async () => {
    const res = await t.req({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: TEST_DIALECT });
  });
  it('publishes an OpenAPI document that lists the login route', async () => {
    const res = await t.req({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/auth/login'].post).toBeDefined();
  });
  it('sends a CSP without inline scripts', async () => {
    const res = await t.req({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('sign-in', () => {
  it('signs in by login name and by phone, and /api/me lists roles per community', async () => {
    for (const login of ['staff', '13800000002']) {
      const res = await t.req({ method: 'POST', url: '/api/auth/login', payload: { login, password: TEST_PASSWORD } });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'gz_sid')!;
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite).toBe('Lax');
      const me = await t.req({ method: 'GET', url: '/api/me', headers: { cookie: `gz_sid=${cookie.value}` } });
      expect(me.json().user.login).toBe('staff');
      expect(me.json().communities).toEqual([
        expect.objectContaining({ id: t.fx.A.id, name: '砖桥居民区', roles: ['staff'] }),
      ]);
    }
  });
  it('derives the representative role from the household', async () => {
    const me = await t.req({ method: 'GET', url: '/api/me', as: 'resident1' });
    expect(me.json().communities[0].roles).toEqual(['representative', 'resident']);
    const me2 = await t.req({ method: 'GET', url: '/api/me', as: 'resident1b' });
    expect(me2.json().communities[0].roles).toEqual(['resident']);
  });
  it('refuses a wrong password with a clear zh/en error', async () => {
    const res = await t.req({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'committee1', password: 'wrong-password' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'invalid_credentials',
      message: '账号或密码不正确',
      message_en: 'Wrong login or password',
    });
  });
  it('rejects malformed bodies with 400, never 500', async () => {
    const cases = [
      { payload: '{"login": ', headers: { 'content-type': 'application/json' } },
      { payload: { login: 'x' } },
      { payload: { login: 'x', password: 'y', extra: 1 } },
      { payload: { login: 'x'.repeat(65), password: 'y' } },
      { payload: { login: 5, password: 'y' } },
    ];
    for (const c of cases) {
      const res = await t.req({ method: 'POST', url: '/api/auth/login', ...c } as any);
      expect(res.statusCode, JSON.stringify(c)).toBe(400);
      expect(res.json().error.code).toMatch(/validation_failed|malformed_json/);
    }
  });
  it('answers 413 to an oversized body', async () => {
    const res = await t.req({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'x', password: 'y'.repeat(2 * 1024 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });
  it('requires a session for /api/me', async () => {
    const res = await t.req({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });
});

describe('sessions', () => {
  it('gives a new session id at each sign-in and ends the old one', async () => {
    const a = await t.login('leader1');
    const res = await t.req({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'leader1', password: TEST_PASSWORD },
      headers: { cookie: a },
    });
    const b = `gz_sid=${res.cookies.find((c) => c.name === 'gz_sid')!.value}`;
    expect(b).not.toBe(a);
    expect((await t.req({ method: 'GET', url: '/api/me', headers: { cookie: a } })).statusCode).toBe(401);
    expect((await t.req({ method: 'GET', url: '/api/me', headers: { cookie: b } })).statusCode).toBe(200);
  });
  it('logout ends the session', async () => {
    const c = await t.login('leader2');
    expect((await t.req({ method: 'POST', url: '/api/auth/logout', headers: { cookie: c } })).statusCode).toBe(204);
    expect((await t.req({ method: 'GET', url: '/api/me', headers: { cookie: c } })).statusCode).toBe(401);
  });
  it('expires after 30 minutes idle but not while in use, and after 12 hours in any case', async () => {
    const c = await t.login('property');
    for (let i = 0; i < 3; i++) {
      t.clock.advance(20 * 60_000);
      expect((await t.req({ method: 'GET', url: '/api/me', headers: { cookie: c } })).statusCode).toBe(200);
    }
    t.clock.advance(31 * 60_000);
    expect((await t.req({ method: 'GET', url: '/api/me', headers: { cookie: c } })).statusCode).toBe(401);

    // In use every 29 minutes: still signed in at 11 h 36 min, signed out past 12 h (by the cap, never idle).
    const d = await t.login('property');
    const kept: number[] = [];
    for (let i = 0; i < 24; i++) {
      t.clock.advance(29 * 60_000);
      kept.push((await t.req({ method: 'GET', url: '/api/me', headers: { cookie: d } })).statusCode);
    }
    expect(kept).toEqual(Array(24).fill(200));
    t.clock.advance(29 * 60_000);
    expect((await t.req({ method: 'GET', url: '/api/me', headers: { cookie: d } })).statusCode).toBe(401);
  });
});

describe('cross-site requests', () => {
  it('refuses a state change that the browser marks cross-site, or from a foreign Origin', async () => {
    for (const headers of [{ 'sec-fetch-site': 'cross-site' }, { origin: 'https://evil.example' }]) {
      const res = await t.req({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'staff', password: TEST_PASSWORD },
        headers,
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('cross_site_request');
    }
    const ok = await t.req({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'staff', password: TEST_PASSWORD },
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(ok.statusCode).toBe(200);
  });
});

describe('login throttling', () => {
  it('answers 429 with Retry-After after 5 failures from one address, without locking out the same account elsewhere', async () => {
    const bad = (ip: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'committee2', password: 'nope-nope' },
        remoteAddress: ip,
      });
    for (let i = 0; i < 5; i++) expect((await bad('10.9.9.9')).statusCode).toBe(422);
    const blocked = await bad('10.9.9.9');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits, from that address…
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'committee2', password: TEST_PASSWORD },
      remoteAddress: '10.9.9.9',
    });
    expect(right.statusCode).toBe(429);
    // …but the real person on another address still gets in.
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'committee2', password: TEST_PASSWORD },
      remoteAddress: '10.1.1.1',
    });
    expect(elsewhere.statusCode).toBe(200);
    // After the window the address may try again.
    t.clock.advance(16 * 60_000);
    expect((await bad('10.9.9.9')).statusCode).toBe(422);
  });
});
