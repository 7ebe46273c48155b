import { isoAt } from '../../core/context';
import type { Trx } from '../../core/db/kysely';
import { record } from '../../core/audit/audit';
import { newId } from '../../core/ids';
import type { DemoSeedContext } from '../../demo/registry';
import { linkTicket, ticketsOfCategory } from '../tickets/tickets.service';
import { addLinkedEvidence } from '../topics/topics.service';
import { FEE_LIST_LINK, LINK_TYPE, ROSTER_LINK } from './workorders.link';
import './workorders.tables';

const H = 3_600_000;
const D = 24 * H;

/** 维修费用清单: what the property company and the professional maintenance firm agreed, per the article's practice (fen). */
export const DEMO_FEE_ITEMS: Array<[code: string, name: string, unit: string, yuan: number, hours: number]> = [
  ['FS-01', '屋面防水层修补', '平方米', 180, 0.5],
  ['FS-02', '楼道墙面渗水处理（铲除、防水、粉刷）', '平方米', 120, 0.6],
  ['FS-03', '外墙裂缝注浆堵漏', '米', 95, 0.4],
  ['GD-01', '楼道给水管接头更换', '处', 80, 1],
  ['GD-02', '楼道给水管更换（PPR）', '米', 65, 0.5],
  ['GD-03', '雨水管、下水管疏通', '次', 150, 2],
  ['GD-04', '地下管道渗漏探测', '次', 400, 3],
  ['SS-01', '窨井盖更换（球墨铸铁）', '个', 350, 1],
  ['SS-02', '路面坑洼修补（沥青）', '平方米', 160, 0.5],
  ['SS-03', '楼梯扶手加固', '米', 90, 0.5],
  ['SS-04', '楼道窗玻璃更换', '平方米', 110, 0.8],
  ['DQ-01', '楼道灯具更换（LED声控）', '盏', 45, 0.3],
  ['MJ-01', '单元门门禁维修', '次', 200, 1.5],
  ['MJ-02', '单元门闭门器更换', '个', 120, 0.5],
  ['JS-01', '健身器材维修', '件', 260, 2],
];

type Line = [code: string, quantity: number];
/** How each demo leak was fixed, by its title; the article's own case first. */
const FIXES: Record<string, { lines: Line[]; location: string; executor: string }> = {
  公共区域漏水渗水: {
    lines: [
      ['FS-01', 48],
      ['FS-02', 36],
      ['GD-02', 24],
    ],
    location: '嘉和景苑 屋面及楼道',
    executor: '松江专业防水维修队 陆师傅',
  },
  梅雨季楼道渗水: {
    lines: [
      ['FS-02', 12],
      ['FS-03', 6],
    ],
    location: '楼道墙面',
    executor: '松江专业防水维修队 陆师傅',
  },
  楼道水管漏水: {
    lines: [
      ['GD-01', 2],
      ['GD-02', 4],
    ],
    location: '楼道给水管',
    executor: '物业维修工 张师傅',
  },
  屋面漏雨: { lines: [['FS-01', 20]], location: '顶楼屋面', executor: '松江专业防水维修队 陆师傅' },
  地下管道渗水: {
    lines: [
      ['GD-04', 1],
      ['GD-02', 10],
      ['SS-02', 6],
    ],
    location: '楼前地面',
    executor: '松江专业防水维修队 陆师傅',
  },
};

/** The week's roster: three shifts a day (Shanghai time), people of the property company taking turns. */
const DUTY_PEOPLE: Array<[name: string, phone: string]> = [
  ['王建国（物业值班）', '021-57601234'],
  ['张伟（维修工）', '021-57601235'],
  ['李秀英（客服）', '021-57601236'],
  ['陈志强（保安）', '021-57601237'],
];
const SHIFTS: Array<[startHour: number, hours: number]> = [
  [0, 8],
  [8, 8],
  [16, 8],
];

async function seedFeeListAndFunds(trx: Trx, c: string, users: Record<string, string>, now: number) {
  const listId = newId();
  const publishedAt = isoAt(now - 300 * D);
  await trx
    .insertInto('fee_lists')
    .values({
      id: listId,
      community_id: c,
      version: 1,
      note: '物业公司与专业维修机构合作制定，经四方议事公示后执行',
      created_by: users.staff ?? null,
      created_at: publishedAt,
    })
    .execute();
  const items = DEMO_FEE_ITEMS.map(([code, name, unit, yuanPrice, hours]) => ({
    id: newId(),
    community_id: c,
    fee_list_id: listId,
    code,
    name,
    unit,
    unit_price_fen: yuanPrice * 100,
    standard_hours: hours,
  }));
  await trx.insertInto('fee_items').values(items).execute();
  await record(trx, {
    actorId: users.staff ?? null,
    communityId: c,
    entityType: 'fee_list',
    entityId: listId,
    action: 'fee_list.publish',
    after: { version: 1, items: items.length, seeded: true },
  });
  await trx
    .insertInto('workorder_settings')
    .values({ community_id: c, signoff_threshold_fen: 200_000, updated_at: publishedAt })
    .execute();
  return { listId, publishedAt, fee: new Map(items.map((i) => [i.code, i])) };
}

/** Work orders from the demo's leak tickets, fixed with the emergency repair fund, plus one waiting for sign-off. */
export async function seedDemoWorkOrders({ db, community, users }: DemoSeedContext): Promise<void> {
  const now = Date.now();
  const c = community.communityId;
  const leaks = await ticketsOfCategory(db, c, 'leak', 200);
  const closed = leaks.filter((t) => t.state === 'closed' && t.resolved_at);
  // The article's own case (the oldest 公共区域漏水渗水) and the five latest fixes, oldest first.
  const article = closed.filter((t) => t.title === '公共区域漏水渗水').at(-1);
  const done = [...(article ? [article] : []), ...closed.filter((t) => t !== article).slice(0, 5)].sort((a, b) =>
    a.created_at.localeCompare(b.created_at),
  );
  const open = leaks.find((t) => ['submitted', 'accepted', 'in_progress'].includes(t.state));
  await db.transaction().execute(async (trx) => {
    const { fee, listId, publishedAt } = await seedFeeListAndFunds(trx, c, users, now);
    const made = new Map<string, string>();
    const fundId = newId();
    const startOfFund = Math.min(now - 300 * D, ...done.map((t) => Date.parse(t.created_at) - D));
    let balance = 0;
    const entries: Array<{
      kind: 'deposit' | 'spend';
      amount: number;
      note: string;
      at: number;
      workOrderId: string | null;
    }> = [];
    const budget = 8_000_000;
    entries.push({
      kind: 'deposit',
      amount: budget,
      note: '洞泾镇“无产证住宅小区共用部位应急维修项目”年度经费拨付',
      at: startOfFund,
      workOrderId: null,
    });
    let seq = 0;
    const lastOfYear = new Map<number, number>();
    const make = async (t: (typeof leaks)[number], fix: (typeof FIXES)[string], status: 'accepted' | 'open') => {
      const id = newId();
      const created = status === 'accepted' ? Date.parse(t.created_at) + 6 * H : now - 2 * H;
      const year = new Date(created + 8 * H).getUTCFullYear();
      const number = `WX${year}${String(++seq).padStart(4, '0')}`;
      lastOfYear.set(year, seq);
      const lines = fix.lines.map(([code, q], position) => {
        const f = fee.get(code)!;
        return {
          id: newId(),
          community_id: c,
          work_order_id: id,
          fee_item_id: f.id,
          code,
          name: f.name,
          unit: f.unit,
          unit_price_fen: f.unit_price_fen,
          quantity: q,
          amount_fen: Math.round(f.unit_price_fen * q),
          standard_hours: f.standard_hours,
          position,
        };
      });
      const total = lines.reduce((s, l) => s + l.amount_fen, 0);
      const accepted = status === 'accepted' ? Date.parse(t.resolved_at!) : null;
      await trx
        .insertInto('work_orders')
        .values({
          id,
          community_id: c,
          number,
          title: t.title,
          description: `由民呼我应诉求 ${t.number} 转来：共用部位漏水渗水`,
          source: 'ticket',
          source_id: t.id,
          location: t.area ? t.area : fix.location,
          estate_id: t.estate_id,
          emergency: false,
          status,
          funding_source: 'emergency',
          funding_ref: null,
          total_fen: total,
          fee_list_version: 1,
          assignee_kind: 'vendor',
          assignee_name: '松江区专业房屋维修机构',
          executor_name: fix.executor,
          reporter_user_id: t.reporter_user_id,
          created_by: users.property ?? null,
          started_at: accepted ? isoAt(created + 2 * D) : null,
          completed_at: accepted ? isoAt(accepted - 2 * H) : null,
          completion_note: accepted ? '已按清单完成维修，现场照片存档' : null,
          accepted_at: accepted ? isoAt(accepted) : null,
          accepted_by: accepted ? (users.committee1 ?? null) : null,
          acceptance_comment: accepted ? '自管会现场验收合格' : null,
          review_status: 'not_needed',
          review_note: null,
          reviewed_at: null,
          reviewed_by: null,
          created_at: isoAt(created),
          updated_at: isoAt(accepted ?? created),
        })
        .execute();
      await trx.insertInto('work_order_items').values(lines).execute();
      if (total > 200_000 && accepted) {
        await trx
          .insertInto('work_order_signoffs')
          .values([
            {
              id: newId(),
              community_id: c,
              work_order_id: id,
              role: 'committee',
              user_id: users.committee1,
              signer_name: '自管会主任',
              signed_at: isoAt(created + D),
            },
            {
              id: newId(),
              community_id: c,
              work_order_id: id,
              role: 'staff',
              user_id: users.staff,
              signer_name: '居委会工作人员',
              signed_at: isoAt(created + D + 2 * H),
            },
          ])
          .execute();
      }
      await record(trx, {
        actorId: users.property ?? null,
        communityId: c,
        entityType: 'work_order',
        entityId: id,
        action: 'work_order.create',
        after: { number, status, totalFen: total, seeded: true },
      });
      await linkTicket(trx, {
        actorId: users.property ?? null,
        communityId: c,
        ticketId: t.id,
        targetType: LINK_TYPE,
        targetId: id,
        note: '转维修工单',
        now: isoAt(created),
      });
      if (accepted)
        entries.push({ kind: 'spend', amount: total, note: `${number} ${t.title}`, at: accepted, workOrderId: id });
      made.set(t.id, id);
    };
    for (const t of done) await make(t, FIXES[t.title] ?? FIXES['梅雨季楼道渗水'], 'accepted');
    if (open) await make(open, FIXES['地下管道渗水'], 'open');
    // New orders number on from the demo's: each year's counter at its highest number.
    for (const [year, last] of lastOfYear)
      await trx.insertInto('work_order_counters').values({ community_id: c, year, last }).execute();

    await trx
      .insertInto('funds')
      .values({
        id: fundId,
        community_id: c,
        kind: 'emergency',
        name: '无产证住宅小区共用部位应急维修资金',
        balance_fen: 0,
        year_budget_fen: budget,
        created_at: isoAt(startOfFund),
        updated_at: isoAt(now),
      })
      .execute();
    const rows = entries
      .sort((a, b) => a.at - b.at)
      .map((e) => {
        balance += e.kind === 'deposit' ? e.amount : -e.amount;
        return {
          id: newId(),
          community_id: c,
          fund_id: fundId,
          kind: e.kind,
          amount_fen: e.amount,
          balance_after_fen: balance,
          note: e.note,
          work_order_id: e.workOrderId,
          actor_id: users.staff ?? null,
          at: isoAt(e.at),
        };
      });
    await trx.insertInto('fund_entries').values(rows).execute();
    await trx.updateTable('funds').set({ balance_fen: balance }).where('id', '=', fundId).execute();
    await record(trx, {
      actorId: users.staff ?? null,
      communityId: c,
      entityType: 'fund',
      entityId: fundId,
      action: 'fund.seed',
      after: { balanceFen: balance, entries: rows.length, seeded: true },
    });
    const propertyFund = newId();
    await trx
      .insertInto('funds')
      .values({
        id: propertyFund,
        community_id: c,
        kind: 'property',
        name: '物业自有资金',
        balance_fen: 2_000_000,
        year_budget_fen: 2_000_000,
        created_at: isoAt(startOfFund),
        updated_at: isoAt(startOfFund),
      })
      .execute();
    await trx
      .insertInto('fund_entries')
      .values({
        id: newId(),
        community_id: c,
        fund_id: propertyFund,
        kind: 'deposit',
        amount_fen: 2_000_000,
        balance_after_fen: 2_000_000,
        note: '物业公司年度小修预算',
        work_order_id: null,
        actor_id: users.property ?? null,
        at: isoAt(startOfFund),
      })
      .execute();
    await record(trx, {
      actorId: users.property ?? null,
      communityId: c,
      entityType: 'fund',
      entityId: propertyFund,
      action: 'fund.seed',
      after: { balanceFen: 2_000_000, seeded: true },
    });

    // The roster from the first of the four demo quarters the committee scored to next Monday, three shifts a day
    // (Shanghai time). The first quarter's nights were often uncovered (the 物业夜间无人值守 topic), fewer later on.
    const shanghaiNow = new Date(now + 8 * H);
    const monday =
      Date.UTC(shanghaiNow.getUTCFullYear(), shanghaiNow.getUTCMonth(), shanghaiNow.getUTCDate()) -
      ((shanghaiNow.getUTCDay() + 6) % 7) * D -
      8 * H;
    const quarterStart = (back: number) =>
      Date.UTC(shanghaiNow.getUTCFullYear(), Math.floor(shanghaiNow.getUTCMonth() / 3) * 3 - 3 * back, 1) - 8 * H;
    const first = quarterStart(4);
    const uncovered = (starts: number, day: number) =>
      starts < monday &&
      ((starts < quarterStart(3) && day % 5 === 2) ||
        (starts >= quarterStart(3) && starts < quarterStart(2) && day % 13 === 4) ||
        (starts >= quarterStart(2) && starts < quarterStart(1) && day % 31 === 9));
    const shifts = [];
    const days = Math.round((monday - first) / D) + 8;
    for (let day = 0; day < days; day++) {
      for (const [k, [startHour, hours]] of SHIFTS.entries()) {
        const [name, phone] = DUTY_PEOPLE[(day * SHIFTS.length + k) % DUTY_PEOPLE.length];
        const starts = first + day * D + startHour * H;
        if (k === 0 && uncovered(starts, day)) continue;
        const planned = starts < monday ? starts - 7 * D : monday - D;
        shifts.push({
          id: newId(),
          community_id: c,
          staff_name: name,
          phone,
          user_id: null,
          starts_at: isoAt(starts),
          ends_at: isoAt(starts + hours * H),
          note: '24小时驻扎',
          created_by: users.property ?? null,
          created_at: isoAt(planned),
          updated_at: isoAt(planned),
        });
      }
    }
    for (let i = 0; i < shifts.length; i += 500)
      await trx
        .insertInto('duty_shifts')
        .values(shifts.slice(i, i + 500))
        .execute();
    await record(trx, {
      actorId: users.property ?? null,
      communityId: c,
      entityType: 'duty_shift',
      entityId: c,
      action: 'duty_shift.seed',
      after: { shifts: shifts.length, seeded: true },
    });

    // The demo's closed topics point at what carried them out, instead of describing it in text.
    const actorId = users.staff;
    if (actorId) {
      await addLinkedEvidence(trx, {
        communityId: c,
        topicTitle: '维修收费不透明',
        stage: 'implementation',
        text: '维修费用清单已公示执行：维修按清单报价，超过限额由自管会和居委会签字后开工',
        link: { type: FEE_LIST_LINK, id: listId },
        actorId,
        at: publishedAt,
      });
      await addLinkedEvidence(trx, {
        communityId: c,
        topicTitle: '物业夜间无人值守',
        stage: 'implementation',
        text: '24小时驻扎值班表已运行，居民在“值班”页可一键拨打值班电话',
        link: { type: ROSTER_LINK, id: c },
        actorId,
        at: isoAt(first),
      });
      const articleOrder = article && made.get(article.id);
      if (articleOrder)
        await addLinkedEvidence(trx, {
          communityId: c,
          topicTitle: '公共区域漏水渗水',
          stage: 'implementation',
          text: '按维修费用清单报价的维修工单，由共用部位应急维修资金支付，已验收',
          link: { type: LINK_TYPE, id: articleOrder },
          actorId,
          at: isoAt(Date.parse(article.resolved_at!)),
        });
    }
  });
}
