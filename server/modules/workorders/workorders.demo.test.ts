import { describe, expect, it } from 'vitest';
import { verifyChains } from '../../core/audit/audit';
import { useDemoApp } from '../../testing/demo-app';
import { expectEvery } from '../../testing/expect-every';

const demo = useDemoApp({ households: 150 });
const get = (url: string) => demo.get(url);

describe('demo work orders, fund and roster', () => {
  it('has the fee list, leak work orders from the demo tickets paid from the emergency fund, and a roster covering now', async () => {
    const fee = await get('/fee-list');
    expect(fee.version).toBe(1);
    expect(fee.items.map((i: { name: string }) => i.name)).toContain('屋面防水层修补');
    const orders = (await get('/work-orders')).items;
    const accepted = orders.filter((o: { status: string }) => o.status === 'accepted');
    expect(accepted.length).toBeGreaterThanOrEqual(3);
    expectEvery(accepted, (o: { fundingSource: string; source: string }) =>
      expect(o).toMatchObject({ fundingSource: 'emergency', source: 'ticket' }),
    );
    // The article's case: the shared-area leak fixed under the emergency repair project, linked to its ticket.
    const article = await get(
      `/work-orders/${accepted.find((o: { title: string }) => o.title === '公共区域漏水渗水').id}`,
    );
    expect(article.tickets).toEqual([expect.objectContaining({ title: '公共区域漏水渗水', state: 'closed' })]);
    const ledger = await get('/funds/emergency');
    const spent = accepted.reduce((s: number, o: { totalFen: number }) => s + o.totalFen, 0);
    expect(ledger.fund.balanceFen).toBe(8_000_000 - spent);
    expect(ledger.entries.filter((e: { kind: string }) => e.kind === 'spend')).toHaveLength(accepted.length);
    const now = await get('/duty/now');
    expect(now.items.length).toBe(1);
    expect(now.nextGapAt).toBeNull();
    expectEvery(await verifyChains(demo.tdb.database.db), (r) => expect(r).toMatchObject({ ok: true }));
  });

  it("numbers a new order on from the demo's, never reusing one", async () => {
    const before = (await get('/work-orders')).items.map((o: { number: string }) => o.number);
    expect(before.length).toBeGreaterThan(0);
    const res = await demo.app.inject({
      method: 'POST',
      url: `/api/communities/${demo.communityId}/work-orders`,
      headers: { cookie: demo.cookies.staff },
      payload: { title: '楼道灯更换', source: 'inspection', location: '1号楼', fundingSource: 'property' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const made = await get(`/work-orders/${res.json().id}`);
    expect(before).not.toContain(made.number);
  });

  it("points the closed topics' implementation at the real fee list, roster and work order", async () => {
    const topics = (await get('/topics?status=closed')).items as Array<{ id: string; title: string }>;
    const linksOf = async (title: string) => {
      const topic = topics.find((x) => x.title === title);
      expect(topic, title).toBeTruthy();
      return ((await get(`/topics/${topic!.id}`)).evidence as Array<{ stage: string; link: unknown }>)
        .filter((e) => e.link && e.stage === 'implementation') // (公示 links its notice too)
        .map((e) => ({ stage: e.stage, link: e.link }));
    };
    expect(await linksOf('维修收费不透明')).toEqual([
      {
        stage: 'implementation',
        link: expect.objectContaining({ type: 'fee_list', title: '维修费用清单 第1版（15项）', path: '/fee-list' }),
      },
    ]);
    expect(await linksOf('物业夜间无人值守')).toEqual([
      { stage: 'implementation', link: expect.objectContaining({ type: 'duty_roster', path: '/duty' }) },
    ]);
    const [leak] = await linksOf('公共区域漏水渗水');
    expect(leak.link).toMatchObject({ type: 'workorder', title: expect.stringContaining('公共区域漏水渗水') });
  });

  it("freezes each demo round's work-order figures and the roster's hours without duty", async () => {
    const rounds = (await get('/evaluations?status=closed')).items as Array<{ id: string; quarter: string }>;
    expect(rounds.length).toBe(12);
    const figures = await Promise.all(rounds.map(async (r) => (await get(`/evaluations/${r.id}`)).figures));
    expectEvery(figures, (f) => typeof f.workOrders === 'number' && typeof f.dutyGapHours === 'number', 'figures');
    // The first demo quarter left nights uncovered (the 物业夜间无人值守 topic); the last one none.
    const quarters = [...new Set(rounds.map((r) => r.quarter))].sort();
    const gapOf = (q: string) => figures[rounds.findIndex((r) => r.quarter === q)].dutyGapHours;
    expect(gapOf(quarters[0])).toBeGreaterThan(100);
    expect(gapOf(quarters[quarters.length - 1])).toBe(0);
    expect(figures.reduce((a, f) => a + f.workOrders, 0)).toBeGreaterThan(0);
  });
});
