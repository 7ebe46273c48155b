import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashPassword } from '../core/auth/password';
import { newId, nowIso } from '../core/ids';
import { openDatabase } from '../core/db/kysely';
import { verifyChains } from '../core/audit/audit';
import { listVerifiers } from '../core/verify';
import { installedModules } from '../modules';
import { Secrets } from '../core/pii';
import { openTestDatabase, TEST_DIALECT, type TestDatabase } from '../testing/database';
import { seedFixture, TEST_PASSWORD, type Fixture } from '../testing/fixture';
import { TEST_SECRET } from '../testing/harness';

/**
 * kill -9: the real server under concurrent ticket submissions and ballot casts, SIGKILLed at
 * random moments, ROUNDS times. A round counts as a crash mid-write when a write request was sent
 * and not yet answered at the kill; the suite fails if no round was. After each kill the database
 * passes its checks (SQLite's integrity_check; on both dialects every audit and ballot chain
 * verifies, as `gongzhi verify` does); at the end every acknowledged write is present exactly once
 * (retries reuse their Idempotency-Key).
 */
const ROUNDS = Number(process.env.GONGZHI_CRASH_ROUNDS ?? 20);
const VOTERS = 60;
const BIN = path.resolve(import.meta.dirname, '../../bin/gongzhi.mjs');

let td: TestDatabase;
let fx: Fixture;
let server: ChildProcess | null = null;
let base = '';
const rand = (() => {
  let s = 20261128;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
})();

beforeAll(async () => {
  td = await openTestDatabase();
  const db = td.database.db;
  fx = await seedFixture(db, new Secrets(TEST_SECRET));
  // Extra households, each with a representative who can vote online.
  const hash = await hashPassword(TEST_PASSWORD);
  const now = nowIso();
  for (let i = 0; i < VOTERS; i++) {
    const hid = newId();
    const rid = newId();
    const uid = newId();
    await db
      .insertInto('households')
      .values({
        id: hid,
        community_id: fx.A.id,
        estate_id: fx.A.estates[0],
        building_id: fx.A.buildings[0],
        room: `C${i}`,
        code: `C-${i}`,
        representative_id: null,
        join_code_hash: null,
        join_code_issued_at: null,
        note: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('users')
      .values({
        id: uid,
        login: `voter${i}`,
        phone: null,
        display_name: `voter${i}`,
        password_hash: hash,
        platform_admin: false,
        disabled: false,
        locale: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('role_grants')
      .values({ id: newId(), user_id: uid, community_id: fx.A.id, role: 'resident', created_at: now })
      .execute();
    await db
      .insertInto('residents')
      .values({
        id: rid,
        community_id: fx.A.id,
        household_id: hid,
        name: `投票人${i}`,
        gender: null,
        birth_date: null,
        phone: null,
        id_number_enc: null,
        id_number_mask: null,
        id_number_hmac: null,
        user_id: uid,
        note: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db.updateTable('households').set({ representative_id: rid }).where('id', '=', hid).execute();
  }
  await td.database.close();
}, 300_000);

afterAll(async () => {
  server?.kill('SIGKILL');
  await td?.cleanup();
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

async function start() {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn('node', [BIN, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      GONGZHI_DATA_DIR: td.dataDir,
      DATABASE_URL: td.url ?? '',
      GONGZHI_SECRET_KEY: TEST_SECRET,
      LOG_LEVEL: 'warn',
      // One resident files tickets as fast as it can, round after round: not what the per-account limit is for.
      GONGZHI_REPORTS_PER_HOUR: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function kill() {
  const s = server!;
  const gone = new Promise((r) => s.once('exit', r));
  s.kill('SIGKILL');
  await gone;
  server = null;
}

async function api(method: string, url: string, cookie: string, body?: unknown, key?: string) {
  const res = await fetch(base + url, {
    method,
    headers: { 'content-type': 'application/json', cookie, ...(key ? { 'idempotency-key': key } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as any }; // fetch types .json() as unknown without the DOM lib
}

async function login(loginName: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: loginName, password: TEST_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${loginName}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

/** After a kill, with no server running: the file is sound (SQLite), and every chain and module check verifies (both dialects). */
async function integrityCheck(round: number) {
  if (TEST_DIALECT === 'sqlite') {
    const file = new BetterSqlite3(td.database.file!);
    try {
      expect(file.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
    } finally {
      file.close();
    }
  }
  const db = openDatabase({ databaseUrl: td.url, dataDir: td.dataDir });
  try {
    const chains = await verifyChains(db.db);
    expect(chains.length, `round ${round}: audit chains`).toBeGreaterThan(0);
    expect(
      chains.filter((c) => !c.ok),
      `round ${round}: broken audit chains`,
    ).toEqual([]);
    installedModules();
    const verifiers = listVerifiers();
    expect(verifiers.length).toBeGreaterThan(0);
    for (const v of verifiers)
      expect(
        (await v.fn(db.db)).filter((l) => !l.ok),
        `round ${round}: ${v.name}`,
      ).toEqual([]);
  } finally {
    await db.close();
  }
}

it(`survives ${ROUNDS} SIGKILLs under load with nothing acknowledged lost or doubled`, async () => {
  await start();
  // Sessions live in the database, so these cookies outlive every crash.
  const staff = await login('staff');
  const reporter = await login('resident1');
  // Ten at a time: sign-ins from one address are counted before the password is checked (30 in flight at most,
  // core/auth/login-throttle.ts), so 60 at once from 127.0.0.1 would be refused 429 by design.
  const voters: string[] = [];
  for (let i = 0; i < VOTERS; i += 10)
    voters.push(
      ...(await Promise.all(Array.from({ length: Math.min(10, VOTERS - i) }, (_, j) => login(`voter${i + j}`)))),
    );
  const c = await api('POST', `/api/communities/${fx.A.id}/consultations`, staff, {
    title: '崩溃测试征询',
    description: '',
    scope: { kind: 'buildings', ids: [fx.A.buildings[0]] },
    questions: [
      {
        key: 'q1',
        text: '同意吗？',
        options: [
          { key: 'yes', label: '同意' },
          { key: 'no', label: '不同意' },
        ],
        approveOption: 'yes',
      },
    ],
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    participation: { op: '>=', num: 2, den: 3 },
    approval: { op: '>', num: 1, den: 2 },
  });
  expect(c.status).toBe(201);
  expect(
    (await api('POST', `/api/communities/${fx.A.id}/consultations/${c.body.id}/open`, staff, {})).status,
  ).toBeLessThan(300);

  const ticketAcks = new Map<string, string>(); // idempotency key → ticket id
  const ticketKeys: string[] = [];
  const ballotAcks = new Map<number, string>(); // voter → receipt hash
  let n = 0;
  // Writes sent and not yet answered: what a kill cuts off.
  let pending = 0;
  let roundsCutMidWrite = 0;
  let writesCut = 0;
  const track = <T>(p: Promise<T>) => {
    pending++;
    return p.finally(() => {
      pending--;
    });
  };
  for (let round = 1; round <= ROUNDS; round++) {
    if (!server) await start();
    const inflight: Promise<unknown>[] = [];
    // The kill lands at a random moment after the round's first acknowledgement (so acknowledged writes are at stake), new work still flowing.
    const ackedBefore = ticketAcks.size + ballotAcks.size;
    const roundStart = Date.now();
    let deadline = Infinity;
    // Retry what was never acknowledged (same key), then add new work, until the kill.
    const unacked = ticketKeys.filter((k) => !ticketAcks.has(k));
    const submit = (key: string) =>
      track(
        api(
          'POST',
          `/api/communities/${fx.A.id}/tickets`,
          reporter,
          {
            title: `崩溃测试 ${key}`,
            description: '楼道灯坏了',
            locationKind: 'building',
            buildingId: fx.A.buildings[0],
          },
          key,
        ).then(
          (r) => {
            if (r.status === 201) ticketAcks.set(key, r.body.id);
          },
          () => {},
        ),
      );
    for (const k of unacked) inflight.push(submit(k));
    for (let v = 0; v < VOTERS; v++) {
      if (ballotAcks.has(v) || rand() < 0.7) continue;
      inflight.push(
        track(
          api(
            'POST',
            `/api/communities/${fx.A.id}/consultations/${c.body.id}/ballots`,
            voters[v],
            { answers: { q1: v % 3 ? 'yes' : 'no' } },
            `ballot-${v}-key`,
          ).then(
            (r) => {
              if (r.status === 201) ballotAcks.set(v, r.body.hash);
            },
            () => {},
          ),
        ),
      );
    }
    while (Date.now() < deadline) {
      if (
        deadline === Infinity &&
        (ticketAcks.size + ballotAcks.size > ackedBefore || Date.now() - roundStart > 20_000)
      )
        deadline = Date.now() + 50 + rand() * 700;
      const key = `crash-ticket-${++n}`;
      ticketKeys.push(key);
      inflight.push(submit(key));
      // Slower while waiting for the first acknowledgement, so a slow start does not pile up hundreds of requests.
      await new Promise((r) => setTimeout(r, deadline === Infinity ? 25 : 5));
    }
    const cut = pending;
    await kill();
    if (cut > 0) {
      roundsCutMidWrite++;
      writesCut += cut;
    }
    await Promise.allSettled(inflight);
    await integrityCheck(round);
  }
  const ticketsAckedInRounds = ticketAcks.size;
  const ballotsAckedInRounds = ballotAcks.size;
  expect(roundsCutMidWrite, 'no kill landed while a write was in flight: the rounds proved nothing').toBeGreaterThan(0);
  expect(
    ticketsAckedInRounds + ballotsAckedInRounds,
    'nothing was acknowledged before a kill: nothing acknowledged was at stake',
  ).toBeGreaterThan(0);

  // Final pass: retry everything still unacknowledged until it is, then count.
  await start();
  const unacknowledged = ticketKeys.filter((x) => !ticketAcks.has(x));
  expect(unacknowledged.length + ticketAcks.size).toBe(ticketKeys.length);
  for (const k of unacknowledged) {
    const r = await api(
      'POST',
      `/api/communities/${fx.A.id}/tickets`,
      reporter,
      { title: `崩溃测试 ${k}`, description: '楼道灯坏了', locationKind: 'building', buildingId: fx.A.buildings[0] },
      k,
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    ticketAcks.set(k, r.body.id);
  }
  for (let v = 0; v < VOTERS; v++) {
    if (ballotAcks.has(v)) continue;
    const r = await api(
      'POST',
      `/api/communities/${fx.A.id}/consultations/${c.body.id}/ballots`,
      voters[v],
      { answers: { q1: v % 3 ? 'yes' : 'no' } },
      `ballot-${v}-key`,
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    ballotAcks.set(v, r.body.hash);
  }
  await kill();

  const db = openDatabase({ databaseUrl: td.url, dataDir: td.dataDir }).db;
  try {
    const rows = await db.selectFrom('tickets').select(['id', 'title']).where('title', 'like', '崩溃测试 %').execute();
    const ids = new Set(rows.map((r) => r.id));
    expect(rows.length).toBe(ticketKeys.length); // none doubled
    expect(ticketAcks.size).toBe(ticketKeys.length);
    for (const id of ticketAcks.values()) expect(ids.has(id)).toBe(true); // none lost
    const ballots = await db
      .selectFrom('consultation_ballots')
      .select(['household_id', 'receipt_hash'])
      .where('consultation_id', '=', c.body.id)
      .execute();
    expect(ballots.length).toBe(VOTERS); // every household exactly once
    expect(new Set(ballots.map((b) => b.household_id)).size).toBe(ballots.length);
    const hashes = new Set(ballots.map((b) => b.receipt_hash));
    expect(ballotAcks.size).toBe(VOTERS);
    for (const h of ballotAcks.values()) expect(hashes.has(h)).toBe(true);
    console.log(
      `crash (${TEST_DIALECT}): ${ROUNDS} rounds, ${roundsCutMidWrite} killed with a write in flight (${writesCut} writes cut off); ` +
        `${ticketKeys.length} tickets (${ticketsAckedInRounds} acknowledged during the rounds, the rest on retry with their key), ` +
        `${ballots.length} ballots (${ballotsAckedInRounds} acknowledged during the rounds); all present exactly once, every chain verifies after every kill`,
    );
  } finally {
    await db.destroy();
  }
  const { execFile } = await import('node:child_process');
  const out = await new Promise<{ code: number; stdout: string }>((resolve) =>
    execFile(
      'node',
      [BIN, 'verify'],
      {
        env: {
          ...process.env,
          GONGZHI_DATA_DIR: td.dataDir,
          DATABASE_URL: td.url ?? '',
          GONGZHI_SECRET_KEY: TEST_SECRET,
          LOG_LEVEL: 'silent',
        },
      },
      (e, stdout) => resolve({ code: e ? (e as any).code : 0, stdout }),
    ),
  );
  expect(out.stdout).toMatch(/0 broken/);
  expect(out.code).toBe(0);
}, 900_000);
