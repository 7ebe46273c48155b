import { describe, expect, it } from 'vitest';
import { verifyChains } from '../../core/audit/audit';
import { TEST_DIALECT } from '../../testing/database';
import { useDemoApp } from '../../testing/demo-app';
import { expectEvery } from '../../testing/expect-every';

const demo = useDemoApp({ households: 200 });

describe(`demo 外力: projects, partners and donations (${TEST_DIALECT})`, () => {
  it('has the culture corridor (162 m, 60 panels) with its spending, pointing at its closed topic, published', async () => {
    const { items } = await demo.get('/projects');
    expect(items).toHaveLength(3);
    const corridor = items.find((p: { name: string }) => p.name.includes('文化长廊'));
    const detail = await demo.get(`/projects/${corridor.id}`);
    expect(detail.items).toEqual(
      expect.arrayContaining([
        { name: '围墙改造文化长廊', quantity: 162, unit: '米' },
        { name: '宣传版面', quantity: 60, unit: '块' },
      ]),
    );
    expect(detail.spending).toHaveLength(3);
    expect(detail.spentFen).toBe(detail.spending.reduce((s: number, x: { amountFen: number }) => s + x.amountFen, 0));
    expect(detail.balanceFen).toBeGreaterThanOrEqual(0);
    const topic = await demo.get(`/topics/${detail.topicId}`);
    expect(topic).toMatchObject({ title: '围墙破旧影响观感', status: 'closed' });
    expect((await demo.app.inject({ method: 'GET', url: `/api/public/projects/${corridor.id}` })).statusCode).toBe(200);
  });

  it('points the closed topic 小区绿植补种 at the donated plants, not at a sentence about them', async () => {
    const topic = (await demo.get('/topics?status=closed')).items.find(
      (x: { title: string }) => x.title === '小区绿植补种',
    );
    expect(topic).toBeTruthy();
    const links = ((await demo.get(`/topics/${topic.id}`)).evidence as Array<{ stage: string; link: unknown }>)
      .filter((e) => e.link && e.stage === 'implementation') // (公示 links its notice too)
      .map((e) => ({ stage: e.stage, link: e.link }));
    expect(links).toEqual([
      {
        stage: 'implementation',
        link: expect.objectContaining({
          type: 'donation',
          title: '红叶石楠、樱花树等绿植 1批（估值 ¥100,000）',
          path: '/resources?tab=donations',
        }),
      },
    ]);
  });

  it('has the ¥100,000 of plants that met the planting need, and the pairing units', async () => {
    const donations = await demo.get('/donations');
    const plants = donations.items.find((d: { item: string }) => d.item.startsWith('红叶石楠'));
    expect(plants.valueFen).toBe(10_000_000);
    expect(donations.totalValueFen).toBeGreaterThanOrEqual(10_000_000);
    const need = (await demo.get('/needs')).items.find((n: { title: string }) => n.title === '小区绿植补种');
    expect(need).toMatchObject({ status: 'met', donation: { id: plants.id } });
    const agreements = (await demo.get('/pairing-agreements')).items.map(
      (a: { organizationName: string }) => a.organizationName,
    );
    expect(agreements).toEqual(expect.arrayContaining(['松江电信东部片区党支部', '洞泾镇砖桥幼儿园']));
    expectEvery(await verifyChains(demo.tdb.database.db), (c) => c.ok, 'audit chains');
  });
});
