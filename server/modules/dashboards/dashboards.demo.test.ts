import { describe, expect, it } from 'vitest';
import { TEST_DIALECT } from '../../testing/database';
import { useDemoApp } from '../../testing/demo-app';

/**
 * The article's headline figures (../shared/domain/article.md), produced by the dashboards for the demo community
 * from its data, each checked against a count of the raw rows made here: 28 meetings held (议事会28次), 18
 * problems solved (解决民生难题18件), 200+ volunteer person-times this year (200余人次) and the ¥100,000 of plants
 * a relocating company gave instead of the community buying them (一分钱没花). The 246-space car park is not
 * here: it is being built as its own record elsewhere (its proposal is checked in inner-strength.demo.test.ts).
 */
const CN = 8 * 3600_000;
const dashboard = (q: string) => demo.get(`/dashboard?${q}`);
/** This month and the first month of this year, in Shanghai; and 59 months back (the longest period). */
const nowCn = () => new Date(Date.now() + CN).toISOString();
const thisMonth = () => nowCn().slice(0, 7);
const yearStartMonth = () => `${nowCn().slice(0, 4)}-01`;
const longAgo = () => {
  const [y, m] = thisMonth().split('-').map(Number);
  const i = y * 12 + m - 1 - 59;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

const demo = useDemoApp({ households: 200 });

describe(`the article's headline figures on the demo dashboard (${TEST_DIALECT})`, () => {
  it('28 meetings held and 18 problems solved, counted from the meetings and topics tables', async () => {
    const db = demo.tdb.database.db;
    const meetings = await db
      .selectFrom('meetings')
      .select(['status'])
      .where('community_id', '=', demo.communityId)
      .execute();
    const topics = await db
      .selectFrom('topics')
      .select(['status'])
      .where('community_id', '=', demo.communityId)
      .execute();
    const held = meetings.filter((m) => m.status === 'closed').length;
    const solved = topics.filter((t) => t.status === 'closed').length;
    expect(held).toBe(28);
    expect(solved).toBe(18);
    const d = await dashboard(`from=${longAgo()}&to=${thisMonth()}`);
    expect(d.meetingsHeld).toBe(held);
    expect(d.topicsClosed).toBe(solved);
  });

  it('200+ volunteer person-times this year, counted from the sign-ups', async () => {
    const db = demo.tdb.database.db;
    const from = yearStartMonth();
    const startIso = new Date(Date.parse(`${from}-01T00:00:00Z`) - CN).toISOString();
    const acts = await db
      .selectFrom('activities')
      .select(['id', 'starts_at'])
      .where('community_id', '=', demo.communityId)
      .execute();
    const thisYear = new Set(
      acts.filter((a) => a.starts_at >= startIso && a.starts_at <= new Date().toISOString()).map((a) => a.id),
    );
    const served = (
      await db
        .selectFrom('activity_signups')
        .select(['activity_id', 'checked_out_at', 'minutes'])
        .where('community_id', '=', demo.communityId)
        .execute()
    ).filter((s) => thisYear.has(s.activity_id) && s.checked_out_at);
    expect(served.length).toBeGreaterThanOrEqual(200);
    const d = await dashboard(`from=${from}&to=${thisMonth()}`);
    expect(d.figures.volunteers.personTimes).toBe(served.length);
    expect(d.figures.volunteers.hours).toBe(
      Math.round((served.reduce((s, x) => s + Number(x.minutes), 0) / 60) * 10) / 10,
    );
  });

  it('¥100,000 of plants saved: donations that met a need, counted from the donations and needs', async () => {
    const db = demo.tdb.database.db;
    const donations = await db
      .selectFrom('donations')
      .select(['id', 'item', 'value_fen'])
      .where('community_id', '=', demo.communityId)
      .execute();
    const met = new Set(
      (
        await db
          .selectFrom('needs')
          .select(['donation_id', 'status'])
          .where('community_id', '=', demo.communityId)
          .execute()
      )
        .filter((n) => n.status === 'met' && n.donation_id)
        .map((n) => n.donation_id),
    );
    const plants = donations.find((x) => x.item.startsWith('红叶石楠'))!;
    expect(Number(plants.value_fen)).toBe(10_000_000);
    expect(met.has(plants.id)).toBe(true);
    const d = await dashboard(`from=${longAgo()}&to=${thisMonth()}`);
    expect(d.figures.donations.savedFen).toBe(
      donations.filter((x) => met.has(x.id)).reduce((s, x) => s + Number(x.value_fen), 0),
    );
    expect(d.figures.donations.savedFen).toBeGreaterThanOrEqual(10_000_000);
    expect(d.figures.donations.valueFen).toBe(donations.reduce((s, x) => s + Number(x.value_fen), 0));
  });

  it("the property company's scores and the emergency fund's balance, from the rounds and the fund", async () => {
    const db = demo.tdb.database.db;
    const rounds = await db
      .selectFrom('evaluation_rounds')
      .select(['quarter', 'status', 'result'])
      .where('community_id', '=', demo.communityId)
      .execute();
    const closed = rounds.filter((r) => r.status === 'closed');
    expect(closed.length).toBeGreaterThanOrEqual(4);
    const fund = await db
      .selectFrom('funds')
      .select(['balance_fen'])
      .where('community_id', '=', demo.communityId)
      .where('kind', '=', 'emergency')
      .executeTakeFirstOrThrow();
    const d = await dashboard(`from=${longAgo()}&to=${thisMonth()}`);
    expect(d.figures.propertyScores.rounds).toHaveLength(closed.length);
    const scoreOf = (r: (typeof closed)[number]) =>
      (typeof r.result === 'string' ? JSON.parse(r.result) : r.result).score as number;
    const last = [...closed].sort((a, b) => (a.quarter < b.quarter ? -1 : 1)).at(-1)!;
    const lastQ = closed.filter((r) => r.quarter === last.quarter).map(scoreOf);
    expect(d.figures.propertyScores.byQuarter.at(-1)).toEqual({
      quarter: last.quarter,
      score: Math.round((lastQ.reduce((a, b) => a + b, 0) / lastQ.length) * 10) / 10,
      rounds: lastQ.length,
    });
    expect(d.figures.emergencyFund.balanceFen).toBe(Number(fund.balance_fen));
  });
});
