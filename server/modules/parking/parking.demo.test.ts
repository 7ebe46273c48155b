import { describe, expect, it } from 'vitest';
import { verifyChains } from '../../core/audit/audit';
import { TEST_DIALECT } from '../../testing/database';
import { useDemoApp } from '../../testing/demo-app';
import { expectEvery } from '../../testing/expect-every';

const demo = useDemoApp({ households: 200 });

describe(`demo parking (${TEST_DIALECT})`, () => {
  it("has 洞北小区's 54 spaces with the 30-minute rule resting on the closed topic and its consultation, and the 246-space car park", async () => {
    const { items } = await demo.get('/parking/car-parks');
    const dongbei = items.find((p: { name: string }) => p.name === '洞北小区地面停车场');
    expect(dongbei).toMatchObject({ totalSpaces: 54, spaces: 54, ownerPrioritySpaces: 54, estateName: '洞北小区' });
    expect(dongbei.ruleInForce).toMatchObject({
      effectiveOn: '2025-11-01',
      freeMinutes: 30,
      ownerPrioritySpaces: 54,
      consultationTitle: '洞北小区临时停车收费调整征询',
    });
    const topic = await demo.get(`/topics/${dongbei.ruleInForce.topicId}`);
    expect(topic).toMatchObject({ status: 'closed', decision: { consultationId: dongbei.ruleInForce.consultationId } });
    expect(topic.title).toContain('洞北小区外来车辆');
    // The topic points back at the car park through its rules (item 7).
    const ofTopic = await demo.get(`/parking/rules?topicId=${topic.id}`);
    expect(ofTopic.items.map((r: { carParkId: string }) => r.carParkId)).toEqual([dongbei.id]);
    const social = items.find((p: { totalSpaces: number }) => p.totalSpaces === 246);
    expect(social).toMatchObject({ spaces: 246, openedOn: '2025-11-06', estateId: null, ruleInForce: null });

    const vehicles = (await demo.get('/parking/vehicles')).items;
    expect(vehicles.length).toBeGreaterThan(1);
    expectEvery(vehicles, (v: { masked: boolean; plate: string }) => v.masked && v.plate.includes('*'), 'vehicles');
    expectEvery(await verifyChains(demo.tdb.database.db), (c) => c.ok, 'audit chains');
  });
});
