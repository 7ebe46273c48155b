import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { runJobsOnce } from '../../core/scheduler';
import { freshReq, report, tUrl } from './tickets.test-helpers';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

const H = 3600_000;
/** Two app servers' schedulers firing at the same moment. */
const runTwice = () => Promise.all([runJobsOnce(t.app.ctx, 'tickets.escalate'), runJobsOnce(t.app.ctx, 'tickets.escalate')]);
const escalations = async (id: string) => (await t.db.selectFrom('ticket_events').select('data').where('ticket_id', '=', id).where('kind', '=', 'escalated').orderBy('created_at').execute()).map((e: any) => e.data.level);
const overdueNotes = async (user: string, id: string) => (await t.db.selectFrom('notifications').select('id')
  .where('user_id', '=', t.fx.users[user]).where('kind', '=', 'ticket_overdue').where('entity_id', '=', id).execute()).length;

describe('overdue escalation', () => {
  it('escalates to the grid leader, then to community staff, each exactly once even when two servers run the job at once', async () => {
    const late = await report(t, 'resident1', { title: '没人理的诉求' });
    const answered = await report(t, 'resident1', { title: '已响应的诉求' });
    const paused = await report(t, 'resident1', { title: '等居民补充的诉求' });
    await t.req({ method: 'POST', url: tUrl(t, answered.id, '/transition'), as: 'leader1', payload: { to: 'accepted' } });
    await t.req({ method: 'POST', url: tUrl(t, paused.id, '/transition'), as: 'leader1', payload: { to: 'accepted' } });
    await t.req({ method: 'POST', url: tUrl(t, paused.id, '/transition'), as: 'leader1', payload: { to: 'waiting_on_reporter' } });

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
    const audit = await t.db.selectFrom('audit_events').select('entity_id').where('action', '=', 'ticket.escalate').execute();
    expect(audit).toHaveLength(3);
  });
});
