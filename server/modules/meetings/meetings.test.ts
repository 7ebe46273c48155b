import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';

const t = useTestApp();
let A: string;
beforeAll(() => {
  A = t.fx.A.id;
});

const api = (p: string) => `/api/communities/${A}${p}`;
const iso = (ms: number) => new Date(ms).toISOString();

describe('monthly meetings', () => {
  let id: string;
  it('draws the agenda from open topics', async () => {
    await t.req({
      method: 'POST',
      url: api('/topics'),
      as: 'staff',
      payload: { title: '嘉和景苑西门拥堵', source: 'monthly_meeting' },
    });
    const res = await t.req({
      method: 'POST',
      url: api('/meetings'),
      as: 'secretary',
      payload: { kind: 'monthly', title: '2026年5月月例会', scheduledAt: iso(t.clock.now()), location: '居委会议室' },
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json().agenda).toEqual([expect.objectContaining({ kind: 'topic', title: '嘉和景苑西门拥堵' })]);
    expect(res.json().status).toBe('planned');
  });

  it('closes only with minutes, attendance and signatures, and then stays as recorded', async () => {
    const bare = await t.req({
      method: 'POST',
      url: api(`/meetings/${id}/close`),
      as: 'staff',
      payload: { signatures: [] },
    });
    expect(bare.statusCode).toBe(409);
    expect(bare.json().error).toMatchObject({
      code: 'meeting_incomplete',
      details: ['会议纪要', '出席情况（应到/实到）', '签字'],
    });
    await t.req({
      method: 'PATCH',
      url: api(`/meetings/${id}`),
      as: 'staff',
      payload: { minutes: '通报本月诉求办理情况；讨论西门拥堵。', decisions: ['协商物业在南门加装ETC抬杆'] },
    });
    const att = await t.req({
      method: 'PUT',
      url: api(`/meetings/${id}/attendance`),
      as: 'staff',
      payload: {
        items: [
          { party: 'party_branch', expected: 3, present: 3, names: ['书记', '委员甲', '委员乙'] },
          { party: 'committee', expected: 5, present: 4 },
          { party: 'property_company', expected: 2, present: 2 },
          { party: 'building_leaders', expected: 6, present: 5 },
        ],
      },
    });
    expect(att.json().totals).toEqual({ expected: 16, present: 14 });
    const dup = await t.req({
      method: 'PUT',
      url: api(`/meetings/${id}/attendance`),
      as: 'staff',
      payload: {
        items: [
          { party: 'committee', expected: 1, present: 1 },
          { party: 'committee', expected: 1, present: 1 },
        ],
      },
    });
    expect(dup.json().error.code).toBe('duplicate_party');
    await t.req({
      method: 'POST',
      url: api(`/meetings/${id}/action-items`),
      as: 'staff',
      payload: { text: '联系物业报价ETC抬杆', ownerName: '物业王经理', dueDate: '2026-01-05' },
    });
    await t.req({
      method: 'POST',
      url: api(`/meetings/${id}/action-items`),
      as: 'staff',
      payload: { text: '楼组长通知住户', ownerName: '李楼组长', dueDate: '2999-12-31' },
    });
    const noSig = await t.req({
      method: 'POST',
      url: api(`/meetings/${id}/close`),
      as: 'staff',
      payload: { signatures: [] },
    });
    expect(noSig.json().error.details).toEqual(['签字']);
    const closed = await t.req({
      method: 'POST',
      url: api(`/meetings/${id}/close`),
      as: 'staff',
      payload: {
        signatures: [
          { party: 'party_branch', name: '陈书记' },
          { party: 'committee', name: '张主任' },
        ],
      },
    });
    expect(closed.json()).toMatchObject({
      status: 'closed',
      signatures: [
        { party: 'party_branch', name: '陈书记' },
        { party: 'committee', name: '张主任' },
      ],
    });
    expect(
      (await t.req({ method: 'PATCH', url: api(`/meetings/${id}`), as: 'staff', payload: { minutes: '改' } })).json()
        .error.code,
    ).toBe('meeting_closed');
    expect(
      (
        await t.req({ method: 'POST', url: api(`/meetings/${id}/close`), as: 'staff', payload: { signatures: [] } })
      ).json().error.code,
    ).toBe('meeting_closed');
  });

  it('tracks action items to done after the meeting', async () => {
    const open = (await t.req({ method: 'GET', url: api('/meetings/action-items?done=false'), as: 'leader1' })).json()
      .items;
    expect(open).toHaveLength(2);
    expect(open[0]).toMatchObject({ text: '联系物业报价ETC抬杆', overdue: true, meetingTitle: '2026年5月月例会' });
    expect(
      (await t.req({ method: 'GET', url: api('/meetings/action-items?overdue=true'), as: 'staff' })).json().items,
    ).toHaveLength(1);
    const done = await t.req({
      method: 'PATCH',
      url: api(`/meetings/${id}/action-items/${open[0].id}`),
      as: 'property',
      payload: { done: true },
    });
    expect(done.json().actionItems.find((i: any) => i.id === open[0].id)).toMatchObject({ done: true, overdue: false });
    expect(
      (
        await t.req({
          method: 'PATCH',
          url: api(`/meetings/${id}/action-items/nope`),
          as: 'property',
          payload: { done: true },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('counts meetings held per period and kind', async () => {
    const topic = (await t.req({ method: 'GET', url: api('/topics'), as: 'staff' })).json().items[0];
    expect(
      (
        await t.req({
          method: 'POST',
          url: api('/meetings'),
          as: 'staff',
          payload: { kind: 'deliberation', title: '议事会', scheduledAt: iso(t.clock.now()) },
        })
      ).json().error.code,
    ).toBe('topic_required');
    await t.req({
      method: 'POST',
      url: api('/meetings'),
      as: 'staff',
      payload: { kind: 'deliberation', title: '西门议事会', topicId: topic.id, scheduledAt: iso(t.clock.now()) },
    });
    const stats = (await t.req({ method: 'GET', url: api('/meetings/stats'), as: 'committee1' })).json();
    expect(stats).toEqual({ held: 1, byKind: { monthly: 1 }, openActionItems: 1 });
    const from = iso(t.clock.now() + 86_400_000);
    expect(
      (await t.req({ method: 'GET', url: api(`/meetings/stats?from=${encodeURIComponent(from)}`), as: 'staff' })).json()
        .held,
    ).toBe(0);
    expect(
      (await t.req({ method: 'GET', url: api('/meetings?status=planned'), as: 'staff' })).json().items,
    ).toHaveLength(1);
  });

  it('keeps meetings to the parties and the community', async () => {
    expect((await t.req({ method: 'GET', url: api('/meetings'), as: 'resident1' })).statusCode).toBe(403);
    expect(
      (
        await t.req({
          method: 'POST',
          url: api('/meetings'),
          as: 'committee1',
          payload: { kind: 'monthly', title: 'x', scheduledAt: iso(t.clock.now()) },
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.req({ method: 'GET', url: api(`/meetings/${id}`), as: 'staffB' })).statusCode).toBe(404);
    expect(
      (
        await t.req({
          method: 'POST',
          url: api('/meetings'),
          as: 'staff',
          payload: { kind: 'monthly', title: 'x', scheduledAt: 'tomorrow' },
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('group-chat intake', () => {
  it('turns a pasted export into candidate tickets with a suggested category', async () => {
    const text = [
      '2026-05-03 19:42 张阿姨:',
      '洞北小区3号楼门口又停满了外来车辆，我们业主回来没地方停车',
      '2026-05-03 19:43 李师傅: [表情]',
      '王老师 加入了群聊',
      '2026-05-03 19:45 王老师: 5号楼楼道灯不亮好几天了，晚上上楼很危险',
      '2026-05-03 19:46 楼组长小陈: 收到',
    ].join('\n');
    const res = await t.req({ method: 'POST', url: api('/meetings/chat-intake'), as: 'staff', payload: { text } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().candidates).toEqual([
      expect.objectContaining({ speaker: '张阿姨', time: '2026-05-03 19:42', suggestedCategory: 'parking' }),
      expect.objectContaining({ speaker: '王老师', time: '2026-05-03 19:45', suggestedCategory: 'power' }),
    ]);
    expect(res.json().skipped.map((s: any) => s.reason)).toEqual(['sticker', 'system', 'chatter']);
    expect(
      (await t.req({ method: 'POST', url: api('/meetings/chat-intake'), as: 'committee1', payload: { text } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.req({ method: 'POST', url: api('/meetings/chat-intake'), as: 'staff', payload: { text: '' } }))
        .statusCode,
    ).toBe(400);
  });
});
