import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_SECRET, type TestApp } from '../../testing/harness';
import { runJobsOnce } from '../../core/scheduler';
import { freshReq, report, tUrl } from './tickets.test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const H = 3600_000;
/** Two runs of the job at the same moment in this process (the processes' test is above). */
const runTwice = () =>
  Promise.all([runJobsOnce(t.app.ctx, 'tickets.escalate'), runJobsOnce(t.app.ctx, 'tickets.escalate')]);
const escalations = async (id: string) =>
  (
    await t.db
      .selectFrom('ticket_events')
      .select('data')
      .where('ticket_id', '=', id)
      .where('kind', '=', 'escalated')
      .orderBy('created_at')
      .execute()
  ).map((e: any) => e.data.level);
const overdueNotes = async (user: string, id: string) =>
  (
    await t.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', t.fx.users[user])
      .where('kind', '=', 'ticket_overdue')
      .where('entity_id', '=', id)
      .execute()
  ).length;

/** An app server process on the test's database that runs the escalation job when told (server/testing/job-runner.ts). */
function appServer(times: number) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.resolve(import.meta.dirname, '../../testing/job-runner.ts'),
      'tickets.escalate',
      String(times),
    ],
    {
      env: {
        ...process.env,
        DATABASE_URL: t.testDb.url ?? '',
        GONGZHI_DATA_DIR: t.testDb.dataDir,
        GONGZHI_SECRET_KEY: TEST_SECRET,
        LOG_LEVEL: 'warn',
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const out = readline.createInterface({ input: child.stdout! });
  const next = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const onLine = (l: string) => {
        if (l.trim() === word) {
          out.off('line', onLine);
          resolve();
        }
      };
      out.on('line', onLine);
      child.once('exit', (code) => reject(new Error(`app server exited (${code}) before "${word}"`)));
    });
  const ready = next('ready');
  return {
    ready,
    run: () => {
      const done = next('done');
      child.stdin!.write('go\n');
      return done;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin!.end();
      }),
  };
}

describe('overdue escalation across app servers', () => {
  it('two app server processes on one database running the job at the same moment escalate each step exactly once', async () => {
    const late = await report(t, 'resident1', { title: '两台服务器上的超期诉求' });
    // The processes read the real clock: age the ticket instead, due three hours ago with one escalation step per hour.
    const past = new Date(Date.now() - 3 * H).toISOString();
    await t.db
      .updateTable('tickets')
      .set({ response_due_at: past, resolution_due_at: past, escalation_step_ms: H })
      .where('id', '=', late.id)
      .execute();
    const servers = [appServer(3), appServer(3)];
    try {
      await Promise.all(servers.map((s) => s.ready));
      await Promise.all(servers.map((s) => s.run()));
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
    expect(await escalations(late.id)).toEqual([1, 2]);
    expect(await overdueNotes('leader1', late.id)).toBe(1);
    expect(await overdueNotes('staff', late.id)).toBe(1);
    const audit = await t.db
      .selectFrom('audit_events')
      .select('entity_id')
      .where('action', '=', 'ticket.escalate')
      .where('entity_id', '=', late.id)
      .execute();
    expect(audit).toHaveLength(2);
    // Out of the way of the next test's overdue lists.
    expect(
      (
        await t.req({
          method: 'POST',
          url: tUrl(t, late.id, '/transition'),
          as: 'staff',
          payload: { to: 'rejected', reason: '测试结束' },
        })
      ).statusCode,
    ).toBe(200);
  }, 120_000);
});

// Runs after the processes' test: it moves the test clock days ahead.
describe('overdue escalation', () => {
  it('escalates to the grid leader, then to community staff, each exactly once even when the job runs twice at once', async () => {
    const late = await report(t, 'resident1', { title: '没人理的诉求' });
    const answered = await report(t, 'resident1', { title: '已响应的诉求' });
    const paused = await report(t, 'resident1', { title: '等居民补充的诉求' });
    await t.req({
      method: 'POST',
      url: tUrl(t, answered.id, '/transition'),
      as: 'leader1',
      payload: { to: 'accepted' },
    });
    await t.req({ method: 'POST', url: tUrl(t, paused.id, '/transition'), as: 'leader1', payload: { to: 'accepted' } });
    await t.req({
      method: 'POST',
      url: tUrl(t, paused.id, '/transition'),
      as: 'leader1',
      payload: { to: 'waiting_on_reporter' },
    });

    await runTwice();
    expect(await escalations(late.id)).toEqual([]);

    t.clock.advance(25 * H); // past the 24 h response deadline
    await runTwice();
    expect(await escalations(late.id)).toEqual([1]);
    expect(await escalations(answered.id)).toEqual([]);
    expect(await overdueNotes('leader1', late.id)).toBe(1);
    expect(await overdueNotes('leader2', late.id)).toBe(0);
    expect(await overdueNotes('staff', late.id)).toBe(0);

    const overdue = (await freshReq(t, 'leader1', { method: 'GET', url: tUrl(t, undefined, '/overdue') })).json();
    expect(overdue.items.map((i: any) => i.id)).toEqual([late.id]);
    expect(overdue.items[0]).toMatchObject({ overdue: true, escalationLevel: 1 });

    t.clock.advance(24 * H); // overdue by one more response window
    await runTwice();
    await runTwice();
    expect(await escalations(late.id)).toEqual([1, 2]);
    expect(await overdueNotes('staff', late.id)).toBe(1);
    expect(await overdueNotes('leader1', late.id)).toBe(1);

    t.clock.advance(5 * 24 * H); // 169 h: the accepted ticket misses its 7-day resolution deadline; the paused one does not
    await runTwice();
    expect(await escalations(answered.id)).toEqual([1]);
    expect(await escalations(paused.id)).toEqual([]);
    const staffView = (await freshReq(t, 'staff', { method: 'GET', url: tUrl(t, undefined, '/overdue') })).json();
    expect(staffView.items.map((i: any) => i.id).sort()).toEqual([late.id, answered.id].sort());
    const audit = await t.db
      .selectFrom('audit_events')
      .select('entity_id')
      .where('action', '=', 'ticket.escalate')
      .where('entity_id', 'in', [late.id, answered.id, paused.id])
      .execute();
    expect(audit).toHaveLength(3);
  });
});
