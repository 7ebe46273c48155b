import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import { useTestApp } from '../../testing/harness';
import { expectEvery } from '../../testing/expect-every';
import { report, tUrl } from '../tickets/tickets.test-helpers';
import { consultationRequests } from '../consultations/consultations.test-helpers';
import { weekOf } from '../../workflows/workbench';

const t = useTestApp();
const H = 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const bench = (as: string, community = () => t.fx.A.id) =>
  t.req({ method: 'GET', url: `/api/communities/${community()}/workbench`, as });
const ok = async (as: string) => {
  const res = await bench(as);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();

let overdue: { id: string }, soon: { id: string }, grid2: { id: string }, resolved: { id: string };
let topicId: string, meetingThisWeek: string, meetingNextWeek: string, consultationId: string, ballotId: string;

beforeAll(async () => {
  const A = t.fx.A;
  const now = t.clock.now();
  // Tickets: one of grid 1 past its deadline, assigned to leader1, with the reporter's latest comment;
  // one of grid 1 due within the day; one of grid 2 (leader2's); one resolved, waiting for the resident.
  overdue = await report(t, 'resident1');
  soon = await report(t, 'resident2', { buildingId: A.buildings[1] });
  grid2 = await report(t, 'resident3', { buildingId: A.buildings[2] });
  resolved = await report(t, 'resident1', { title: '垃圾桶满了' });
  await t.db
    .updateTable('tickets')
    .set({ response_due_at: iso(now - H), assignee_user_id: t.fx.users.leader1 })
    .where('id', '=', overdue.id)
    .execute();
  await t.db
    .updateTable('tickets')
    .set({ response_due_at: iso(now + 2 * H), resolution_due_at: iso(now + 48 * H) })
    .where('id', '=', soon.id)
    .execute();
  await t.db.updateTable('tickets').set({ state: 'resolved' }).where('id', '=', resolved.id).execute();
  const c = await t.req({
    method: 'POST',
    url: tUrl(t, overdue.id, '/comments'),
    as: 'resident1',
    payload: { message: '灯还是不亮' },
  });
  expect(c.statusCode, c.body).toBeLessThan(300);

  // A topic whose decision waits for signatures; the party branch has signed.
  topicId = newId();
  await t.db
    .insertInto('topics')
    .values({
      id: topicId,
      community_id: A.id,
      title: '停车位调整',
      description: '议题',
      source: 'other',
      estate_id: null,
      stage: 'decision',
      status: 'active',
      consultation_id: null,
      decision_text: '按征询结果执行',
      decision_at: iso(now),
      created_by: t.fx.users.staff,
      closed_at: null,
      created_at: iso(now),
      updated_at: iso(now),
    })
    .execute();
  await t.db
    .insertInto('topic_signoffs')
    .values({
      id: newId(),
      community_id: A.id,
      topic_id: topicId,
      party: 'party_branch',
      signer_name: '书记',
      user_id: t.fx.users.secretary,
      signed_at: iso(now),
    })
    .execute();

  // Meetings: one this week with an open and a done action item, one next week.
  const week = weekOf(now);
  const meeting = (at: number, title: string) => {
    const id = newId();
    return t.db
      .insertInto('meetings')
      .values({
        id,
        community_id: A.id,
        kind: 'monthly',
        title,
        topic_id: null,
        scheduled_at: iso(at),
        location: '居委会',
        status: 'planned',
        agenda: JSON.stringify([]) as any,
        minutes: null,
        decisions: JSON.stringify([]) as any,
        signatures: JSON.stringify([]) as any,
        closed_at: null,
        closed_by: null,
        created_by: t.fx.users.staff,
        created_at: iso(now),
        updated_at: iso(now),
      })
      .execute()
      .then(() => id);
  };
  meetingThisWeek = await meeting(week.from + 2 * H, '本周月度例会');
  meetingNextWeek = await meeting(week.to + 2 * H, '下周月度例会');
  for (const [text, done] of [
    ['修好1号楼楼道灯', false],
    ['张贴通知', true],
  ] as const)
    await t.db
      .insertInto('meeting_action_items')
      .values({
        id: newId(),
        community_id: A.id,
        meeting_id: meetingThisWeek,
        text,
        owner_name: '物业',
        due_date: '2026-12-31',
        done,
        done_at: done ? iso(now) : null,
        done_by: null,
        created_at: iso(now),
        updated_at: iso(now),
      })
      .execute();

  // A consultation closing in a day: one online vote, one paper ballot entered by staff, waiting for a second person.
  const cr = consultationRequests(t);
  const opened = await cr.opened();
  consultationId = opened.id;
  expect((await cr.vote(consultationId, 'resident1')).statusCode).toBeLessThan(300);
  const p = await cr.paper(consultationId, 4);
  expect(p.statusCode, p.body).toBeLessThan(300);
  ballotId = p.json().ballotId;
});

describe('workbench', () => {
  it('answers every console role; residents 403, another community 404', async () => {
    for (const as of ['staff', 'secretary', 'property', 'specialist', 'committee1', 'leader1'])
      expect((await bench(as)).statusCode, as).toBe(200);
    expect((await bench('resident1')).statusCode).toBe(403);
    expect((await bench('staffB')).statusCode).toBe(404);
  });

  it('lists tickets computed from the records: overdue, due within 24 h, answers owed, awaiting the resident', async () => {
    const now = t.clock.now();
    const rows = await t.db
      .selectFrom('tickets')
      .selectAll()
      .where('community_id', '=', t.fx.A.id)
      .where('state', 'in', ['submitted', 'accepted', 'in_progress', 'reopened'])
      .execute();
    const due = (r: (typeof rows)[number]) =>
      r.state === 'submitted'
        ? Math.min(Date.parse(r.response_due_at), Date.parse(r.resolution_due_at))
        : Date.parse(r.resolution_due_at);
    const b = (await ok('staff')).tickets;
    expect(ids(b.overdue)).toEqual(ids(rows.filter((r) => due(r) < now)));
    expect(ids(b.overdue)).toEqual([overdue.id]);
    expect(ids(b.dueSoon)).toEqual(ids(rows.filter((r) => due(r) >= now && due(r) < now + 24 * H)));
    expect(ids(b.dueSoon)).toContain(soon.id);
    expect(ids(b.replied)).toEqual([overdue.id]);
    expect(ids(b.awaitingResident)).toEqual([resolved.id]);
    // Staff see every grid's open tickets; none is assigned to them.
    expect(ids(b.grid)).toEqual(ids(rows));
    expect(b.mine).toEqual([]);
  });

  it("shows a grid member their own and their grid's tickets, never another grid's", async () => {
    const [g1, g2] = t.fx.A.grids;
    const one = (await ok('leader1')).tickets;
    expect(ids(one.mine)).toEqual([overdue.id]);
    expectEvery(one.grid, (r: any) => expect(r.gridId).toBe(g1), 'grid 1 tickets');
    expect(ids(one.grid)).toContain(soon.id);
    expect(ids(one.grid)).not.toContain(grid2.id);
    expect(ids(one.overdue)).toEqual([overdue.id]);
    const two = (await ok('leader2')).tickets;
    expect(ids(two.grid)).toEqual([grid2.id]);
    expect(two.overdue).toEqual([]);
    expect(two.replied).toEqual([]);
    expect(two.awaitingResident).toEqual([]);
    // The committee handles no tickets: no section.
    expect((await ok('committee1')).tickets).toBeNull();
    // The grid's name is given with each row.
    expect(one.grid[0].gridName).toBe('第一网格');
    expect(g2).not.toBe(g1);
  });

  it("lists sign-offs only for the caller's parties that have not signed", async () => {
    expect((await ok('staff')).signoffs).toBeNull();
    expect((await ok('secretary')).signoffs).toEqual([]);
    const committee = (await ok('committee1')).signoffs;
    expect(committee).toHaveLength(1);
    expect(committee[0]).toMatchObject({ id: topicId, parties: ['committee'] });
    expect((await ok('leader1')).signoffs[0].parties).toEqual(['building_leaders']);
    expect((await ok('property')).signoffs[0].parties).toEqual(['property_company']);
  });

  it("lists this week's meetings with their open action items only", async () => {
    const m = (await ok('staff')).meetings;
    expect(m.map((x: any) => x.id)).toEqual([meetingThisWeek]);
    expect(m.map((x: any) => x.id)).not.toContain(meetingNextWeek);
    expect(m[0].openItems.map((i: any) => i.text)).toEqual(['修好1号楼楼道灯']);
    expect((await ok('specialist')).meetings).toHaveLength(1);
  });

  it('lists paper ballots waiting for a second person, to the managers only', async () => {
    const mine = (await ok('staff')).pendingBallots;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ ballotId, consultationId, mine: true });
    const theirs = (await ok('secretary')).pendingBallots;
    expect(theirs).toHaveLength(1);
    expect(theirs[0].mine).toBe(false);
    expect((await ok('leader1')).pendingBallots).toBeNull();
  });

  it('gives the turnout of consultations closing soon by building, matching the eligible list', async () => {
    const c = (await ok('staff')).consultations;
    expect(c).toHaveLength(1);
    expect(c[0].id).toBe(consultationId);
    const el = await t.req({
      method: 'GET',
      url: `/api/communities/${t.fx.A.id}/consultations/${consultationId}/eligible`,
      as: 'staff',
    });
    expect(el.statusCode, el.body).toBe(200);
    const list = el.json();
    expect(c[0].eligible).toBe(list.total);
    expect(c[0].voted).toBe(list.items.filter((i: any) => i.ballot).length);
    expect(c[0].voted).toBe(2);
    const toVisit = c[0].buildings.flatMap((b: any) => b.toVisit).sort();
    expect(toVisit).toEqual(
      list.items
        .filter((i: any) => !i.ballot)
        .map((i: any) => i.code)
        .sort(),
    );
    expectEvery(c[0].buildings, (b: any) => expect(b.eligible - b.voted).toBe(b.toVisit.length), 'buildings');
    expect((await ok('committee1')).consultations).toHaveLength(1);
    expect((await ok('specialist')).consultations).toBeNull();
  });
});
