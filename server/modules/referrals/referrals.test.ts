import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { runJobsOnce } from '../../core/scheduler';
import { useTestApp } from '../../testing/harness';
import { TEST_DIALECT } from '../../testing/database';

const t = useTestApp();
let A: string;
let dept: string;
beforeAll(async () => {
  A = t.fx.A.id;
  dept = (
    await req({
      method: 'POST',
      url: api('/organizations'),
      as: 'staff',
      payload: { kind: 'department', name: '洞泾供电所', contactName: '客户经理', contactPhone: '13611112222' },
    })
  ).json().id;
});

const api = (p: string) => `/api/communities/${A}${p}`;
const DAY = 86_400_000;
const dateIn = (days: number) => new Date(t.clock.now() + 8 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
/** Own sessions: moving the clock by days expires idle ones, so `advance` signs in again. */
const cookies = new Map<string, Promise<string>>();
async function req(o: InjectOptions & { as: string }) {
  if (!cookies.has(o.as)) cookies.set(o.as, t.login(o.as));
  const { as, ...rest } = o;
  return t.app.inject({ ...rest, headers: { cookie: await cookies.get(as)! } });
}
function advance(ms: number) {
  t.clock.advance(ms);
  cookies.clear();
}
const ticket = async (title: string, as = 'resident1') =>
  (
    await req({
      method: 'POST',
      url: api('/tickets'),
      as,
      payload: {
        title,
        description: '楼道电线老化，外皮破了，担心漏电',
        locationKind: 'building',
        buildingId: t.fx.A.buildings[0],
      },
    })
  ).json().id as string;
const refer = (ticketId: string, extra: Record<string, unknown> = {}) =>
  req({
    method: 'POST',
    url: api('/referrals'),
    as: 'staff',
    payload: {
      ticketId,
      departmentId: dept,
      contactName: '张经理',
      contactPhone: '13611112222',
      need: '小区要改电路，需供电所现场勘查',
      expectedDate: dateIn(7),
      ...extra,
    },
  });
const count = async () =>
  Number(
    (
      await t.db
        .selectFrom('referrals')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`department referrals (${TEST_DIALECT})`, () => {
  it('refers a ticket to a department, shows it on the ticket, keeps it outstanding until answered', async () => {
    const id = await ticket('楼道电线老化');
    const res = await refer(id);
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      status: 'outstanding',
      departmentName: '洞泾供电所',
      overdue: false,
      contactPhone: '136****2222',
    });
    const onTicket = (await req({ method: 'GET', url: api(`/tickets/${id}`), as: 'resident1' })).json();
    expect(onTicket.links).toEqual([
      expect.objectContaining({ targetType: 'referral', targetId: r.id, title: expect.stringContaining('洞泾供电所') }),
    ]);
    expect(onTicket.timeline.some((e: any) => e.kind === 'linked' && String(e.message).includes('洞泾供电所'))).toBe(
      true,
    );
    const outstanding = (await req({ method: 'GET', url: api('/referrals?status=outstanding'), as: 'leader1' })).json();
    expect(outstanding.items.map((x: any) => x.id)).toContain(r.id);

    // Past the expected date: on the 挂账 list as overdue, and the job reminds once a day, not on every tick.
    advance(8 * DAY);
    await runJobsOnce(t.app.ctx, 'referrals.remind-overdue');
    await runJobsOnce(t.app.ctx, 'referrals.remind-overdue');
    const after = (await req({ method: 'GET', url: api(`/referrals/${r.id}`), as: 'staff' })).json();
    expect(after).toMatchObject({ overdue: true, reminders: 1 });
    const inbox = (await req({ method: 'GET', url: '/api/notifications', as: 'staff' })).json();
    expect(inbox.items.filter((n: any) => n.kind === 'referral_overdue')).toHaveLength(1);
    advance(DAY + 1);
    await runJobsOnce(t.app.ctx, 'referrals.remind-overdue');
    expect((await req({ method: 'GET', url: api(`/referrals/${r.id}`), as: 'staff' })).json().reminders).toBe(2);

    const answered = await req({
      method: 'POST',
      url: api(`/referrals/${r.id}/response`),
      as: 'staff',
      payload: { response: '供电所已勘查，下月施工改线' },
    });
    expect(answered.json()).toMatchObject({
      status: 'answered',
      overdue: false,
      response: '供电所已勘查，下月施工改线',
    });
    expect(
      (
        await req({
          method: 'POST',
          url: api(`/referrals/${r.id}/response`),
          as: 'staff',
          payload: { response: '再答' },
        })
      ).json().error.code,
    ).toBe('referral_answered');
    const stats = (await req({ method: 'GET', url: api('/referrals/stats'), as: 'secretary' })).json();
    expect(stats.departments).toEqual([
      expect.objectContaining({ departmentName: '洞泾供电所', referred: 1, answered: 1, outstanding: 0, onTime: 0 }),
    ]);
    expect(stats.departments[0].avgResponseDays).toBe(9);
  });

  it('refuses a referral with no department, an unknown one or a past date, writing nothing', async () => {
    const id = await ticket('要迁户口');
    const before = await count();
    const missing = await req({
      method: 'POST',
      url: api('/referrals'),
      as: 'staff',
      payload: { ticketId: id, contactName: '民警', need: '迁户口', expectedDate: dateIn(3) },
    });
    expect(missing.statusCode).toBe(400);
    const partner = (
      await req({
        method: 'POST',
        url: api('/organizations'),
        as: 'staff',
        payload: { kind: 'partner_unit', name: '共建单位' },
      })
    ).json().id;
    const notDept = await refer(id, { departmentId: partner });
    expect(notDept.statusCode).toBe(422);
    expect(notDept.json().error).toMatchObject({
      code: 'department_not_found',
      message: expect.stringContaining('职能部门'),
    });
    expect((await refer(id, { expectedDate: dateIn(-2) })).json().error.code).toBe('expected_date_past');
    expect(await count()).toBe(before);
    const onTicket = (await req({ method: 'GET', url: api(`/tickets/${id}`), as: 'staff' })).json();
    expect(onTicket.links).toEqual([]);
  });

  it('lets only the office refer; outsiders see nothing', async () => {
    const id = await ticket('电表箱坏了');
    expect((await req({ method: 'POST', url: api('/referrals'), as: 'resident1', payload: {} })).statusCode).toBe(403);
    expect((await req({ method: 'GET', url: api('/referrals'), as: 'resident1' })).statusCode).toBe(403);
    expect((await req({ method: 'GET', url: api('/referrals'), as: 'staffB' })).statusCode).toBe(404);
    expect((await refer(id)).statusCode).toBe(201);
  });
});
