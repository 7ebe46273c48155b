import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { verifyChains } from '../../core/audit/audit';
import { freshReq, report, ticketBody, tUrl } from './tickets.test-helpers';
import { expectEvery } from '../../testing/expect-every';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const move = (id: string, as: string, payload: Record<string, unknown>) =>
  t.req({ method: 'POST', url: tUrl(t, id, '/transition'), as, payload });

describe('reporting', () => {
  it('files a ticket for the resident, numbered, routed to the grid of the building, category suggested', async () => {
    const { id, number } = await report(t, 'resident1');
    expect(number).toMatch(/^MH-\d{4}-000001$/);
    const d = (await t.req({ method: 'GET', url: tUrl(t, id), as: 'resident1' })).json();
    expect(d).toMatchObject({
      state: 'submitted',
      category: 'power',
      categoryLabel: '电力电路',
      gridId: t.fx.A.grids[0],
      channel: 'h5',
      buildingName: '1号楼',
      supportCount: 0,
    });
    expect(d.timeline.map((e: any) => e.kind)).toEqual(['created']);
    // Normal urgency: 24 h to respond, 7 days to resolve.
    expect(Date.parse(d.responseDueAt) - Date.parse(d.createdAt)).toBe(24 * 3600_000);
    expect(Date.parse(d.resolutionDueAt) - Date.parse(d.createdAt)).toBe(7 * 24 * 3600_000);
  });

  it('gives urgent tickets 2 h / 24 h', async () => {
    const { id } = await report(t, 'resident1', {
      urgency: 'urgent',
      title: '水管爆了',
      description: '楼道水管爆了一直在漏水',
      category: 'leak',
    });
    const d = (await t.req({ method: 'GET', url: tUrl(t, id), as: 'staff' })).json();
    expect(Date.parse(d.responseDueAt) - Date.parse(d.createdAt)).toBe(2 * 3600_000);
    expect(Date.parse(d.resolutionDueAt) - Date.parse(d.createdAt)).toBe(24 * 3600_000);
  });

  it('creates one ticket for a retried submit with the same Idempotency-Key', async () => {
    const req = {
      method: 'POST' as const,
      url: tUrl(t),
      as: 'resident2',
      payload: ticketBody(t, { title: '重试的诉求' }),
      headers: { 'idempotency-key': 'retry-key-0001' },
    };
    const a = await t.req(req);
    const b = await t.req(req);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    expect(b.headers['idempotent-replayed']).toBe('true');
    const mine = (
      await t.req({ method: 'GET', url: tUrl(t, undefined, '?scope=mine&q=重试'), as: 'resident2' })
    ).json();
    expect(mine.total).toBe(1);
  });

  it("lets staff record a ticket on a resident's behalf with the channel", async () => {
    const res = await t.req({
      method: 'POST',
      url: tUrl(t),
      as: 'staff',
      payload: ticketBody(t, { channel: 'phone', onBehalfOfResidentId: t.fx.residents.resident3 }),
    });
    expect(res.statusCode).toBe(201);
    const d = (await t.req({ method: 'GET', url: tUrl(t, res.json().id), as: 'resident3' })).json();
    expect(d.channel).toBe('phone');
    expect(d.reporterName).toBe('居**********');
  });

  it('refuses a resident recording for someone else, bad locations, unknown categories and over-long text', async () => {
    const cases: Array<[string, Record<string, unknown>, number, string]> = [
      ['resident1', { onBehalfOfResidentId: t.fx.residents.resident2 }, 403, 'forbidden'],
      ['resident1', { title: '长'.repeat(61) }, 400, 'validation_failed'],
      ['resident1', { description: '长'.repeat(2001) }, 400, 'validation_failed'],
      ['resident1', { buildingId: t.fx.B.buildings[0] }, 404, 'not_found'],
      ['resident1', { category: 'nonsense' }, 422, 'unknown_category'],
      ['resident1', { locationKind: 'public_area', buildingId: undefined }, 400, 'validation_failed'],
      ['resident1', { extra: 1 }, 400, 'validation_failed'],
      ['property', {}, 403, 'forbidden'],
    ];
    const before = (await t.req({ method: 'GET', url: tUrl(t), as: 'staff' })).json().total;
    for (const [as, over, status, code] of cases) {
      const res = await t.req({ method: 'POST', url: tUrl(t), as, payload: ticketBody(t, over) });
      expect(res.statusCode, JSON.stringify(over)).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    expect((await t.req({ method: 'GET', url: tUrl(t), as: 'staff' })).json().total).toBe(before);
  });

  it("answers 404 to another community's resident", async () => {
    const res = await t.req({ method: 'POST', url: tUrl(t), as: 'residentB', payload: ticketBody(t) });
    expect(res.statusCode).toBe(404);
  });
});

describe('the whole loop', () => {
  it('grid accepts, works, resolves; the reporter confirms and rates; every step on the timeline and in the audit chain', async () => {
    const { id } = await report(t, 'resident1', {
      title: '单元门门禁坏了',
      description: '1号楼单元门门禁刷卡没反应',
      category: 'repair',
    });
    expect((await move(id, 'leader1', { to: 'accepted', message: '已收到，马上来看' })).statusCode).toBe(200);
    let d = (await t.req({ method: 'GET', url: tUrl(t, id), as: 'leader1' })).json();
    expect(d.assignee).toMatchObject({ id: t.fx.users.leader1 });
    expect(d.acceptedAt).not.toBeNull();
    expect((await move(id, 'leader1', { to: 'in_progress' })).statusCode).toBe(200);
    expect((await move(id, 'leader1', { to: 'resolved', message: '已更换门禁读卡器' })).statusCode).toBe(200);

    const inbox = (await t.req({ method: 'GET', url: '/api/notifications', as: 'resident1' })).json();
    expect(inbox.items.some((n: any) => n.kind === 'ticket_confirm' && n.entityId === id)).toBe(true);

    const other = await t.req({
      method: 'POST',
      url: tUrl(t, id, '/confirm'),
      as: 'resident2',
      payload: { satisfaction: 5 },
    });
    expect(other.statusCode).toBe(404);
    const handler = await t.req({
      method: 'POST',
      url: tUrl(t, id, '/confirm'),
      as: 'leader1',
      payload: { satisfaction: 5 },
    });
    expect(handler.statusCode).toBe(403);
    expect(handler.json().error.code).toBe('not_your_ticket');
    const bad = await t.req({
      method: 'POST',
      url: tUrl(t, id, '/confirm'),
      as: 'resident1',
      payload: { satisfaction: 6 },
    });
    expect(bad.statusCode).toBe(400);

    const ok = await t.req({
      method: 'POST',
      url: tUrl(t, id, '/confirm'),
      as: 'resident1',
      payload: { satisfaction: 5, comment: '修得很快，谢谢' },
    });
    expect(ok.statusCode).toBe(200);
    d = (await t.req({ method: 'GET', url: tUrl(t, id), as: 'resident1' })).json();
    expect(d).toMatchObject({ state: 'closed', satisfaction: 5, satisfactionComment: '修得很快，谢谢' });
    expect(d.timeline.map((e: any) => e.toState).filter(Boolean)).toEqual([
      'submitted',
      'accepted',
      'in_progress',
      'resolved',
      'closed',
    ]);
    const audit = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'ticket.create',
      'ticket.transition',
      'ticket.transition',
      'ticket.transition',
      'ticket.confirm',
    ]);
    expectEvery(await verifyChains(t.db), (c) => c.ok, 'audit chains');
  });

  it('reopens (counted) when the reporter is not satisfied', async () => {
    const { id } = await report(t, 'resident1');
    await move(id, 'leader1', { to: 'accepted' });
    await move(id, 'leader1', { to: 'resolved' });
    const res = await t.req({
      method: 'POST',
      url: tUrl(t, id, '/reopen'),
      as: 'resident1',
      payload: { reason: '灯还是不亮' },
    });
    expect(res.statusCode).toBe(200);
    const d = (await t.req({ method: 'GET', url: tUrl(t, id), as: 'resident1' })).json();
    expect(d).toMatchObject({ state: 'reopened', reopenCount: 1 });
    expect(d.can.transitions).toEqual([]);
    expect((await move(id, 'leader1', { to: 'resolved' })).statusCode).toBe(200);
  });

  it('refuses transitions from the wrong state with 409 and a clear code, changing nothing', async () => {
    const { id } = await report(t, 'resident1');
    const res = await move(id, 'leader1', { to: 'resolved' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'invalid_transition',
      details: { from: 'submitted', to: 'resolved', allowed: ['accepted', 'rejected'] },
    });
    const early = await t.req({
      method: 'POST',
      url: tUrl(t, id, '/confirm'),
      as: 'resident1',
      payload: { satisfaction: 3 },
    });
    expect(early.statusCode).toBe(409);
    expect((await t.req({ method: 'GET', url: tUrl(t, id), as: 'resident1' })).json().state).toBe('submitted');
  });

  it('needs a reason to reject', async () => {
    const { id } = await report(t, 'resident1');
    const res = await move(id, 'staff', { to: 'rejected' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('reason_required');
    expect((await move(id, 'staff', { to: 'rejected', reason: '属于私人装修问题，不属于公共事务' })).statusCode).toBe(
      200,
    );
    const d = (await t.req({ method: 'GET', url: tUrl(t, id), as: 'resident1' })).json();
    expect(d).toMatchObject({ state: 'rejected', closingReason: '属于私人装修问题，不属于公共事务' });
  });

  it("keeps handlers to their grid: another grid's leader sees 404, a resident 403 on handler moves", async () => {
    const { id } = await report(t, 'resident1');
    expect((await move(id, 'leader2', { to: 'accepted' })).statusCode).toBe(404);
    expect((await t.req({ method: 'GET', url: tUrl(t, id), as: 'leader2' })).statusCode).toBe(404);
    expect((await move(id, 'resident1', { to: 'accepted' })).statusCode).toBe(403);
    expect((await t.req({ method: 'GET', url: tUrl(t, id), as: 'resident3' })).statusCode).toBe(404);
    expect((await t.req({ method: 'GET', url: tUrl(t, id), as: 'staffB' })).statusCode).toBe(404);
  });

  it('assigns one responsible person with helpers, and bulk-assigns from the inbox', async () => {
    const a = await report(t, 'resident1');
    const b = await report(t, 'resident1');
    const res = await t.req({
      method: 'POST',
      url: tUrl(t, a.id, '/assignee'),
      as: 'leader1',
      payload: { assigneeUserId: t.fx.users.specialist, helperUserIds: [t.fx.users.leader1] },
    });
    expect(res.statusCode).toBe(200);
    const d = (await t.req({ method: 'GET', url: tUrl(t, a.id), as: 'specialist' })).json();
    expect(d.assignee.id).toBe(t.fx.users.specialist);
    expect(d.helpers.map((h: any) => h.id)).toEqual([t.fx.users.leader1]);
    const inbox = (await t.req({ method: 'GET', url: '/api/notifications', as: 'specialist' })).json();
    expect(inbox.items.some((n: any) => n.kind === 'ticket_assigned' && n.entityId === a.id)).toBe(true);

    const notHandler = await t.req({
      method: 'POST',
      url: tUrl(t, a.id, '/assignee'),
      as: 'leader1',
      payload: { assigneeUserId: t.fx.users.resident2 },
    });
    expect(notHandler.statusCode).toBe(422);
    expect(notHandler.json().error.code).toBe('invalid_assignee');

    const bulk = await t.req({
      method: 'POST',
      url: tUrl(t, undefined, '/bulk-assign'),
      as: 'staff',
      payload: { ticketIds: [a.id, b.id], assigneeUserId: t.fx.users.leader1 },
    });
    expect(bulk.json()).toEqual({ assigned: 2 });
    const foreign = await t.req({
      method: 'POST',
      url: tUrl(t, undefined, '/bulk-assign'),
      as: 'leader2',
      payload: { ticketIds: [a.id], assigneeUserId: t.fx.users.leader2 },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('lets a handler correct the category', async () => {
    const { id } = await report(t, 'resident1', { category: 'other' });
    expect(
      (await t.req({ method: 'POST', url: tUrl(t, id, '/category'), as: 'leader1', payload: { category: 'power' } }))
        .statusCode,
    ).toBe(200);
    const d = (await t.req({ method: 'GET', url: tUrl(t, id), as: 'leader1' })).json();
    expect(d.category).toBe('power');
    expect(d.timeline.at(-1).kind).toBe('category');
  });

  it('offers reply templates per state', async () => {
    const res = await t.req({
      method: 'GET',
      url: `/api/communities/${t.fx.A.id}/ticket-templates?state=resolved`,
      as: 'leader1',
    });
    expect(res.json().items[0].text).toContain('确认');
    const add = await t.req({
      method: 'POST',
      url: `/api/communities/${t.fx.A.id}/ticket-templates`,
      as: 'staff',
      payload: { state: 'resolved', text: '已修好，请您评价。' },
    });
    expect(add.statusCode).toBe(201);
    const after = (
      await t.req({
        method: 'GET',
        url: `/api/communities/${t.fx.A.id}/ticket-templates?state=resolved`,
        as: 'leader1',
      })
    ).json();
    expect(after.items).toEqual([{ id: add.json().id, state: 'resolved', text: '已修好，请您评价。' }]);
    expect(
      (
        await t.req({
          method: 'POST',
          url: `/api/communities/${t.fx.A.id}/ticket-templates`,
          as: 'leader1',
          payload: { state: 'resolved', text: 'x'.repeat(10) },
        })
      ).statusCode,
    ).toBe(403);
  });

  // Moves the clock: last in the file.
  it("pauses the deadlines while waiting on the reporter, and the reporter's answer resumes them", async () => {
    const { id } = await report(t, 'resident1');
    await move(id, 'leader1', { to: 'accepted' });
    const before = (await t.req({ method: 'GET', url: tUrl(t, id), as: 'leader1' })).json();
    await move(id, 'leader1', { to: 'waiting_on_reporter', message: '请补充具体位置' });
    t.clock.advance(3 * 3600_000);
    const c = await freshReq(t, 'resident1', {
      method: 'POST',
      url: tUrl(t, id, '/comments'),
      payload: { message: '三楼西侧那盏' },
    });
    expect(c.statusCode).toBe(200);
    const d = (await freshReq(t, 'leader1', { method: 'GET', url: tUrl(t, id) })).json();
    expect(d.state).toBe('accepted');
    const shift = Date.parse(d.resolutionDueAt) - Date.parse(before.resolutionDueAt);
    expect(shift).toBeGreaterThanOrEqual(3 * 3600_000);
    expect(shift).toBeLessThan(3 * 3600_000 + 60_000);
  });
});
