import { expect } from 'vitest';
import type { TestApp } from '../../testing/harness';

/** Requests of the consultation tests, against the fixture's community A. */
export function consultationRequests(t: TestApp) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const url = (p = '') => `/api/communities/${t.fx.A.id}/consultations${p}`;
  const yes = { free_time: 'm30', priority: 'agree' };

  /** The parking consultation of the article, as staff would type it. */
  const parking = (over: Record<string, unknown> = {}) => {
    const now = t.clock.now();
    return {
      title: '洞北小区临时停车调整征询',
      description: '外来车辆占用车位，业主无处停车。',
      questions: [
        {
          key: 'free_time',
          text: '免费临停时长',
          options: [
            { key: 'h2', label: '免费临停2小时' },
            { key: 'm30', label: '免费临停半小时' },
          ],
        },
        {
          key: 'priority',
          text: '54个车位业主优先停',
          options: [
            { key: 'agree', label: '同意' },
            { key: 'disagree', label: '不同意' },
            { key: 'abstain', label: '弃权' },
          ],
          approveOption: 'agree',
        },
      ],
      scope: { kind: 'all' },
      opensAt: iso(now - 60_000),
      closesAt: iso(now + 24 * 3600_000),
      participation: { op: '>=', num: 2, den: 3 },
      approval: { op: '>', num: 1, den: 2 },
      ...over,
    };
  };
  const opened = async (over: Record<string, unknown> = {}) => {
    const c = await t.req({ method: 'POST', url: url(), payload: parking(over), as: 'staff' });
    expect(c.statusCode, c.body).toBe(201);
    const o = await t.req({ method: 'POST', url: url(`/${c.json().id}/open`), as: 'staff' });
    expect(o.statusCode, o.body).toBe(200);
    return o.json();
  };
  const vote = (id: string, as: string, answers: Record<string, string> = yes, key?: string) =>
    t.req({
      method: 'POST',
      url: url(`/${id}/ballots`),
      payload: { answers },
      as,
      headers: key ? { 'idempotency-key': key } : {},
    });
  const paper = (id: string, hh: number, as = 'staff', extra: Record<string, unknown> = {}) =>
    t.req({
      method: 'POST',
      url: url(`/${id}/paper-ballots`),
      payload: { householdId: t.fx.A.households[hh], channel: 'paper', formNumber: `DB-${hh}`, answers: yes, ...extra },
      as,
    });
  const ok = async (r: Promise<{ statusCode: number; body: string; json(): any }>) => {
    const res = await r;
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };

  /**
   * A closed consultation with every kind of entry: two online ballots, a confirmed paper ballot, a corrected and
   * re-confirmed one, one left pending, closed by staff. Returns its id and the online receipt of resident1.
   */
  const closedWithEveryEntry = async () => {
    const c = await opened();
    const receipt = await ok(vote(c.id, 'resident1'));
    await ok(vote(c.id, 'resident2', { free_time: 'h2', priority: 'disagree' }));
    const p1 = await ok(paper(c.id, 1));
    await ok(t.req({ method: 'POST', url: url(`/${c.id}/ballots/${p1.ballotId}/confirm`), as: 'secretary' }));
    const p2 = await ok(paper(c.id, 2, 'staff', { channel: 'door_to_door' }));
    await ok(
      t.req({
        method: 'POST',
        url: url(`/${c.id}/ballots/${p2.ballotId}/corrections`),
        payload: { answers: { free_time: 'h2', priority: 'abstain' }, reason: '录入时看错了表单' },
        as: 'secretary',
      }),
    );
    await ok(t.req({ method: 'POST', url: url(`/${c.id}/ballots/${p2.ballotId}/confirm`), as: 'staff' }));
    await ok(paper(c.id, 3));
    await ok(t.req({ method: 'POST', url: url(`/${c.id}/close`), as: 'staff' }));
    return { id: c.id as string, receipt };
  };

  return { iso, url, yes, parking, opened, vote, paper, closedWithEveryEntry };
}
