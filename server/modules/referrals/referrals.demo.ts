import type { DemoSeedContext } from '../../demo/registry';
import { demoContexts } from '../../demo/contexts';
import { createTicket, escalateOverdue, transition } from '../tickets/tickets.service';
import * as svc from './referrals.service';

/**
 * 部门联动 in the demo: the article's two cases (小区要改电路, 居民要迁户口) answered by the departments,
 * one answered late, and two still on the outstanding list (挂账), one of them 13 days past its date.
 */
type Case = [
  daysAgo: number,
  dept: number,
  title: string,
  description: string,
  contact: string,
  need: string,
  expectIn: number,
  answerIn: number | null,
  answer: string,
];
const CASES: Case[] = [
  [
    250,
    0,
    '楼道电线老化要改电路',
    '3号楼楼道电线外皮老化破损，担心漏电，希望整体改线',
    '客户经理 钱明',
    '嘉和景苑3号楼楼道线路老化，需供电所勘查并改造进户线路',
    14,
    12,
    '供电所现场勘查后完成3号楼楼道线路改造，已通电验收。',
  ],
  [
    180,
    1,
    '老人迁户口手续办不下来',
    '父亲随我们住，户口一直迁不进来，不知道找谁',
    '户籍民警 蒋华',
    '无产证小区居民户口迁入，需户籍窗口指导办理',
    7,
    5,
    '派出所户籍窗口预约办理，材料齐全后已完成迁入。',
  ],
  [
    60,
    2,
    '小区外马路占道乱停车',
    '南门外马路两边停满车，居民进出困难',
    '中队长 姚军',
    '南门外市政道路占道停车，需城管中队整治',
    10,
    16,
    '城管中队连续两周早晚巡查劝离，施划禁停标线。',
  ],
  [
    20,
    3,
    '房屋共用部位维修资金怎么申请',
    '无产证小区没有维修资金，楼顶漏水想知道能不能申请补贴',
    '科员 许静',
    '无产证小区共用部位应急维修资金申请口径',
    7,
    null,
    '',
  ],
  [
    5,
    0,
    '南门外市政路灯不亮',
    '南门外马路上的路灯好几盏不亮，晚上回家很黑',
    '客户经理 钱明',
    '南门外市政路灯线路故障，需供电所抢修',
    10,
    null,
    '',
  ],
];
const DAY = 86_400_000;
const cnDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

export async function seedReferrals(ctx: DemoSeedContext) {
  const { app, at, as } = demoContexts(ctx);
  const depts = ctx.community.organizations.department ?? [];
  if (depts.length < 4) return;
  const [staff, resident] = [await as('staff'), await as('resident1')];
  const building = ctx.community.buildings[0].id;
  for (const [daysAgo, dept, title, description, contact, need, expectIn, answerIn, answer] of CASES) {
    const start = Date.now() - daysAgo * DAY;
    at(new Date(start).toISOString());
    const t = await createTicket(app, resident.actor, ctx.community.communityId, {
      title,
      description,
      locationKind: 'building',
      buildingId: building,
      urgency: 'normal',
      channel: 'h5',
      photos: [],
    });
    at(new Date(start + 3_600_000).toISOString());
    await transition(app, staff.actor, ctx.community.communityId, t.id, {
      to: 'accepted',
      message: '超出居委职责范围，党支部对接职能部门',
    });
    at(new Date(start + 2 * 3_600_000).toISOString());
    const r = await svc.createReferral(staff, {
      ticketId: t.id,
      departmentId: depts[dept],
      contactName: contact,
      need,
      expectedDate: cnDate(start + expectIn * DAY),
    });
    if (answerIn !== null) {
      at(new Date(start + answerIn * DAY).toISOString());
      await svc.respond(staff, r.id, answer);
    }
  }
  // Tickets late by today were escalated on the way, as the scheduler would have done (as in tickets.demo.ts).
  at(new Date().toISOString());
  await escalateOverdue(app);
}
