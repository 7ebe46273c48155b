import { expect } from 'vitest';
import type { TestApp } from '../../testing/harness';
import { fingerprint, tablesOf } from '../../testing/fingerprint';
import { quarterOf } from './evaluations.result';

/** Requests of the evaluation tests, against the fixture's community A (committee1 and committee2 are its committee). */
export function evaluationRequests(t: TestApp) {
  const C = `/api/communities/${t.fx.A.id}`;
  const url = (p = '') => `${C}/evaluations${p}`;
  const quarter = quarterOf(t.clock.now());
  const iso = (ms: number) => new Date(ms).toISOString();
  const ok = async (r: Promise<{ statusCode: number; body: string; json(): any }>) => {
    const res = await r;
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const company = async (name = '上海泾桥物业服务有限公司', kind = 'property_company') =>
    (await ok(t.req({ method: 'POST', url: `${C}/organizations`, as: 'staff', payload: { kind, name } }))).id as string;
  const open = (companyId: string, over: Record<string, unknown> = {}) =>
    t.req({
      method: 'POST',
      url: url(),
      as: 'staff',
      payload: {
        estateId: t.fx.A.estates[0],
        companyId,
        quarter,
        deadlineAt: iso(t.clock.now() + 14 * 86_400_000),
        ...over,
      },
    });
  const sheet = (score = 80, over: Record<string, unknown> = {}) => ({
    items: {
      cleaning: { score, comment: '楼道干净' },
      greening: { score, comment: '' },
      order_parking: { score, comment: '外来车辆仍有占位' },
      repairs: { score, comment: '' },
      service: { score, comment: '' },
      presence: { score, comment: '夜里有人值班' },
      ...over,
    },
  });
  const score = (id: string, as: string, body: object = sheet()) =>
    t.req({ method: 'POST', url: url(`/${id}/scores`), as, payload: body });
  const get = (id: string, as = 'staff') => t.req({ method: 'GET', url: url(`/${id}`), as });
  /** Every table's content, to show that a refused request changed nothing. */
  const snapshot = async () =>
    fingerprint(
      t.db,
      (await tablesOf(t.db)).filter((x) => x.startsWith('evaluation_')),
    );
  return { C, url, quarter, iso, ok, company, open, sheet, score, get, snapshot };
}
