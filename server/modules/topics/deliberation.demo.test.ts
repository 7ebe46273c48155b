import { describe, expect, it } from 'vitest';
import { verifyChains } from '../../core/audit/audit';
import { listVerifiers } from '../../core/verify';
import { useDemoApp } from '../../testing/demo-app';
import { verifyBundle } from '../consultations/consultations.archive-check';
import { expectEvery } from '../../testing/expect-every';

const demo = useDemoApp({ households: 400, logins: ['staff', 'resident1'] });

describe('demo 四方议事', () => {
  it('matches the article: 28 meetings held, 18 problems solved', async () => {
    expect((await demo.get('/meetings/stats')).held).toBe(28);
    expect((await demo.get('/topics/stats')).problemsSolved).toBe(18);
  });

  it('keeps the 洞北小区 parking consultation closed, passed and verifiable from its archive', async () => {
    const closed = (await demo.get('/consultations?status=closed')).items;
    const parking = closed.find((c: any) => c.title.includes('洞北小区'));
    expect(parking.result.tally).toMatchObject({ participants: 100, passed: true, participationMet: true });
    expect(parking.result.tally.questions[0]).toMatchObject({ leading: 'm30', counts: { m30: 71, h2: 29 } });
    const bundle = await demo.get(`/consultations/${parking.id}/archive`);
    expect(verifyBundle(bundle).ok).toBe(true);
    const topic = (await demo.get('/topics?status=closed')).items.find((t: any) => t.consultationId === parking.id);
    const detail = await demo.get(`/topics/${topic.id}`);
    expect(detail.decision.text).toContain('半小时');
    expect(detail.decision.signoffs).toHaveLength(4);
    const lines = await listVerifiers()
      .find((v) => v.name === 'consultations')!
      .fn(demo.tdb.database.db);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expectEvery(lines, (l) => l.ok, 'consultation checks');
    expectEvery(await verifyChains(demo.tdb.database.db), (c) => c.ok, 'audit chains');
  });

  it('has one consultation open that resident1 can vote in', async () => {
    const open = (await demo.get('/consultations?status=open', 'resident1')).items;
    expect(open).toHaveLength(1);
    expect((await demo.get(`/consultations/${open[0].id}`, 'resident1')).my).toEqual({ eligible: true, receipt: null });
    const vote = await demo.app.inject({
      method: 'POST',
      url: `/api/communities/${demo.communityId}/consultations/${open[0].id}/ballots`,
      headers: { cookie: demo.cookies.resident1 },
      payload: { answers: { plan: 'agree' } },
    });
    expect(vote.statusCode, vote.body).toBe(201);
  });
});
