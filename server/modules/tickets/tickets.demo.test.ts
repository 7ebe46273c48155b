import { describe, expect, it } from 'vitest';
import { verifyChains } from '../../core/audit/audit';
import { useDemoApp } from '../../testing/demo-app';
import { escalateOverdue } from './tickets.service';
import { expectEvery } from '../../testing/expect-every';

const demo = useDemoApp({ households: 150, logins: ['staff', 'resident1'] });

describe('demo tickets', () => {
  it('gives a year of tickets across the three grids, so the figures mean something on first start', async () => {
    const f = await demo.get('/tickets/figures');
    expect(f.total.tickets).toBeGreaterThan(200);
    expect(f.byGrid).toHaveLength(3);
    expect(f.byMonth.length).toBeGreaterThanOrEqual(12);
    expect(f.total.avgSatisfaction).toBeGreaterThan(3.5);
    expect(f.total.avgResponseHours).toBeGreaterThan(0);
    expect(f.total.reopenRate).toBeGreaterThan(0);
  });

  it("includes the article's cases on the public board, and keeps the audit chain whole", async () => {
    const estates = await demo.tdb.database.db
      .selectFrom('estates')
      .select(['id', 'name'])
      .where('community_id', '=', demo.communityId)
      .execute();
    const jh = estates.find((e) => e.name === '嘉和景苑')!;
    const board = (
      await demo.app.inject({
        method: 'GET',
        url: `/api/communities/${demo.communityId}/tickets/board?estateId=${jh.id}`,
      })
    ).json();
    expect(board.total).toBeGreaterThan(20);
    const west = await demo.tdb.database.db
      .selectFrom('ticket_events as e')
      .innerJoin('tickets as t', 't.id', 'e.ticket_id')
      .select(['e.message'])
      .where('t.title', 'like', '%西门修路%')
      .where('e.to_state', '=', 'resolved')
      .executeTakeFirstOrThrow();
    expect(west.message).toContain('南门加装ETC抬杆');
    expectEvery(await verifyChains(demo.tdb.database.db), (c) => c.ok, 'audit chains');
  });

  it("fills resident1's inbox with their tickets' progress, the open confirmation request unread, each pointing at its ticket", async () => {
    const inbox = (
      await demo.app.inject({
        method: 'GET',
        url: '/api/notifications?pageSize=100',
        headers: { cookie: demo.cookies.resident1 },
      })
    ).json();
    const confirm = inbox.items.find((n: any) => n.kind === 'ticket_confirm' && !n.read);
    expect(confirm.title).toMatch(/^诉求 MH-\d{4}-\d{6} 已解决，请确认并评价$/);
    const t = await demo.tdb.database.db
      .selectFrom('tickets')
      .select('state')
      .where('id', '=', confirm.entityId)
      .executeTakeFirstOrThrow();
    expect(t.state).toBe('resolved');
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
  });

  it('has its late tickets escalated already, so the first run of the scheduler has nothing left to announce', async () => {
    const late = await demo.tdb.database.db
      .selectFrom('tickets')
      .select(['id', 'escalation_level'])
      .where('escalation_level', '>', 0)
      .execute();
    expect(late.length).toBeGreaterThan(0);
    const events = await demo.tdb.database.db
      .selectFrom('ticket_events')
      .select('ticket_id')
      .where('kind', '=', 'escalated')
      .execute();
    expect(events.length).toBe(late.reduce((n, t) => n + t.escalation_level, 0));
    expect(await escalateOverdue(demo.app.ctx)).toBe(0);
  });
});
