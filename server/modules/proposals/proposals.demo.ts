import type { DemoSeedContext } from '../../demo/registry';
import { demoContexts } from '../../demo/contexts';
import * as flow from '../../workflows/proposals';
import { createTicket, escalateOverdue } from '../tickets/tickets.service';

/**
 * 代表履职 in the demo: the branch secretary, a deputy, turned residents' tickets into proposals — ten
 * months of coordination to a 246-space car park, the nameless road south of 嘉和景苑 repaired — and
 * one still open.
 */
type Plan = {
  start: string;
  title: string;
  problem: string;
  suggestion: string;
  addressee: string;
  tickets: Array<[title: string, description: string]>;
  logs: Array<[date: string, text: string]>;
  outcome?: [date: string, text: string];
};
const PLANS: Plan[] = [
  {
    start: '2025-01-06T02:00:00Z',
    title: '建设社会化停车场，缓解砖桥周边停车难',
    addressee: '洞泾镇人民政府',
    problem: '砖桥居民区周边停车混乱，无产证小区内车位不足，居民夜间回家无处停车，外来车辆占道严重。',
    suggestion: '利用居民区周边闲置地块，协调各方建设社会化停车场，向周边居民开放包月停车。',
    tickets: [
      ['周边停车混乱晚上没地方停', '下班回来小区里外都停满了，只能绕好几圈'],
      ['外来车辆占道停车', '砖桥路两边停满外来车辆，消防车进不来'],
      ['希望建停车场', '附近有块空地一直闲着，能不能改成停车场'],
    ],
    logs: [
      ['2025-01-20', '向镇人大提交书面建议，附居民诉求汇总。'],
      ['2025-03-05', '会同镇规划办、城建中心踏勘周边闲置地块。'],
      ['2025-05-14', '与地块权属单位协商用地，初步同意租用。'],
      ['2025-07-02', '停车场设计方案征求居民和共建单位意见。'],
      ['2025-09-10', '施工方进场，党支部组织志愿者维持施工期间交通。'],
      ['2025-10-28', '竣工验收，确定收费标准和居民包月办法。'],
    ],
    outcome: ['2025-11-06', '历时10个月协调，建成拥有246个车位的社会化停车场，周边居民可包月停车。'],
  },
  {
    start: '2025-12-01T02:00:00Z',
    title: '嘉和景苑南侧无名道路修补',
    addressee: '道路施工方、洞泾镇建管中心',
    problem: '嘉和景苑南侧无名道路坑坑洼洼，污水井盖经常损坏，居民出行要"绕着走"。',
    suggestion: '协调施工方修补路面、更换井盖，并加装隔离桩防止车辆碾压。',
    tickets: [
      ['无名道路坑坑洼洼', '下雨积水，骑车的老人摔过好几次'],
      ['污水井盖又坏了', '南侧那条路的井盖塌了一半，晚上很危险'],
    ],
    logs: [
      ['2025-12-15', '现场查看并拍照，与施工方项目经理沟通。'],
      ['2026-01-20', '建管中心明确由施工方负责修复。'],
      ['2026-03-18', '施工方完成路面修补和井盖更换。'],
    ],
    outcome: ['2026-04-08', '施工方补路面、换井盖、装隔离桩，居民出行不再绕行。'],
  },
];

export async function seedProposals(ctx: DemoSeedContext) {
  const { app, at, as } = demoContexts(ctx);
  const [deputy, resident] = [await as('secretary'), await as('resident1')];
  const building = ctx.community.buildings[0].id;
  const open: Plan = {
    start: new Date(Date.now() - 60 * 86_400_000).toISOString(),
    title: '非机动车集中充电设施建设',
    addressee: '洞泾镇应急管理办、供电所',
    problem: '电动车楼道飞线充电，存在严重消防隐患，非机动车棚没有充电桩。',
    suggestion: '争取专项资金，在三个小区建设集中充电棚。',
    tickets: [['飞线充电太危险', '有人从楼上拉电线下来给电动车充电']],
    logs: [[new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10), '与镇应急管理办沟通资金渠道。']],
  };
  for (const p of [...PLANS, open]) {
    at(p.start);
    const ids: string[] = [];
    for (const [title, description] of p.tickets) {
      ids.push(
        (
          await createTicket(app, resident.actor, ctx.community.communityId, {
            title,
            description,
            locationKind: 'building',
            buildingId: building,
            urgency: 'normal',
            channel: 'h5',
            photos: [],
          })
        ).id,
      );
    }
    const made = await flow.createProposal(deputy, {
      title: p.title,
      problem: p.problem,
      suggestion: p.suggestion,
      addressee: p.addressee,
      ticketIds: ids,
      topicId: null,
    });
    for (const [date, text] of p.logs) {
      at(`${date}T06:00:00Z`);
      await flow.addLog(deputy, made.id, { date, text });
    }
    if (p.outcome) {
      at(`${p.outcome[0]}T06:00:00Z`);
      await flow.recordOutcome(deputy, made.id, p.outcome[1]);
    }
  }
  // Tickets late by today were escalated on the way, as the scheduler would have done (as in tickets.demo.ts).
  at(new Date().toISOString());
  await escalateOverdue(app);
}
