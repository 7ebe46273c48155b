import { describe, expect, it } from 'vitest';
import { verifyChains } from '../core/audit/audit';
import { TEST_DIALECT } from '../testing/database';
import { useDemoApp } from '../testing/demo-app';
import { expectEvery } from '../testing/expect-every';

/** The demo's 内力 (activities, referrals, proposals) carries the article's figures, read through the API. */
const demo = useDemoApp({ households: 200, logins: ['staff', 'secretary', 'resident1'] });

describe(`the demo's activities, referrals and proposals (${TEST_DIALECT})`, () => {
  it('counts 200+ volunteer person-times over the last year, party members among them', async () => {
    const acts = (await demo.get('/activities')).items;
    const past = (await demo.get('/activities?when=past')).items;
    expect(past.length).toBe(8);
    const served = (await Promise.all(past.map((a: any) => demo.get(`/activities/${a.id}`)))).flatMap((a: any) =>
      a.signups.filter((s: any) => s.checkedOutAt),
    );
    expect(served.length).toBe(216);
    expect(acts.some((a: any) => a.title.includes('端午包粽子'))).toBe(true);
    const stats = await demo.get('/activities/stats');
    expect(stats.partyMembers.personTimes).toBeGreaterThan(0);
    expect(stats.byMonth.reduce((n: number, m: any) => n + m.personTimes, 0)).toBe(stats.personTimes);
    const mine = await demo.get('/activities/mine', 'resident1');
    expect(mine.personTimes).toBeGreaterThan(0);
    const lists = (await demo.get('/party-commitments', 'secretary')).items;
    expect(lists.length).toBe(6);
    expect(lists.some((c: any) => c.fulfilled)).toBe(true);
  });

  it('keeps two referrals outstanding (挂账), one overdue, and figures department response times', async () => {
    const out = (await demo.get('/referrals?status=outstanding')).items;
    expect(out).toHaveLength(2);
    expect(out.filter((r: any) => r.overdue)).toHaveLength(1);
    const stats = await demo.get('/referrals/stats');
    expect(stats).toMatchObject({ outstanding: 2, overdue: 1, answered: 3 });
    expectEvery(
      stats.departments.filter((d: any) => d.answered),
      (d: any) => d.avgResponseDays > 0,
      'answered departments',
    );
  });

  it('records the 10 months to a 246-space car park, its tickets resolved', async () => {
    const list = (await demo.get('/proposals')).items;
    expect(list).toHaveLength(3);
    const park = list.find((p: any) => p.title.includes('停车场'));
    const p = await demo.get(`/proposals/${park.id}`);
    expect(p).toMatchObject({ status: 'concluded', outcome: expect.stringContaining('246') });
    expect(Math.round(p.months)).toBe(10);
    expectEvery(p.tickets, (t: any) => t.state === 'resolved', 'car park tickets');
    expectEvery(await verifyChains(demo.tdb.database.db), (r) => r.ok, 'audit chains');
  });
});
