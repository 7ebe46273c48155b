import type { Insertable } from 'kysely';
import type { DB } from '../../core/db/types';
import { record } from '../../core/audit/audit';
import * as org from '../org/org.service';
import { json, newId } from '../../core/ids';
import type { DemoSeedContext } from '../../demo/registry';
import { notifyUsers } from '../notifications/notifications.service';
import { ticketTitles, type Title } from './tickets.messages';
import { DEFAULT_CATEGORIES, deadlinesOf } from './categories.service';
import './tickets.tables';
import { isoAt } from '../../core/context';

export type Case = [category: string, title: string, description: string, where?: 'public_area'];

/** What residents of 砖桥 report, in their words; picked at random for the demo year. */
export const CASES: Case[] = [
  ['parking', '外来车辆占用业主车位', '晚上下班回来小区里停满了外面的车，业主自己没地方停', 'public_area'],
  ['parking', '楼下有车堵住消防通道', '楼前消防通道天天有车停，救护车进不来'],
  ['parking', '南门道闸抬杆坏了', '南门道闸一直不起杆，车子排到马路上', 'public_area'],
  ['parking', '非机动车棚不够停', '电动车没地方停只能放楼道门口'],
  ['parking', '僵尸车长期占位', '一辆白色面包车停了半年没动，轮胎都瘪了'],
  ['repair', '单元门门禁坏了', '刷卡没反应，外人随便进出'],
  ['repair', '楼梯扶手松动', '三楼到四楼的扶手晃得厉害，老人不敢扶'],
  ['repair', '无名道路污水井盖坏了', '嘉和景苑南侧那条路井盖又坏了，晚上容易踩空', 'public_area'],
  ['repair', '路面坑坑洼洼', '小区主路好几个坑，下雨积水骑车摔跤', 'public_area'],
  ['repair', '楼道窗户玻璃碎了', '冬天风往楼道里灌'],
  ['repair', '健身器材损坏', '休闲长廊边上的健身器材断了一根', 'public_area'],
  ['leak', '公共区域漏水渗水', '楼顶渗水，六楼楼道墙上全是水渍'],
  ['leak', '楼道水管漏水', '二楼楼道水管接头一直滴水，地上很滑'],
  ['leak', '屋面漏雨', '下大雨顶楼几户都漏，墙皮往下掉'],
  ['leak', '地下管道渗水', '楼前地面一直冒水，找不到哪里漏', 'public_area'],
  ['sanitation', '垃圾房垃圾没清运', '垃圾房旁边垃圾堆了好几天，臭得不行', 'public_area'],
  ['sanitation', '楼道堆物', '楼道里堆满纸板旧家具，又脏又挡路'],
  ['sanitation', '装修垃圾乱倒', '装修垃圾直接倒在楼下一周没人管'],
  ['sanitation', '垃圾房苍蝇多', '夏天垃圾房苍蝇蚊子很多，能不能装个窗帘', 'public_area'],
  ['greening', '树枝挡住阳台', '楼下香樟树太高，把阳台光线全挡住了'],
  ['greening', '绿化带被毁种菜', '有人把绿化带挖了种菜还浇粪', 'public_area'],
  ['greening', '补种绿植', '南门那排绿植死了好几棵，光秃秃的', 'public_area'],
  ['power', '楼道灯不亮', '楼道灯坏了好几盏，晚上下楼看不见'],
  ['power', '小区路灯不亮', '主路上一半路灯不亮', 'public_area'],
  ['power', '电线老化', '楼道里电线外皮破了，担心漏电'],
  ['power', '飞线充电', '有人从楼上拉电线下来给电动车充电'],
  ['neighbour', '装修噪音扰民', '楼上中午和晚上都在电钻，沟通过没用'],
  ['neighbour', '养狗扰民', '隔壁的狗从早叫到晚'],
  ['neighbour', '楼道被占用', '对门把鞋柜放在公共楼道里'],
  ['security', '电瓶车被偷', '最近车棚里电瓶车被偷了两辆，监控是坏的', 'public_area'],
  ['security', '陌生人推销', '有人挨家挨户推销保健品，骗老人'],
  ['registration', '咨询迁户口', '老人想把户口迁过来，需要哪些材料'],
  ['registration', '开居住证明', '孩子上学需要居住证明'],
  ['other', '建议增加休闲座椅', '长廊里座位不够，老人下午没地方坐', 'public_area'],
];

export const RESOLUTIONS: Record<string, string[]> = {
  parking: ['已协调物业加强门岗登记，外来车辆限时停放', '已联系车主挪车并张贴告示', '道闸已维修，恢复正常通行'],
  repair: ['已安排物业维修人员更换，恢复使用', '维修已完成，请居民确认', '已按维修费用清单报修并完成'],
  leak: ['已纳入共用部位应急维修项目，防水层已修补', '已更换漏水管段', '已请专业维修机构处理完毕'],
  sanitation: ['已安排保洁清运完毕', '已协调清理楼道堆物，并提醒住户', '已与电信党支部协调为垃圾房安装抽拉式窗帘'],
  greening: ['已安排修剪', '已恢复绿化并提醒住户', '共建企业捐赠绿植，已补种完毕'],
  power: ['已更换灯具', '已联系供电部门检修线路', '已拆除飞线并告知安全充电点'],
  neighbour: ['楼组长上门调解，双方达成一致', '已提醒住户遵守装修时间'],
  security: ['已维修监控并加强夜间巡逻', '已联系派出所社区民警上门宣传防诈骗'],
  registration: ['已告知所需材料并协助预约派出所办理', '已开具证明'],
  other: ['已纳入月例会讨论，近期落实', '已答复居民'],
};

export const PUBLIC_AREAS = [
  '小区主干道',
  '南门',
  '西门',
  '垃圾房旁',
  '休闲长廊',
  '中心花园',
  '非机动车棚',
  '文化长廊',
];
const CHANNELS = ['h5', 'h5', 'h5', 'qr', 'phone', 'visit', 'monthly_meeting', 'group_chat'];
const H = 3600_000;

/** A year of 民呼我应 for the demo, with the article's own cases, so figures and charts mean something. */
export async function seedDemoTickets({ db, community, users, rng }: DemoSeedContext): Promise<void> {
  const now = Date.now();
  const c = community.communityId;
  const home = (await org.residenciesOf(db, users.resident1)).find((r) => r.communityId === c);
  const resident1 = home && { id: home.residentId, household_id: home.householdId };
  const repsByEstate = new Map<string, typeof community.households>();
  for (const h of community.households)
    (repsByEstate.get(h.estateId) ?? repsByEstate.set(h.estateId, []).get(h.estateId)!).push(h);
  const estateByName = new Map(community.estates.map((e) => [e.name, e.id]));
  const handlerFor = (cat: string, gridIndex: number) =>
    cat === 'repair' || cat === 'leak' ? users.property : gridIndex === 0 ? users.leader1 : users.staff;

  const tickets: Array<Insertable<DB['tickets']>> = [];
  /** What the app would have put in leader1's and resident1's inboxes over the last two weeks. */
  const inbox: Array<{
    userId: string;
    ticketId: string;
    kind: string;
    title: Title;
    body: string;
    at: number;
    read: boolean;
  }> = [];
  const events: Array<Insertable<DB['ticket_events']>> = [];
  const supports: Array<Insertable<DB['ticket_supports']>> = [];
  const counters = new Map<number, number>();

  const add = (o: {
    cat: string;
    title: string;
    description: string;
    createdAt: number;
    estateId?: string;
    publicArea?: boolean;
    area?: string;
    final?: string;
    satisfaction?: number;
    resolution?: string;
    supports?: number;
    urgent?: boolean;
    mine?: boolean;
  }) => {
    const own = o.mine && resident1 ? community.households.find((h) => h.id === resident1.household_id) : undefined;
    const reporterHousehold = own ?? rng.pick(repsByEstate.get(o.estateId ?? rng.pick(community.estates).id)!);
    const estateId = reporterHousehold.estateId;
    const households = repsByEstate.get(estateId)!;
    const building = community.buildings.find((b) => b.id === reporterHousehold.buildingId)!;
    const gridIndex = community.grids.findIndex((g) => g.id === building.gridId);
    const urgency = (o.urgent ?? rng.chance(0.12)) ? 'urgent' : 'normal';
    const { responseMs, resolutionMs } = deadlinesOf(
      DEFAULT_CATEGORIES.find((d) => d.code === o.cat),
      urgency,
    );
    const id = newId();
    const year = new Date(o.createdAt).getUTCFullYear();
    counters.set(year, (counters.get(year) ?? 0) + 1);
    const number = `MH-${year}-${String(counters.get(year)).padStart(6, '0')}`;
    const age = now - o.createdAt;
    // Older tickets are done; the last weeks still have open ones, a few of them late.
    const final =
      o.final ??
      (age > 20 * 24 * H
        ? rng.chance(0.04)
          ? 'rejected'
          : 'closed'
        : rng.pick(['submitted', 'accepted', 'in_progress', 'resolved', 'closed', 'closed']));
    const responseH = urgency === 'urgent' ? rng.int(1, 3) * 0.5 : rng.chance(0.85) ? rng.int(1, 20) : rng.int(25, 40);
    const acceptedAt = final === 'submitted' ? null : Math.min(o.createdAt + responseH * H, now - H);
    const resolveH = urgency === 'urgent' ? rng.int(3, 30) : rng.chance(0.88) ? rng.int(12, 160) : rng.int(170, 300);
    const resolved = ['resolved', 'closed'].includes(final);
    const resolvedAt = resolved ? Math.min(o.createdAt + resolveH * H, now - H / 2) : null;
    const reopened = final === 'closed' && rng.chance(0.07);
    const closedAt =
      final === 'closed' ? Math.min(resolvedAt! + rng.int(2, 48) * H, now) : final === 'rejected' ? acceptedAt : null;
    const satisfaction =
      final === 'closed'
        ? (o.satisfaction ?? (reopened ? rng.int(3, 4) : rng.pick([5, 5, 5, 4, 4, 4, 3, 5, 2])))
        : null;
    const handler = acceptedAt ? handlerFor(o.cat, gridIndex) : null;
    const repId = reporterHousehold.representativeId;
    const reporterUser = o.mine && resident1 ? users.resident1 : null;
    const supportCount = o.supports ?? (rng.chance(0.25) ? rng.int(1, 6) : 0);
    // Tickets already late when the demo starts were escalated on the way, as the scheduler would have
    // done (level 1 at the missed deadline, level 2 one response window later), not all at first start.
    const responseDue = o.createdAt + responseMs;
    const resolutionDue = o.createdAt + resolutionMs;
    const lateSince = Math.min(
      ...(final === 'submitted' && responseDue <= now ? [responseDue] : []),
      ...(['submitted', 'accepted', 'in_progress'].includes(final) && resolutionDue <= now ? [resolutionDue] : []),
    );
    const escalations = Number.isFinite(lateSince) ? [lateSince, lateSince + responseMs].filter((at) => at <= now) : [];
    const stage = final === 'submitted' ? '响应' : '办结';
    tickets.push({
      id,
      community_id: c,
      number,
      title: o.title,
      description: o.description,
      category: o.cat,
      location_kind: o.publicArea ? 'public_area' : 'building',
      estate_id: estateId,
      building_id: o.publicArea ? null : building.id,
      area: o.publicArea ? (o.area ?? rng.pick(PUBLIC_AREAS)) : null,
      urgency,
      channel: rng.pick(CHANNELS),
      reporter_resident_id: o.mine && resident1 ? resident1.id : repId,
      reporter_user_id: reporterUser,
      reporter_household_id: reporterHousehold.id,
      created_by_user_id: reporterUser ?? users.staff,
      grid_id: building.gridId,
      assignee_user_id: handler,
      state: final,
      resume_state: null,
      reopen_count: reopened ? 1 : 0,
      satisfaction,
      satisfaction_comment:
        satisfaction && satisfaction >= 4 && rng.chance(0.4)
          ? rng.pick(['处理及时，谢谢网格员', '物业师傅很负责', '满意', '问题解决了，点赞'])
          : null,
      closing_reason: final === 'rejected' ? '经核实属于住户室内私人事务，已告知联系物业有偿维修' : null,
      response_due_at: isoAt(o.createdAt + responseMs),
      resolution_due_at: isoAt(o.createdAt + resolutionMs),
      escalation_step_ms: responseMs,
      paused_at: null,
      paused_ms: 0,
      accepted_at: acceptedAt ? isoAt(acceptedAt) : null,
      resolved_at: resolvedAt ? isoAt(resolvedAt) : null,
      closed_at: closedAt ? isoAt(closedAt) : null,
      escalation_level: escalations.length,
      merged_into_id: null,
      support_count: supportCount,
      created_at: isoAt(o.createdAt),
      updated_at: isoAt(closedAt ?? resolvedAt ?? acceptedAt ?? o.createdAt),
    });
    const ev = (
      kind: string,
      at: number,
      from: string | null,
      to: string | null,
      actor: string | null,
      message: string | null,
      data: unknown = null,
    ) =>
      events.push({
        id: newId(),
        community_id: c,
        ticket_id: id,
        kind,
        from_state: from,
        to_state: to,
        actor_id: actor,
        message,
        data: data === null ? null : json(data),
        created_at: isoAt(at),
      });
    ev('created', o.createdAt, null, 'submitted', reporterUser ?? users.staff, null);
    if (acceptedAt)
      ev(
        'state',
        acceptedAt,
        'submitted',
        final === 'rejected' ? 'rejected' : 'accepted',
        handler,
        final === 'rejected' ? '经核实属于住户室内私人事务' : '您好，您反映的问题已收到，网格服务小组会尽快上门查看。',
      );
    if (acceptedAt && final !== 'rejected' && final !== 'accepted')
      ev('state', acceptedAt + H, 'accepted', 'in_progress', handler, null);
    const resolution = resolvedAt ? (o.resolution ?? rng.pick(RESOLUTIONS[o.cat] ?? RESOLUTIONS.other)) : null;
    if (resolvedAt) ev('state', resolvedAt, 'in_progress', 'resolved', handler, resolution);
    if (closedAt && final === 'closed')
      ev('state', closedAt, 'resolved', 'closed', reporterUser, null, { satisfaction });
    escalations.forEach((at, i) => ev('escalated', at, null, null, null, null, { level: i + 1, stage }));
    if (escalations.length && gridIndex === 0) {
      inbox.push({
        userId: users.leader1,
        ticketId: id,
        kind: 'ticket_overdue',
        title: ticketTitles.overdue(number, stage === '响应' ? 'response' : 'resolution', 1),
        body: o.title,
        at: escalations[0],
        read: now - escalations[0] > 3 * 24 * H,
      });
    }
    if (age < 14 * 24 * H && gridIndex === 0) {
      inbox.push({
        userId: users.leader1,
        ticketId: id,
        kind: 'ticket_assigned',
        title: ticketTitles.created(number),
        body: `${o.title}（${urgency === 'urgent' ? '紧急' : '一般'}）`,
        at: o.createdAt,
        read: final !== 'submitted',
      });
    }
    if (reporterUser && age < 30 * 24 * H) {
      if (acceptedAt)
        inbox.push({
          userId: reporterUser,
          ticketId: id,
          kind: 'ticket_state',
          title: ticketTitles.state(number, 'accepted'),
          body: '您好，您反映的问题已收到，网格服务小组会尽快上门查看。',
          at: acceptedAt,
          read: true,
        });
      if (resolvedAt)
        inbox.push({
          userId: reporterUser,
          ticketId: id,
          kind: 'ticket_confirm',
          title: ticketTitles.confirm(number),
          body: resolution!,
          at: resolvedAt,
          read: final !== 'resolved',
        });
    }
    const backers = new Set<string>();
    while (backers.size < Math.min(supportCount, households.length - 1)) {
      const h = rng.pick(households);
      if (h.id !== reporterHousehold.id) backers.add(h.id);
    }
    for (const h of backers) {
      supports.push({
        community_id: c,
        ticket_id: id,
        household_id: h,
        resident_id: households.find((x) => x.id === h)!.representativeId,
        user_id: null,
        created_at: isoAt(o.createdAt + rng.int(1, 48) * H),
      });
    }
  };

  // The article's cases first.
  const jh = estateByName.get('嘉和景苑') ?? community.estates[0].id;
  const db2 = estateByName.get('洞北小区') ?? community.estates[1 % community.estates.length].id;
  add({
    cat: 'parking',
    title: '嘉和景苑西门修路拥堵，进出困难',
    description: '西门外在修路，早晚高峰车子排到马路上，希望能开通别的出入口',
    createdAt: now - 300 * 24 * H,
    estateId: jh,
    publicArea: true,
    area: '嘉和景苑西门',
    final: 'closed',
    satisfaction: 5,
    supports: 28,
    resolution: '服务小组收集意见后与物业协商，在嘉和景苑南门加装ETC抬杆，南门已开通，通行恢复顺畅',
    urgent: false,
  });
  add({
    cat: 'leak',
    title: '公共区域漏水渗水',
    description: '楼顶和楼道渗水多年，墙面发霉',
    createdAt: now - 250 * 24 * H,
    estateId: jh,
    final: 'closed',
    satisfaction: 5,
    supports: 9,
    resolution: '已纳入“无产证住宅小区共用部位应急维修项目”，屋面防水和楼道管道已修复',
  });
  // Filed before the 四方议事 parking topic of September 2025, which links it and resolves it when it closes (topics' demo).
  add({
    cat: 'parking',
    title: '外来车辆占用车位，业主没地方停',
    description: '停车费低，外面的车都来停，免费临停两小时被钻空子',
    createdAt: Date.parse('2025-08-20T11:00:00Z'),
    estateId: db2,
    publicArea: true,
    area: '洞北小区主干道',
    final: 'accepted',
    supports: 41,
  });
  add({
    cat: 'repair',
    title: '嘉和景苑南侧无名道路坑洼，井盖经常坏',
    description: '路面坑坑洼洼，污水井盖经常坏，出行要绕着走',
    createdAt: now - 180 * 24 * H,
    estateId: jh,
    publicArea: true,
    area: '嘉和景苑南侧无名道路',
    final: 'closed',
    satisfaction: 5,
    supports: 17,
    resolution: '人大代表协调施工方补好路面、更换井盖、加装隔离桩',
  });
  add({
    cat: 'sanitation',
    title: '垃圾房苍蝇多、气味大',
    description: '垃圾房敞开，夏天苍蝇很多',
    createdAt: now - 150 * 24 * H,
    publicArea: true,
    area: '垃圾房',
    final: 'closed',
    satisfaction: 5,
    supports: 6,
    resolution: '与松江电信东部片区党支部结对，电信公司为垃圾房安装了抽拉式窗帘',
  });

  // A year of everyday reports, about one a day, more in the rainy season and summer.
  for (let day = 360; day >= 0; day--) {
    const month = new Date(now - day * 24 * H).getUTCMonth();
    const perDay = rng.chance(month >= 5 && month <= 8 ? 0.75 : 0.55) ? (rng.chance(0.25) ? 2 : 1) : 0;
    for (let k = 0; k < perDay; k++) {
      const [cat, title, description, where] = rng.pick(CASES);
      const rainy = (month === 5 || month === 6) && rng.chance(0.3);
      const createdAt = now - day * 24 * H - rng.int(1, 12) * H;
      add({
        cat: rainy ? 'leak' : cat,
        title: rainy ? '梅雨季楼道渗水' : title,
        description: rainy ? '连续下雨，楼道墙面渗水' : description,
        createdAt,
        publicArea: where === 'public_area' && !rainy,
        mine: day < 90 && rng.chance(0.03),
      });
    }
  }
  // resident1's own: one waiting for confirmation, one in progress.
  add({
    cat: 'power',
    title: '楼道灯不亮',
    description: '我家这层楼道灯坏了，晚上看不见',
    createdAt: now - 3 * 24 * H,
    mine: true,
    final: 'resolved',
  });
  add({
    cat: 'repair',
    title: '单元门关不上',
    description: '单元防盗门门吸坏了，关不上',
    createdAt: now - 26 * H,
    mine: true,
    final: 'submitted',
  });

  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < tickets.length; i += 200)
      await trx
        .insertInto('tickets')
        .values(tickets.slice(i, i + 200))
        .execute();
    for (let i = 0; i < events.length; i += 300)
      await trx
        .insertInto('ticket_events')
        .values(events.slice(i, i + 300))
        .execute();
    for (let i = 0; i < supports.length; i += 300)
      await trx
        .insertInto('ticket_supports')
        .values(supports.slice(i, i + 300))
        .execute();
    for (const [year, last] of counters)
      await trx.insertInto('ticket_counters').values({ community_id: c, year, last }).execute();
    for (const n of inbox) {
      await notifyUsers(trx, {
        communityId: c,
        userIds: [n.userId],
        kind: n.kind,
        title: n.title.zh,
        titleEn: n.title.en,
        body: n.body,
        entityType: 'ticket',
        entityId: n.ticketId,
        now: isoAt(n.at),
        readAt: n.read ? isoAt(n.at) : null,
      });
    }
    // One audit event per seeded ticket, carrying the state it was seeded in.
    for (const t of tickets) {
      await record(trx, {
        actorId: null,
        communityId: c,
        entityType: 'ticket',
        entityId: t.id,
        action: 'ticket.create',
        after: { number: t.number, title: t.title, category: t.category, state: t.state, seeded: true },
      });
    }
  });
}
