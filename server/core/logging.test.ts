import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness';
import { TEST_PASSWORD, testIdNumber } from '../testing/fixture';

let t: TestApp;
let logs = '';
beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _enc, cb) {
      logs += chunk.toString();
      cb();
    },
  });
  t = await createTestApp({ logStream: stream });
});
afterAll(async () => {
  await t?.close();
});

it('never logs passwords, session ids, or full phone and ID numbers', async () => {
  const phone = '13800000002';
  const id = testIdNumber(3);
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login: phone, password: TEST_PASSWORD },
  });
  expect(login.statusCode).toBe(200);
  const sid = login.cookies.find((c) => c.name === 'gz_sid')!.value;
  await t.app.inject({
    method: 'GET',
    url: `/api/me?phone=${phone}&id=${id}`,
    headers: { cookie: `gz_sid=${sid}`, authorization: 'Bearer secret-token-value' },
  });
  await t.app.inject({ method: 'GET', url: `/api/nowhere/${phone}` });
  expect(logs).toContain('/api/me?phone=138****0002');
  for (const secret of [TEST_PASSWORD, sid, phone, id, 'secret-token-value']) expect(logs).not.toContain(secret);
});
