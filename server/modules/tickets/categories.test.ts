import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import samples from './category-samples.json';
import training from './category-train.json';
import heldOut from './category-heldout.json';
import testSet from './category-test.json';
import { DEFAULT_CATEGORIES, suggestCategory } from './categories.service';

type Labelled = Array<[string, string]>;
const codes = new Set(DEFAULT_CATEGORIES.map((c) => c.code));
const key = (text: string) => text.replace(/[\s\p{P}]/gu, '');

/** Top-1 accuracy over a labelled set, with the misses counted per expected category. */
function score(set: Labelled) {
  const misses: Record<string, number> = {};
  let right = 0;
  for (const [text, code] of set) {
    if (suggestCategory(text, DEFAULT_CATEGORIES).category === code) right++;
    else misses[code] = (misses[code] ?? 0) + 1;
  }
  return { right, accuracy: right / set.length, misses };
}

/**
 * The model learns from category-train.json (800 reports, 80 a category) and category-samples.json (220);
 * it is measured on two sets written apart from it and from the keyword lists, and never trained on:
 * category-heldout.json (132, written with the keyword rules' first version) and category-test.json (350,
 * 35 a category, written by someone who saw neither the rules nor any other set). Measured when the
 * model was introduced: 0.932 (123/132) and 0.934 (327/350); the keyword rules alone scored 0.659 and
 * 0.811 on the same sets. The floors guard against changes that generalise worse.
 */
const FLOORS = { heldOut: 0.88, test: 0.85 };

describe('category suggestion', () => {
  it('learns from labelled reports that no measuring set shares', () => {
    const train = [...(training as Labelled), ...(samples as Labelled)];
    expect(train.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(train.map(([, c]) => c))).toEqual(codes);
    const seen = new Set(train.map(([text]) => key(text)));
    for (const set of [heldOut as Labelled, testSet as Labelled]) {
      expect(set.length).toBeGreaterThanOrEqual(130);
      expect(set.filter(([text]) => seen.has(key(text)))).toEqual([]);
    }
    const inSample = score(train);
    console.info(
      `category suggestion top-1, in sample: ${inSample.right}/${train.length} = ${inSample.accuracy.toFixed(3)}`,
    );
    expect(inSample.accuracy).toBeGreaterThan(0.9);
  });

  for (const [name, set, floor] of [
    ['held-out', heldOut, FLOORS.heldOut],
    ['test', testSet, FLOORS.test],
  ] as const) {
    it(`gets at least ${floor * 100}% of the ${name} reports right, every category represented`, () => {
      const labelled = set as Labelled;
      expect(new Set(labelled.map(([, c]) => c))).toEqual(codes);
      const r = score(labelled);
      console.info(
        `category suggestion top-1, ${name}: ${r.right}/${labelled.length} = ${r.accuracy.toFixed(3)}; misses by category ${JSON.stringify(r.misses)}`,
      );
      expect(r.accuracy).toBeGreaterThanOrEqual(floor);
    });
  }

  it('answers other with confidence 0 when nothing is known of the text, and a share below 1 when categories compete', () => {
    expect(suggestCategory('', DEFAULT_CATEGORIES)).toEqual({ category: 'other', confidence: 0 });
    expect(suggestCategory('zzqx', DEFAULT_CATEGORIES)).toEqual({ category: 'other', confidence: 0 });
    const s = suggestCategory('楼道灯坏了', DEFAULT_CATEGORIES);
    expect(s.category).toBe('power');
    expect(s.confidence).toBeGreaterThan(0.5);
    expect(s.confidence).toBeLessThanOrEqual(1);
    const mixed = suggestCategory('楼道里堆满杂物，灯也不亮', DEFAULT_CATEGORIES);
    expect(mixed.confidence).toBeLessThan(1);
  });

  it("still follows a community's keywords for a category the reports do not cover", () => {
    const rules = [
      ...DEFAULT_CATEGORIES,
      {
        ...DEFAULT_CATEGORIES[0],
        code: 'elevator',
        labelZh: '加装电梯',
        labelEn: 'Lift installation',
        keywords: ['加装电梯', '电梯'],
      },
    ];
    expect(suggestCategory('我们楼想加装电梯，怎么申请', rules).category).toBe('elevator');
    // Without that category its words fall back on what the model knows.
    expect(suggestCategory('我们楼想加装电梯，怎么申请', DEFAULT_CATEGORIES).category).not.toBe('elevator');
  });
});

describe('category endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });
  const url = (rest: string) => `/api/communities/${t.fx.A.id}${rest}`;

  it('suggests for residents and staff of the community, not for outsiders', async () => {
    const res = await t.req({
      method: 'POST',
      url: url('/tickets/category-suggestion'),
      as: 'resident1',
      payload: { text: '楼上卫生间漏水，我家天花板都湿了' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ category: 'leak' });
    expect(
      (
        await t.req({
          method: 'POST',
          url: url('/tickets/category-suggestion'),
          as: 'staffB',
          payload: { text: '漏水' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.req({ method: 'POST', url: url('/tickets/category-suggestion'), payload: { text: '漏水' } })).statusCode,
    ).toBe(401);
    expect(
      (
        await t.req({
          method: 'POST',
          url: url('/tickets/category-suggestion'),
          as: 'staff',
          payload: { text: 'x'.repeat(3000) },
        })
      ).statusCode,
    ).toBe(400);
  });

  it("lets staff change a community's rules: keywords and deadlines take effect for that community only", async () => {
    const body = {
      labelZh: '停车',
      labelEn: 'Parking',
      keywords: ['停车', '车位', '充电桩', '飞线'],
      active: true,
      responseHoursNormal: 12,
      resolutionHoursNormal: 72,
      responseHoursUrgent: 1,
      resolutionHoursUrgent: 8,
    };
    expect(
      (await t.req({ method: 'PUT', url: url('/ticket-categories/parking'), as: 'leader1', payload: body })).statusCode,
    ).toBe(403);
    const res = await t.req({ method: 'PUT', url: url('/ticket-categories/parking'), as: 'staff', payload: body });
    expect(res.statusCode).toBe(200);
    const s = await t.req({
      method: 'POST',
      url: url('/tickets/category-suggestion'),
      as: 'resident1',
      payload: { text: '有人飞线' },
    });
    expect(s.json().category).toBe('parking');
    const other = await t.req({
      method: 'POST',
      url: `/api/communities/${t.fx.B.id}/tickets/category-suggestion`,
      as: 'residentB',
      payload: { text: '有人飞线' },
    });
    expect(other.json().category).toBe('power');
    const list = (await t.req({ method: 'GET', url: url('/ticket-categories'), as: 'resident1' })).json();
    expect(list.items.find((c: any) => c.code === 'parking').responseHoursNormal).toBe(12);
    const created = await t.req({
      method: 'POST',
      url: url('/tickets'),
      as: 'resident1',
      payload: {
        title: '车位被占',
        description: '车位被外来车辆占了',
        category: 'parking',
        locationKind: 'estate',
        estateId: t.fx.A.estates[0],
      },
    });
    const d = (await t.req({ method: 'GET', url: url(`/tickets/${created.json().id}`), as: 'resident1' })).json();
    expect(Date.parse(d.responseDueAt) - Date.parse(d.createdAt)).toBe(12 * 3600_000);
    const audit = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_type', '=', 'ticket_category')
      .execute();
    expect(audit).toHaveLength(1);

    // A response window longer than the resolution window is refused with the field named, and nothing changes.
    const bad = await t.req({
      method: 'PUT',
      url: url('/ticket-categories/parking'),
      as: 'staff',
      payload: { ...body, responseHoursUrgent: 10 },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({
      code: 'response_after_resolution',
      message_zh: '响应时限不能长于办结时限',
      details: [{ path: 'responseHoursUrgent' }],
    });
    const zero = await t.req({
      method: 'PUT',
      url: url('/ticket-categories/parking'),
      as: 'staff',
      payload: { ...body, resolutionHoursNormal: 0 },
    });
    expect(zero.statusCode).toBe(400);
    expect(
      (await t.req({ method: 'GET', url: url('/ticket-categories'), as: 'staff' }))
        .json()
        .items.find((c: any) => c.code === 'parking'),
    ).toMatchObject({ responseHoursUrgent: 1, resolutionHoursNormal: 72 });
    expect(
      await t.db.selectFrom('audit_events').select('action').where('entity_type', '=', 'ticket_category').execute(),
    ).toHaveLength(1);
  });

  it("can add a community's own category and switch one off", async () => {
    const base = {
      labelEn: 'Elevator',
      keywords: ['电梯', '困人'],
      active: true,
      responseHoursNormal: 4,
      resolutionHoursNormal: 48,
      responseHoursUrgent: 1,
      resolutionHoursUrgent: 4,
    };
    expect(
      (
        await t.req({
          method: 'PUT',
          url: url('/ticket-categories/elevator'),
          as: 'staff',
          payload: { ...base, labelZh: '电梯' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.req({
          method: 'POST',
          url: url('/tickets/category-suggestion'),
          as: 'staff',
          payload: { text: '电梯又困人了' },
        })
      ).json().category,
    ).toBe('elevator');
    await t.req({
      method: 'PUT',
      url: url('/ticket-categories/elevator'),
      as: 'staff',
      payload: { ...base, labelZh: '电梯', active: false },
    });
    const res = await t.req({
      method: 'POST',
      url: url('/tickets'),
      as: 'resident1',
      payload: {
        title: '电梯困人',
        description: '电梯困人',
        category: 'elevator',
        locationKind: 'estate',
        estateId: t.fx.A.estates[0],
      },
    });
    expect(res.statusCode).toBe(422);
  });
});
