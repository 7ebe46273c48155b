import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { report, tUrl } from './tickets.test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const support = (id: string, as: string) => t.req({ method: 'POST', url: tUrl(t, id, '/support'), as });
const detail = async (id: string, as = 'staff') => (await t.req({ method: 'GET', url: tUrl(t, id), as })).json();

describe('同问', () => {
  it("counts one support per household, refuses a second one and the reporter's own household", async () => {
    const { id } = await report(t, 'resident1');
    const a = await support(id, 'resident2');
    expect(a.statusCode).toBe(200);
    expect(a.json()).toEqual({ supportCount: 1 });
    const twice = await support(id, 'resident2');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_supported');
    const own = await support(id, 'resident1b');
    expect(own.statusCode).toBe(409);
    expect(own.json().error.code).toBe('own_ticket');
    expect((await support(id, 'resident3')).json()).toEqual({ supportCount: 2 });
    expect((await support(id, 'staff')).statusCode).toBe(403);
    expect((await support(id, 'residentB')).statusCode).toBe(404);
    expect((await detail(id)).supportCount).toBe(2);
  });

  it('lets a supporter follow the ticket in "tickets I support", without seeing the reporter\'s phone', async () => {
    const { id } = await report(t, 'resident1', { title: '路灯不亮' });
    await support(id, 'resident3');
    const list = (await t.req({ method: 'GET', url: tUrl(t, undefined, '?scope=supported'), as: 'resident3' })).json();
    expect(list.items.map((i: any) => i.id)).toContain(id);
    const d = await detail(id, 'resident3');
    expect(d.supportedByMe).toBe(true);
    expect(d.reporterPhone).toBeNull();
    expect(d.can).toMatchObject({ support: false, confirm: false, handle: false, comment: false });
    // No reply box is offered to a supporter, as writing on the timeline is refused to them.
    expect(
      (await t.req({ method: 'POST', url: tUrl(t, id, '/comments'), as: 'resident3', payload: { message: '我也是' } }))
        .statusCode,
    ).toBe(403);
    expect((await detail(id, 'resident1')).can.comment).toBe(true);
    expect((await detail(id, 'leader1')).can.comment).toBe(true);
    expect((await detail(id, 'leader1')).reporterPhone).toMatch(/^138\*{4}\d{4}$/);
  });

  it('does not take support for a closed ticket', async () => {
    const { id } = await report(t, 'resident1');
    await t.req({
      method: 'POST',
      url: tUrl(t, id, '/transition'),
      as: 'staff',
      payload: { to: 'rejected', reason: '不属于受理范围' },
    });
    const res = await support(id, 'resident2');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ticket_not_open');
  });
});

describe('merging duplicates', () => {
  it('closes the duplicate with a reason and a pointer; its supporters and reporter carry over', async () => {
    const keep = await report(t, 'resident1', { title: '西门拥堵' });
    const dup = await report(t, 'resident2', { title: '西门又堵了', buildingId: t.fx.A.buildings[1] });
    await support(dup.id, 'resident3');
    await support(keep.id, 'resident3');
    const res = await t.req({
      method: 'POST',
      url: tUrl(t, dup.id, '/merge'),
      as: 'leader1',
      payload: { intoTicketId: keep.id, reason: '同一问题' },
    });
    expect(res.statusCode).toBe(200);
    // resident3 supported both (counted once), resident2's household reported the duplicate.
    expect(res.json()).toEqual({ supportCount: 2 });
    expect(await detail(dup.id)).toMatchObject({
      state: 'duplicate',
      mergedIntoId: keep.id,
      closingReason: '同一问题',
    });
    const k = await detail(keep.id);
    expect(k.supportCount).toBe(2);
    expect(k.timeline.at(-1)).toMatchObject({ kind: 'merged', data: { merged: dup.number } });
    // The duplicate's reporter now follows the kept ticket.
    expect((await t.req({ method: 'GET', url: tUrl(t, keep.id), as: 'resident2' })).statusCode).toBe(200);
    const again = await t.req({
      method: 'POST',
      url: tUrl(t, dup.id, '/merge'),
      as: 'leader1',
      payload: { intoTicketId: keep.id, reason: '同一问题' },
    });
    expect(again.statusCode).toBe(409);
    const self = await t.req({
      method: 'POST',
      url: tUrl(t, keep.id, '/merge'),
      as: 'leader1',
      payload: { intoTicketId: keep.id, reason: '同一问题' },
    });
    expect(self.statusCode).toBe(422);
  });
});

describe('escalation links', () => {
  it('links a ticket to a registered target (a real topic of the topics module), readable from both sides, once', async () => {
    const { id, number } = await report(t, 'resident1', { title: '西门拥堵需要议事' });
    const topic = await t.req({
      method: 'POST',
      url: `/api/communities/${t.fx.A.id}/topics`,
      as: 'staff',
      payload: { title: '嘉和景苑西门拥堵，南门加装ETC抬杆', source: 'party' },
    });
    expect(topic.statusCode, topic.body).toBe(201);
    const topicId = topic.json().id;
    const link = (payload: Record<string, unknown>, as = 'staff') =>
      t.req({ method: 'POST', url: tUrl(t, id, '/links'), as, payload });
    expect((await link({ targetType: 'topic', targetId: topicId, note: '提交四方议事' })).statusCode).toBe(200);
    expect((await link({ targetType: 'topic', targetId: topicId })).json().error.code).toBe('already_linked');
    expect((await link({ targetType: 'topic', targetId: 'nope' })).statusCode).toBe(404);
    expect((await link({ targetType: 'spaceship', targetId: 'x' })).json().error.code).toBe('unknown_link_target');
    expect((await link({ targetType: 'topic', targetId: topicId }, 'resident1')).statusCode).toBe(403);
    const d = await detail(id);
    expect(d.links).toEqual([
      { targetType: 'topic', targetId: topicId, title: '嘉和景苑西门拥堵，南门加装ETC抬杆', note: '提交四方议事' },
    ]);
    const back = (
      await t.req({
        method: 'GET',
        url: tUrl(t, undefined, `/linked?targetType=topic&targetId=${topicId}`),
        as: 'staff',
      })
    ).json();
    expect(back.items).toEqual([expect.objectContaining({ id, number })]);
  });
});

describe('a merge needs its reason', () => {
  it('refuses an empty or blank reason with a 400 naming the field, and changes nothing', async () => {
    const keep = await report(t, 'resident1', { title: '北门灯不亮' });
    const dup = await report(t, 'resident2', { title: '北门灯坏了', buildingId: t.fx.A.buildings[1] });
    for (const payload of [
      { intoTicketId: keep.id, reason: '' },
      { intoTicketId: keep.id, reason: '   ' },
      { intoTicketId: keep.id },
    ]) {
      const res = await t.req({ method: 'POST', url: tUrl(t, dup.id, '/merge'), as: 'staff', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(JSON.stringify(res.json().error.details)).toContain('reason');
    }
    expect((await detail(dup.id)).state).toBe('submitted');
  });
});

describe('joining what a resident said to an open ticket', () => {
  const join = (id: string, payload: Record<string, unknown>, as = 'staff') =>
    t.req({ method: 'POST', url: tUrl(t, id, '/joins'), as, payload });

  it("writes the words on the timeline and makes the resident's household a supporter, once", async () => {
    const { id } = await report(t, 'resident1', { title: '3号楼门口外来车辆乱停' });
    const first = await join(id, { onBehalfOfResidentId: t.fx.residents.resident3, message: '门口又停满了车' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ supportCount: 1, supported: true });
    const d = await detail(id);
    expect(d.supportCount).toBe(1);
    expect(d.timeline.at(-1)).toMatchObject({
      kind: 'joined',
      data: { channel: 'group_chat', supported: true, supportCount: 1 },
    });
    expect(d.timeline.at(-1).message).toContain('门口又停满了车');
    // resident3 follows it like any supporter.
    const mine = (await t.req({ method: 'GET', url: tUrl(t, undefined, '?scope=supported'), as: 'resident3' })).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(id);
    // The reporter sees that something was added, never the other resident's name or words.
    const seen = (await detail(id, 'resident1')).timeline.at(-1);
    expect(seen).toMatchObject({ kind: 'joined', message: null, data: null });

    // A second message from the same household, and one from the reporter's own household: words only.
    const again = await join(id, {
      onBehalfOfResidentId: t.fx.residents.resident3,
      message: '今天还是',
      channel: 'phone',
    });
    expect(again.json()).toEqual({ supportCount: 1, supported: false });
    const own = await join(id, { onBehalfOfResidentId: t.fx.residents.resident1b, message: '我家也说过' });
    expect(own.json()).toEqual({ supportCount: 1, supported: false });
    const after = await detail(id);
    expect(after.supportCount).toBe(1);
    expect(after.timeline.filter((e: { kind: string }) => e.kind === 'joined')).toHaveLength(3);
  });

  it('is refused to those who may not record for a resident, for a closed ticket and for a resident not of the community', async () => {
    const { id } = await report(t, 'resident1', { title: '垃圾房满了' });
    const body = { onBehalfOfResidentId: t.fx.residents.resident3, message: '垃圾满了' };
    expect((await join(id, body, 'resident2')).statusCode).toBe(403);
    expect((await join(id, body, 'property')).statusCode).toBe(403);
    expect((await join(id, body, 'staffB')).statusCode).toBe(404);
    const stranger = await join(id, { ...body, onBehalfOfResidentId: t.fx.residents.residentB });
    expect(stranger.statusCode).toBe(404);
    expect((await join(id, { ...body, message: '  ' })).statusCode).toBe(400);
    await t.req({
      method: 'POST',
      url: tUrl(t, id, '/transition'),
      as: 'staff',
      payload: { to: 'rejected', reason: '不属于受理范围' },
    });
    const closed = await join(id, body);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('ticket_not_open');
    expect((await detail(id)).supportCount).toBe(0);
  });
});
