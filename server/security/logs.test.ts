import { Writable } from 'node:stream';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness';
import { TEST_DIALECT } from '../testing/database';
import { TEST_PASSWORD, testIdNumber } from '../testing/fixture';

/**
 * Log sweep: the requests that carry secrets — sign-ins right and wrong, a household join, a new
 * account, residents with full phone and ID numbers in bodies and URLs, a reveal, signed-in calls
 * with their session cookie — run with the real logger writing to a captured stream. No line may
 * hold a password, a full phone or ID number, or a session id.
 */
let t: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  let partial = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      const all = (partial + chunk.toString()).split('\n');
      partial = all.pop()!;
      lines.push(...all.filter(Boolean));
      cb();
    },
  });
  t = await createTestApp({ logStream: stream });
});

const secrets = new Map<string, string>();
const secret = (label: string, value: string) => {
  secrets.set(value, label);
  return value;
};
let requests = 0;
afterAll(async () => {
  console.log(
    `[security ${TEST_DIALECT}] log sweep: ${requests} requests, ${lines.length} log lines, ${secrets.size} secrets looked for`,
  );
  await t?.close();
});

describe(`log sweep (${TEST_DIALECT})`, () => {
  it('no password, full phone or ID number, or session id in any log line', async () => {
    const A = `/api/communities/${t.fx.A.id}`;
    const inject = async (o: InjectOptions) => {
      requests++;
      return t.app.inject(o);
    };
    const sidOf = (res: { cookies: Array<{ name: string; value: string }> }) =>
      res.cookies.find((c) => c.name === 'gz_sid')?.value;

    // Sign-ins: right, wrong, by phone, unknown account.
    secret('fixture password', TEST_PASSWORD);
    const wrong = secret('wrong password', 'Wrong-Password-Guess-2026');
    const ok = await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'staff', password: TEST_PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
    const staff = `gz_sid=${secret('staff session', sidOf(ok)!)}`;
    await inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'staff', password: wrong } });
    await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: secret('fixture phone', '13800000010'), password: TEST_PASSWORD },
    });
    await inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'nobody-here', password: wrong } });

    // A new account with its password and phone; it signs in, its session must not show either.
    const accountPw = secret('new account password', 'Account-Password-7f3a');
    const accountPhone = secret('new account phone', '13912345670');
    const acct = await inject({
      method: 'POST',
      url: `${A}/accounts`,
      headers: { cookie: staff },
      payload: {
        login: 'logsweep',
        displayName: '日志检查',
        phone: accountPhone,
        password: accountPw,
        roles: ['staff'],
      },
    });
    expect(acct.statusCode, acct.body).toBe(201);
    const acctLogin = await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'logsweep', password: accountPw },
    });
    secret('new account session', sidOf(acctLogin)!);

    // Residents with full numbers in the body, then looked up by them in URLs, then revealed.
    const phone = secret('resident phone', '13700001111');
    const idNumber = secret('resident ID number', testIdNumber(77));
    const created = await inject({
      method: 'POST',
      url: `${A}/residents`,
      headers: { cookie: staff },
      payload: { householdId: t.fx.A.households[2], name: '日志居民', phone, idNumber },
    });
    expect(created.statusCode, created.body).toBe(201);
    const rid = created.json().id;
    await inject({
      method: 'PATCH',
      url: `${A}/residents/${rid}`,
      headers: { cookie: staff },
      payload: { phone: secret('changed phone', '13700002222') },
    });
    await inject({ method: 'GET', url: `${A}/residents?q=${phone}`, headers: { cookie: staff } });
    await inject({ method: 'GET', url: `${A}/residents?q=${idNumber}`, headers: { cookie: staff } });
    await inject({ method: 'GET', url: `${A}/residents/${idNumber}`, headers: { cookie: staff } });
    await inject({
      method: 'GET',
      url: `/api/me?phone=${phone}&id=${idNumber.toLowerCase()}`,
      headers: { cookie: staff },
    });
    const revealedBy = await inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'secretary', password: TEST_PASSWORD },
    });
    const secretary = `gz_sid=${secret('secretary session', sidOf(revealedBy)!)}`;
    // The secretary may not reveal (403); staff may, and the full numbers answered must not reach the log.
    const refused = await inject({
      method: 'POST',
      url: `${A}/residents/${rid}/reveal`,
      headers: { cookie: secretary },
      payload: { field: 'phone', reason: '核实身份' },
    });
    expect(refused.statusCode).toBe(403);
    const revealed: string[] = [];
    for (const field of ['phone', 'idNumber']) {
      const r = await inject({
        method: 'POST',
        url: `${A}/residents/${rid}/reveal`,
        headers: { cookie: staff },
        payload: { field, reason: '核实身份' },
      });
      expect(r.statusCode, r.body).toBe(200);
      revealed.push(r.json().value);
    }
    expect(revealed).toEqual(['13700002222', idNumber]);

    // A household join: code, phone and password in the body; a bad code; a cookie on a 404.
    const codes = await inject({
      method: 'POST',
      url: `${A}/buildings/${t.fx.A.buildings[1]}/join-codes`,
      headers: { cookie: staff },
    });
    const code = secret('join code', codes.json().items[0].code);
    const joinPw = secret('join password', 'Join-Password-2026-x');
    const joined = await inject({
      method: 'POST',
      url: '/api/join',
      payload: { code, name: '新住户', phone: secret('join phone', '13655556666'), password: joinPw },
    });
    expect(joined.statusCode, joined.body).toBeLessThan(300);
    secret('join session', sidOf(joined)!);
    await inject({
      method: 'POST',
      url: '/api/join',
      payload: { code: 'BADCODE1', name: '冒用者', phone: secret('bad join phone', '13655557777'), password: joinPw },
    });
    await inject({
      method: 'GET',
      url: `/api/nowhere/${phone}`,
      headers: { cookie: staff, authorization: `Bearer ${secret('bearer token', 'bearer-token-value-123')}` },
    });
    await inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: staff } });

    // The sweep reads real request lines: the URLs are there, with the numbers masked.
    expect(lines.length).toBeGreaterThan(requests);
    expect(lines.some((l) => l.includes('q=137****1111'))).toBe(true);
    // Both reveals reached the log (as requests that answered 200), so the leak check below covers them.
    expect(lines.filter((l) => l.includes(`/residents/${rid}/reveal`)).length).toBeGreaterThanOrEqual(3);
    const leaks = lines.flatMap((line) =>
      [...secrets].filter(([value]) => line.includes(value)).map(([, label]) => `${label} in: ${line.slice(0, 300)}`),
    );
    expect(leaks).toEqual([]);
  });
});
