import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';

const t = useTestApp();
let A: string;
beforeAll(() => {
  A = t.fx.A.id;
});

const api = (p: string) => `/api/communities/${A}${p}`;
const today = () => new Date(t.clock.now()).toISOString().slice(0, 10);
const ticket = async (title: string, as: string) =>
  (
    await t.req({
      method: 'POST',
      url: api('/tickets'),
      as,
      payload: {
        title,
        description: '周边停车混乱，晚上回来没地方停',
        locationKind: 'estate',
        estateId: t.fx.A.estates[0],
      },
    })
  ).json().id as string;
const body = (extra: Record<string, unknown> = {}) => ({
  title: '建设社会化停车场',
  problem: '砖桥周边停车混乱，居民晚上回来无处停车',
  suggestion: '利用闲置地块建设社会化停车场',
  addressee: '洞泾镇人民政府',
  ...extra,
});

describe(`deputy proposals (${TEST_DIALECT})`, () => {
  it("groups tickets and a topic's tickets into a proposal, logs coordination, and resolves them all with the outcome", async () => {
    const a = await ticket('周边停车混乱', 'resident1');
    const b = await ticket('晚上没地方停车', 'resident2');
    const c = await ticket('外来车辆占用车位', 'resident3');
    const topic = (
      await t.req({
        method: 'POST',
        url: api('/topics'),
        as: 'staff',
        payload: { title: '停车难', source: 'ticket', ticketIds: [c] },
      })
    ).json().id;
    const res = await t.req({
      method: 'POST',
      url: api('/proposals'),
      as: 'secretary',
      payload: body({ ticketIds: [a, b], topicId: topic }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p.tickets.map((x: any) => x.id).sort()).toEqual([a, b, c].sort());
    expect(p).toMatchObject({ status: 'open', topicId: topic, ticketCount: 3 });
    const onTicket = (await t.req({ method: 'GET', url: api(`/tickets/${a}`), as: 'resident1' })).json();
    expect(onTicket.links).toEqual([
      expect.objectContaining({ targetType: 'proposal', title: '代表建议：建设社会化停车场' }),
    ]);

    const log = await t.req({
      method: 'POST',
      url: api(`/proposals/${p.id}/logs`),
      as: 'secretary',
      payload: { date: today(), text: '与镇规划办、地块业主协调用地' },
    });
    expect(log.json().logs).toHaveLength(1);
    expect(
      (
        await t.req({
          method: 'POST',
          url: api(`/proposals/${p.id}/logs`),
          as: 'secretary',
          payload: { date: '2000-01-01', text: 'x' },
        })
      ).json().error.code,
    ).toBe('invalid_log_date');

    const out = await t.req({
      method: 'POST',
      url: api(`/proposals/${p.id}/outcome`),
      as: 'secretary',
      payload: { outcome: '建成拥有246个车位的社会化停车场' },
    });
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json()).toMatchObject({
      status: 'concluded',
      ticketsResolved: 3,
      outcome: '建成拥有246个车位的社会化停车场',
    });
    for (const [id, who] of [
      [a, 'resident1'],
      [b, 'resident2'],
    ] as const) {
      expect((await t.req({ method: 'GET', url: api(`/tickets/${id}`), as: who })).json().state).toBe('resolved');
      const inbox = (await t.req({ method: 'GET', url: '/api/notifications', as: who })).json();
      expect(inbox.items.some((n: any) => n.kind === 'ticket_confirm' && String(n.body).includes('246'))).toBe(true);
    }
    const again = await t.req({
      method: 'POST',
      url: api(`/proposals/${p.id}/outcome`),
      as: 'secretary',
      payload: { outcome: '再次' },
    });
    expect(again.json().error.code).toBe('proposal_concluded');
    expect(
      (
        await t.req({
          method: 'POST',
          url: api(`/proposals/${p.id}/logs`),
          as: 'secretary',
          payload: { date: today(), text: 'x' },
        })
      ).json().error.code,
    ).toBe('proposal_concluded');
  });

  it('writes nothing when a ticket or the topic does not exist', async () => {
    const before = (await t.req({ method: 'GET', url: api('/proposals'), as: 'staff' })).json().items.length;
    const a = await ticket('无名道路坑洼', 'resident1');
    expect(
      (
        await t.req({
          method: 'POST',
          url: api('/proposals'),
          as: 'secretary',
          payload: body({ ticketIds: [a, 'no-such-ticket'] }),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.req({
          method: 'POST',
          url: api('/proposals'),
          as: 'secretary',
          payload: body({ topicId: 'no-such-topic' }),
        })
      ).json().error.code,
    ).toBe('topic_not_found');
    expect((await t.req({ method: 'GET', url: api('/proposals'), as: 'staff' })).json().items).toHaveLength(before);
    expect((await t.req({ method: 'GET', url: api(`/tickets/${a}`), as: 'staff' })).json().links).toEqual([]);
  });

  it('is written by the deputy or the office; residents and outsiders are refused', async () => {
    expect(
      (await t.req({ method: 'POST', url: api('/proposals'), as: 'committee1', payload: body() })).statusCode,
    ).toBe(403);
    expect((await t.req({ method: 'GET', url: api('/proposals'), as: 'resident1' })).statusCode).toBe(403);
    expect((await t.req({ method: 'GET', url: api('/proposals'), as: 'staffB' })).statusCode).toBe(404);
    expect((await t.req({ method: 'GET', url: api('/proposals'), as: 'committee1' })).statusCode).toBe(200);
  });
});
