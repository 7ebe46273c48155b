import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import samples from './category-samples.json';
import heldOut from './category-heldout.json';
import { DEFAULT_CATEGORIES, suggestCategory } from './categories';

/**
 * Top-1 accuracy of the default rules on 220 complaints in residents' own words (22 per category).
 * Measured 0.877 (193/220) when written; the keyword lists were tuned on this same set, so this is
 * an in-sample figure, and the floor only guards against rule changes that make it worse.
 */
const ACCURACY_FLOOR = 0.85;
/**
 * The honest figure: 132 further complaints (category-heldout.json) written apart from the keyword
 * lists and never used to change them — colloquial, of varied length, some fitting two categories.
 * Measured 0.659 (87/132) when written, well under the in-sample 0.877: the keyword rules overfit
 * their training set, and many misses are ties between two categories. The rules may only be tuned
 * on category-samples.json; this floor sits a little under the measured figure and guards against
 * changes that generalise worse.
 */
const HELD_OUT_FLOOR = 0.62;

describe('category suggestion', () => {
  it(`gets at least ${ACCURACY_FLOOR * 100}% of the labelled complaints right`, () => {
    const set = samples as Array<[string, string]>;
    expect(set.length).toBeGreaterThanOrEqual(200);
    expect(new Set(set.map(([, c]) => c))).toEqual(new Set(DEFAULT_CATEGORIES.map((c) => c.code)));
    const right = set.filter(([text, cat]) => suggestCategory(text, DEFAULT_CATEGORIES).category === cat).length;
    const accuracy = right / set.length;
    console.info(`category suggestion top-1 accuracy: ${right}/${set.length} = ${accuracy.toFixed(3)}`);
    expect(accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it(`gets at least ${HELD_OUT_FLOOR * 100}% of the held-out complaints right (never used to tune the rules)`, () => {
    const set = heldOut as Array<[string, string]>;
    expect(set.length).toBeGreaterThanOrEqual(120);
    expect(new Set(set.map(([, c]) => c))).toEqual(new Set(DEFAULT_CATEGORIES.map((c) => c.code)));
    const training = new Set((samples as Array<[string, string]>).map(([text]) => text));
    expect(set.filter(([text]) => training.has(text))).toEqual([]);
    const right = set.filter(([text, cat]) => suggestCategory(text, DEFAULT_CATEGORIES).category === cat).length;
    const accuracy = right / set.length;
    console.info(`category suggestion top-1 accuracy, held out: ${right}/${set.length} = ${accuracy.toFixed(3)}`);
    expect(accuracy).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });

  it('answers other with confidence 0 when nothing matches, and a share below 1 when two categories compete', () => {
    expect(suggestCategory('你好', DEFAULT_CATEGORIES)).toEqual({ category: 'other', confidence: 0 });
    expect(suggestCategory('', DEFAULT_CATEGORIES)).toEqual({ category: 'other', confidence: 0 });
    const s = suggestCategory('楼道灯坏了', DEFAULT_CATEGORIES);
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });
});

describe('category endpoints', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t?.close(); });
  const url = (rest: string) => `/api/communities/${t.fx.A.id}${rest}`;

  it('suggests for residents and staff of the community, not for outsiders', async () => {
    const res = await t.req({ method: 'POST', url: url('/tickets/category-suggestion'), as: 'resident1', payload: { text: '楼上卫生间漏水，我家天花板都湿了' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ category: 'leak' });
    expect((await t.req({ method: 'POST', url: url('/tickets/category-suggestion'), as: 'staffB', payload: { text: '漏水' } })).statusCode).toBe(404);
    expect((await t.req({ method: 'POST', url: url('/tickets/category-suggestion'), payload: { text: '漏水' } })).statusCode).toBe(401);
    expect((await t.req({ method: 'POST', url: url('/tickets/category-suggestion'), as: 'staff', payload: { text: 'x'.repeat(3000) } })).statusCode).toBe(400);
  });

  it('lets staff change a community\'s rules: keywords and deadlines take effect for that community only', async () => {
    const body = {
      labelZh: '停车', labelEn: 'Parking', keywords: ['停车', '车位', '充电桩', '飞线'], active: true,
      responseHoursNormal: 12, resolutionHoursNormal: 72, responseHoursUrgent: 1, resolutionHoursUrgent: 8,
    };
    expect((await t.req({ method: 'PUT', url: url('/ticket-categories/parking'), as: 'leader1', payload: body })).statusCode).toBe(403);
    const res = await t.req({ method: 'PUT', url: url('/ticket-categories/parking'), as: 'staff', payload: body });
    expect(res.statusCode).toBe(200);
    const s = await t.req({ method: 'POST', url: url('/tickets/category-suggestion'), as: 'resident1', payload: { text: '有人飞线' } });
    expect(s.json().category).toBe('parking');
    const other = await t.req({ method: 'POST', url: `/api/communities/${t.fx.B.id}/tickets/category-suggestion`, as: 'residentB', payload: { text: '有人飞线' } });
    expect(other.json().category).toBe('power');
    const list = (await t.req({ method: 'GET', url: url('/ticket-categories'), as: 'resident1' })).json();
    expect(list.items.find((c: any) => c.code === 'parking').responseHoursNormal).toBe(12);
    const created = await t.req({ method: 'POST', url: url('/tickets'), as: 'resident1', payload: { title: '车位被占', description: '车位被外来车辆占了', category: 'parking', locationKind: 'estate', estateId: t.fx.A.estates[0] } });
    const d = (await t.req({ method: 'GET', url: url(`/tickets/${created.json().id}`), as: 'resident1' })).json();
    expect(Date.parse(d.responseDueAt) - Date.parse(d.createdAt)).toBe(12 * 3600_000);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_type', '=', 'ticket_category').execute();
    expect(audit).toHaveLength(1);

    // A response window longer than the resolution window is refused with the field named, and nothing changes.
    const bad = await t.req({ method: 'PUT', url: url('/ticket-categories/parking'), as: 'staff', payload: { ...body, responseHoursUrgent: 10 } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ code: 'response_after_resolution', message_zh: '响应时限不能长于办结时限', details: [{ path: 'responseHoursUrgent' }] });
    const zero = await t.req({ method: 'PUT', url: url('/ticket-categories/parking'), as: 'staff', payload: { ...body, resolutionHoursNormal: 0 } });
    expect(zero.statusCode).toBe(400);
    expect((await t.req({ method: 'GET', url: url('/ticket-categories'), as: 'staff' })).json().items.find((c: any) => c.code === 'parking')).toMatchObject({ responseHoursUrgent: 1, resolutionHoursNormal: 72 });
    expect(await t.db.selectFrom('audit_events').select('action').where('entity_type', '=', 'ticket_category').execute()).toHaveLength(1);
  });

  it('can add a community\'s own category and switch one off', async () => {
    const base = { labelEn: 'Elevator', keywords: ['电梯', '困人'], active: true, responseHoursNormal: 4, resolutionHoursNormal: 48, responseHoursUrgent: 1, resolutionHoursUrgent: 4 };
    expect((await t.req({ method: 'PUT', url: url('/ticket-categories/elevator'), as: 'staff', payload: { ...base, labelZh: '电梯' } })).statusCode).toBe(200);
    expect((await t.req({ method: 'POST', url: url('/tickets/category-suggestion'), as: 'staff', payload: { text: '电梯又困人了' } })).json().category).toBe('elevator');
    await t.req({ method: 'PUT', url: url('/ticket-categories/elevator'), as: 'staff', payload: { ...base, labelZh: '电梯', active: false } });
    const res = await t.req({ method: 'POST', url: url('/tickets'), as: 'resident1', payload: { title: '电梯困人', description: '电梯困人', category: 'elevator', locationKind: 'estate', estateId: t.fx.A.estates[0] } });
    expect(res.statusCode).toBe(422);
  });
});
