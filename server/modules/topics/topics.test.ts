import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/harness';

const t = useTestApp();
let A: string;
beforeAll(() => {
  A = t.fx.A.id;
});

const api = (p: string) => `/api/communities/${A}${p}`;
const iso = (ms: number) => new Date(ms).toISOString();
const FOUR = ['party_branch', 'property_company', 'committee', 'building_leaders'];

/** A forum of the topic, closed with minutes, the given parties present and signatures. */
async function forum(topicId: string, present: string[]) {
  const m = (
    await t.req({
      method: 'POST',
      url: api('/meetings'),
      as: 'staff',
      payload: { kind: 'forum', title: '洞北小区停车问题座谈会', topicId, scheduledAt: iso(t.clock.now()) },
    })
  ).json();
  await t.req({
    method: 'PATCH',
    url: api(`/meetings/${m.id}`),
    as: 'staff',
    payload: { minutes: '四方就临停时长和业主优先车位交换意见，形成两个方案。', decisions: ['方案提交居民征询'] },
  });
  await t.req({
    method: 'PUT',
    url: api(`/meetings/${m.id}/attendance`),
    as: 'staff',
    payload: { items: FOUR.map((p) => ({ party: p, expected: 2, present: present.includes(p) ? 2 : 0 })) },
  });
  const closed = await t.req({
    method: 'POST',
    url: api(`/meetings/${m.id}/close`),
    as: 'staff',
    payload: { signatures: present.map((p) => ({ party: p, name: `${p}代表` })) },
  });
  expect(closed.statusCode, closed.body).toBe(200);
  return m.id as string;
}

describe('a 四方议事 topic from tickets to closure', () => {
  let id: string;
  let tickets: string[];
  const advance = (as = 'staff', payload: Record<string, unknown> = {}) =>
    t.req({ method: 'POST', url: api(`/topics/${id}/advance`), as, payload });

  it('is proposed from tickets and moves one stage at a time, each only with its evidence', async () => {
    const ticket = async (title: string) =>
      (
        await t.req({
          method: 'POST',
          url: api('/tickets'),
          as: 'resident3',
          payload: { title, description: '晚上回来没地方停车', locationKind: 'estate', estateId: t.fx.A.estates[1] },
        })
      ).json().id as string;
    tickets = [await ticket('外来车辆占用业主车位'), await ticket('停车费太低外面的车都来停')];
    const unknown = await t.req({
      method: 'POST',
      url: api('/topics'),
      as: 'staff',
      payload: { title: 'x', source: 'ticket', ticketIds: ['no-such-ticket'] },
    });
    expect(unknown.statusCode).toBe(404);
    const res = await t.req({
      method: 'POST',
      url: api('/topics'),
      as: 'staff',
      payload: {
        title: '洞北小区停车收费与外来车辆',
        source: 'ticket',
        estateId: t.fx.A.estates[1],
        ticketIds: tickets,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ stage: 'proposed', status: 'active', missing: [] });
    expect(
      res
        .json()
        .tickets.map((x: any) => x.id)
        .sort(),
    ).toEqual([...tickets].sort());
    // The ticket shows the topic it went to.
    const onTicket = (await t.req({ method: 'GET', url: api(`/tickets/${tickets[0]}`), as: 'staff' })).json();
    expect(JSON.stringify(onTicket)).toContain('洞北小区停车收费与外来车辆');
    expect((await t.req({ method: 'GET', url: api('/topics'), as: 'staff' })).json().items).toHaveLength(1);
    expect((await advance()).json().stage).toBe('research');
    const early = await advance();
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'stage_incomplete',
      message: expect.stringContaining('调研记录'),
    });
    const ev = await t.req({
      method: 'POST',
      url: api(`/topics/${id}/evidence`),
      as: 'committee1',
      payload: { kind: 'note', text: '夜间走访：54个车位中约一半被外来车辆占用。' },
    });
    expect(ev.json().evidence).toEqual([expect.objectContaining({ stage: 'research', kind: 'note' })]);
    await t.req({
      method: 'POST',
      url: api(`/topics/${id}/evidence`),
      as: 'leader1',
      payload: { kind: 'option', text: '方案：免费临停改为半小时，54个车位业主优先。' },
    });
    expect((await advance()).json().stage).toBe('forum');
  });

  it('completes the forum only when all four parties were present', async () => {
    await forum(id, ['party_branch', 'property_company', 'committee']);
    const three = await advance();
    expect(three.statusCode).toBe(409);
    expect(three.json().error.message_zh).toContain('四方');
    await forum(id, FOUR);
    const topic = (await advance()).json();
    expect(topic.stage).toBe('consultation');
    expect(topic.meetings).toHaveLength(2);
  });

  it('needs a closed consultation, then a decision signed by each of the four parties', async () => {
    expect((await advance()).json().error.code).toBe('stage_incomplete');
    const now = t.clock.now();
    const c = (
      await t.req({
        method: 'POST',
        url: api('/consultations'),
        as: 'staff',
        payload: {
          title: '洞北小区临停调整征询',
          topicId: id,
          scope: { kind: 'all' },
          opensAt: iso(now - 60_000),
          closesAt: iso(now + 3600_000),
          questions: [
            {
              key: 'plan',
              text: '是否同意方案',
              options: [
                { key: 'agree', label: '同意' },
                { key: 'disagree', label: '不同意' },
              ],
              approveOption: 'agree',
            },
          ],
          participation: { op: '>=', num: 1, den: 3 },
          approval: { op: '>', num: 1, den: 2 },
        },
      })
    ).json();
    await t.req({ method: 'POST', url: api(`/consultations/${c.id}/open`), as: 'staff' });
    for (const who of ['resident1', 'resident2', 'resident3'])
      await t.req({
        method: 'POST',
        url: api(`/consultations/${c.id}/ballots`),
        as: who,
        payload: { answers: { plan: 'agree' } },
      });
    await t.req({ method: 'POST', url: api(`/consultations/${c.id}/close`), as: 'staff' });
    expect((await advance()).json().stage).toBe('decision');

    const sign = (as: string, party: string) =>
      t.req({ method: 'POST', url: api(`/topics/${id}/signoffs`), as, payload: { party, signerName: `${as}` } });
    expect((await sign('secretary', 'party_branch')).json().error.code).toBe('no_decision');
    const d = await t.req({
      method: 'PUT',
      url: api(`/topics/${id}/decision`),
      as: 'staff',
      payload: { text: '免费临停由2小时调整为半小时，54个车位业主优先停。' },
    });
    expect(d.json().decision).toMatchObject({ consultationId: c.id, signoffs: [] });
    expect((await sign('staff', 'party_branch')).statusCode).toBe(403);
    expect((await sign('committee1', 'property_company')).json().error.code).toBe('not_party_member');
    expect((await sign('secretary', 'party_branch')).statusCode).toBe(200);
    expect((await sign('secretary', 'party_branch')).json().error.code).toBe('already_signed');
    expect(
      (
        await t.req({ method: 'PUT', url: api(`/topics/${id}/decision`), as: 'staff', payload: { text: '改一下' } })
      ).json().error.code,
    ).toBe('decision_signed');
    const partly = await advance();
    expect(partly.json().error.details).toEqual(['物业公司签字', '自管会签字', '楼组长签字']);
    await sign('property', 'property_company');
    await sign('committee2', 'committee');
    const all = (await sign('leader1', 'building_leaders')).json();
    expect(all.decision.signoffs.map((s: any) => s.party).sort()).toEqual([...FOUR].sort());
    expect(all.missing).toEqual([]);
    expect((await advance()).json().stage).toBe('implementation');
  });

  it('skips a stage only with a recorded reason, publishes, closes and counts as a problem solved', async () => {
    const skipped = await advance('staff', { skipReason: '实施由物业在征询后当周完成，记录见物业工单' });
    expect(skipped.json().stage).toBe('review');
    // Entering 公示 published the signed decision on the notice board; the stage keeps the notice as its evidence.
    const published = skipped.json().evidence.filter((e: any) => e.stage === 'review' && e.kind === 'publication');
    expect(published).toHaveLength(1);
    expect(published[0].link).toMatchObject({
      type: 'notice',
      labelZh: '公示',
      title: expect.stringContaining('公示'),
    });
    expect(skipped.json().missing).toEqual([]);
    await t.req({
      method: 'POST',
      url: api(`/topics/${id}/evidence`),
      as: 'staff',
      payload: { kind: 'publication', text: '决议及征询结果已在小区公告栏公示7天。', fileRef: 'notice-2026-04.pdf' },
    });
    const closed = (await advance()).json();
    expect(closed).toMatchObject({ stage: 'closed', status: 'closed' });
    expect(closed.stages.find((s: any) => s.stage === 'implementation')).toMatchObject({
      status: 'skipped',
      skipReason: expect.stringContaining('物业'),
    });
    expect(closed.stages.filter((s: any) => s.status === 'active')).toEqual([]);
    expect((await t.req({ method: 'GET', url: api('/topics/stats'), as: 'committee1' })).json()).toMatchObject({
      problemsSolved: 1,
      active: 0,
    });
    // The residents' tickets it came from are resolved with the decision and wait for their rating.
    for (const tk of tickets) {
      const detail = (await t.req({ method: 'GET', url: api(`/tickets/${tk}`), as: 'resident3' })).json();
      expect(detail.state).toBe('resolved');
      expect(JSON.stringify(detail)).toContain('已结案');
    }
    const rated = await t.req({
      method: 'POST',
      url: api(`/tickets/${tickets[0]}/confirm`),
      as: 'resident3',
      payload: { satisfaction: 5, comment: '半小时临停后好停车了' },
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect((await advance()).json().error.code).toBe('topic_closed');
    expect(
      (
        await t.req({
          method: 'POST',
          url: api(`/topics/${id}/evidence`),
          as: 'staff',
          payload: { kind: 'note', text: 'x' },
        })
      ).json().error.code,
    ).toBe('topic_closed');
  });

  it('unlinks a ticket linked by mistake, and may close without resolving the tickets it came from', async () => {
    const other = (
      await t.req({
        method: 'POST',
        url: api('/topics'),
        as: 'staff',
        payload: { title: '5号楼楼道灯', source: 'party' },
      })
    ).json();
    const tk = (
      await t.req({
        method: 'POST',
        url: api('/tickets'),
        as: 'resident3',
        payload: {
          title: '楼道灯不亮',
          description: '5号楼2单元',
          locationKind: 'estate',
          estateId: t.fx.A.estates[1],
        },
      })
    ).json().id;
    const tk2 = (
      await t.req({
        method: 'POST',
        url: api('/tickets'),
        as: 'resident3',
        payload: {
          title: '单元门锁坏了',
          description: '5号楼2单元',
          locationKind: 'estate',
          estateId: t.fx.A.estates[1],
        },
      })
    ).json().id;
    const linked = await t.req({
      method: 'POST',
      url: api(`/topics/${other.id}/tickets`),
      as: 'staff',
      payload: { ticketIds: [tk, tk2] },
    });
    expect(linked.json().tickets).toHaveLength(2);
    const unlink = (ticketId: string, as = 'staff') =>
      t.req({ method: 'DELETE', url: api(`/topics/${other.id}/tickets/${ticketId}`), as });
    expect((await unlink(tk2, 'committee1')).statusCode).toBe(403);
    const after = await unlink(tk2);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json().tickets.map((x: any) => x.id)).toEqual([tk]);
    expect((await unlink(tk2)).statusCode).toBe(404);
    const timeline = (await t.req({ method: 'GET', url: api(`/tickets/${tk2}`), as: 'staff' }))
      .json()
      .timeline.map((e: any) => e.kind);
    expect(timeline).toEqual(expect.arrayContaining(['linked', 'unlinked']));
    for (let i = 0; i < 7; i++) {
      const r = await t.req({
        method: 'POST',
        url: api(`/topics/${other.id}/advance`),
        as: 'staff',
        payload: { skipReason: '月例会当场解决，无需议事', ...(i === 6 ? { resolveTickets: false } : {}) },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    expect((await t.req({ method: 'GET', url: api(`/topics/${other.id}`), as: 'staff' })).json().status).toBe('closed');
    expect((await t.req({ method: 'GET', url: api(`/tickets/${tk}`), as: 'staff' })).json().state).toBe('submitted');
    expect((await unlink(tk)).json().error.code).toBe('topic_closed');
  });

  it('keeps topics to the parties and the community', async () => {
    expect((await t.req({ method: 'GET', url: api('/topics'), as: 'resident1' })).statusCode).toBe(403);
    expect(
      (await t.req({ method: 'POST', url: api('/topics'), as: 'committee1', payload: { title: 'x', source: 'party' } }))
        .statusCode,
    ).toBe(403);
    expect((await t.req({ method: 'GET', url: api(`/topics/${id}`), as: 'staffB' })).statusCode).toBe(404);
    expect(
      (await t.req({ method: 'GET', url: `/api/communities/${t.fx.B.id}/topics/${id}`, as: 'staffB' })).statusCode,
    ).toBe(404);
    expect(
      (
        await t.req({
          method: 'POST',
          url: api('/topics'),
          as: 'staff',
          payload: { title: 'x', source: 'party', estateId: t.fx.B.estates[0] },
        })
      ).json().error.code,
    ).toBe('estate_not_found');
  });
});
