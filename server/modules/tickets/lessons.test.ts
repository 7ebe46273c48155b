import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { verifyChains } from '../../core/audit/audit';
import { expectEvery } from '../../testing/expect-every';
import { report, tUrl } from './tickets.test-helpers';

/**
 * A staff correction of a category teaches that community's suggestions, and only that community's;
 * lessons are listed, forgotten one by one or all at once, and every change is audited.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The parcel locker belongs to the courier company: staff here file its faults under 其他, not 维修. */
const LOCKER = '快递柜又坏了，扫码没反应取不了件';
const lessonsUrl = (c: 'A' | 'B', rest = '') => `/api/communities/${t.fx[c].id}/ticket-category-lessons${rest}`;

async function suggested(c: 'A' | 'B', text = LOCKER): Promise<string> {
  const res = await t.req({
    method: 'POST',
    url: `/api/communities/${t.fx[c].id}/tickets/category-suggestion`,
    as: c === 'A' ? 'resident1' : 'residentB',
    payload: { text },
  });
  expect(res.statusCode).toBe(200);
  return res.json().category;
}

async function correctLocker(title: string): Promise<string> {
  const { id } = await report(t, 'resident1', { title, description: '小区门口的快递柜屏幕坏了，取不了件' });
  const res = await t.req({
    method: 'POST',
    url: tUrl(t, id, '/category'),
    as: 'staff',
    payload: { category: 'other' },
  });
  expect(res.statusCode).toBe(200);
  return id;
}

const auditActions = async (action: string) =>
  (await t.db.selectFrom('audit_events').select('entity_id').where('action', '=', action).execute()).map(
    (r) => r.entity_id,
  );

describe('category lessons', () => {
  it("one correction moves the community's suggestion for similar reports, and no other community's", async () => {
    expect(await suggested('A')).toBe('repair');
    expect(await suggested('B')).toBe('repair');
    const id = await correctLocker('快递柜坏了');

    expect(await suggested('A')).toBe('other');
    expect(await suggested('B'), 'community B has not taught anything').toBe('repair');
    // A report about something else is not pulled along.
    expect(await suggested('A', '3号楼楼道灯不亮，晚上看不见')).toBe('power');

    const list = (await t.req({ method: 'GET', url: lessonsUrl('A'), as: 'staff' })).json();
    expect(list.items).toEqual([
      expect.objectContaining({ ticketId: id, title: '快递柜坏了', from: 'repair', to: 'other' }),
    ]);
    expect(list.items[0].taughtBy).toBeTruthy();
    expect((await t.req({ method: 'GET', url: lessonsUrl('B'), as: 'staffB' })).json().items).toEqual([]);
  });

  it('the chat intake suggests with what the community taught', async () => {
    const res = await t.req({
      method: 'POST',
      url: `/api/communities/${t.fx.A.id}/meetings/chat-intake`,
      as: 'staff',
      payload: { text: `张三 10:01\n${LOCKER}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().candidates.map((c: { suggestedCategory: string }) => c.suggestedCategory)).toEqual(['other']);
  });

  it('forgetting the lesson puts the suggestion back; forgetting it twice is a 404 that changes nothing', async () => {
    const [lesson] = (await t.req({ method: 'GET', url: lessonsUrl('A'), as: 'staff' })).json().items;
    const del = await t.req({ method: 'DELETE', url: lessonsUrl('A', `/${lesson.ticketId}`), as: 'staff' });
    expect(del.json()).toEqual({ forgotten: 1 });
    expect(await suggested('A')).toBe('repair');
    expect(await auditActions('ticket.category_lesson.forget')).toEqual([lesson.ticketId]);

    const again = await t.req({ method: 'DELETE', url: lessonsUrl('A', `/${lesson.ticketId}`), as: 'staff' });
    expect(again.statusCode).toBe(404);
    expect(await auditActions('ticket.category_lesson.forget')).toHaveLength(1);
    // The ticket keeps the category staff gave it: only the lesson is gone.
    expect((await t.req({ method: 'GET', url: tUrl(t, lesson.ticketId), as: 'staff' })).json().category).toBe('other');
  });

  it("a reset forgets every lesson of the community, audited once; another community's staff cannot", async () => {
    await correctLocker('快递柜屏幕黑了');
    await correctLocker('快递柜门打不开');
    expect(await suggested('A')).toBe('other');

    const outsider = await t.req({ method: 'DELETE', url: lessonsUrl('A'), as: 'staffB' });
    expect(outsider.statusCode).toBe(404);
    const handler = await t.req({ method: 'DELETE', url: lessonsUrl('A'), as: 'leader1' });
    expect(handler.statusCode, 'a grid member corrects tickets but does not manage the lessons').toBe(403);
    expect((await t.req({ method: 'GET', url: lessonsUrl('A'), as: 'staff' })).json().items).toHaveLength(2);

    const reset = await t.req({ method: 'DELETE', url: lessonsUrl('A'), as: 'staff' });
    expect(reset.json()).toEqual({ forgotten: 2 });
    expect(await suggested('A')).toBe('repair');
    expect(await auditActions('ticket.category_lessons.reset')).toEqual([t.fx.A.id]);
    expectEvery(await verifyChains(t.db), (c) => c.ok, 'audit chains');
  });

  it('moving a ticket back to the category it had replaces its lesson rather than adding one', async () => {
    const id = await correctLocker('快递柜不出件');
    const back = await t.req({
      method: 'POST',
      url: tUrl(t, id, '/category'),
      as: 'staff',
      payload: { category: 'repair' },
    });
    expect(back.statusCode).toBe(200);
    const items = (await t.req({ method: 'GET', url: lessonsUrl('A'), as: 'staff' })).json().items;
    expect(items).toEqual([expect.objectContaining({ ticketId: id, from: 'other', to: 'repair' })]);
  });
});
