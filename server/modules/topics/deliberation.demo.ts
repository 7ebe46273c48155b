import type { AppContext, RequestContext } from '../../core/context';
import { loadActor } from '../../core/auth/sessions';
import type { DemoSeedContext } from '../../demo/registry';
import { PARTIES } from '../../../contract/topics';
import * as consultations from '../consultations/consultations.service';
import * as meetings from '../meetings/meetings.service';
import * as org from '../org/org.service';
import { createMeeting } from '../../workflows/meetings';
import { createConsultation } from '../../workflows/consultations';
import { advanceTopic } from '../../workflows/topics';
import { listTickets } from '../tickets/tickets.service';
import * as topics from './topics.service';

/**
 * The article's 四方议事 record for the demo: 18 problems solved (the 洞北小区 parking case among
 * them, with its 100-household consultation, verifiable), 28 meetings held, and one consultation
 * open now that resident1 can vote in. Everything goes through the services, on a clock set to
 * the day each thing happened.
 */

type Solved = [title: string, estate: number | null, research: string, decision: string, done: string];
const SOLVED: Solved[] = [
  [
    '嘉和景苑西门修路拥堵',
    0,
    '服务小组收集群众意见：西门修路期间早晚高峰车辆排队到砖桥路。',
    '协商物业在嘉和景苑南门加装ETC抬杆，修路期间车辆改走南门。',
    '南门ETC抬杆已安装启用。',
  ],
  [
    '小区绿植补种',
    null,
    '补种红叶石楠、樱花树预算约10万元，项目经费不足。',
    '联系12号线动迁企业，商谈捐赠闲置绿植。',
    '企业捐赠绿植已补种完毕，未花一分钱。',
  ],
  ['休闲长廊座椅不足', 0, '老人反映长廊下午没地方坐。', '接收搬迁企业捐赠的沙发，放置于休闲长廊。', '沙发已摆放到位。'],
  [
    '南门主干道两侧乱停车堵塞通道',
    1,
    '主干道两侧停车，消防车无法通行。',
    '设置石墩防止两侧停车。',
    '石墩已安放，通道保持畅通。',
  ],
  [
    '便民小道修建',
    2,
    '居民抄近路踩出泥路，雨天难走。',
    '使用无产证社区品质提升项目经费修建便民小道。',
    '便民小道已完工。',
  ],
  ['绿篱围挡破损', 2, '绿化带被踩踏、堆物。', '品质提升项目经费加装绿篱围挡。', '绿篱围挡已完成。'],
  ['非机动车位不足', 1, '电动车停在楼道口，存在消防隐患。', '品质提升项目改建非机动车位。', '非机动车位改造完成。'],
  [
    '围墙破旧影响观感',
    0,
    '162米围墙斑驳，居民希望美化。',
    '借楼道we治理项目，组织居民书法、摄影、剪纸作品上墙，打造文化长廊。',
    '文化长廊落成，装设60块宣传版面。',
  ],
  [
    '公共区域漏水渗水',
    1,
    '多栋楼顶层和楼道渗水，居民反映强烈。',
    '申请无产证住宅小区共用部位应急维修项目。',
    '防水层修补完成，回访无渗漏。',
  ],
  [
    '垃圾房蚊蝇多',
    0,
    '夏季垃圾房蚊蝇多，异味大。',
    '与松江电信东部片区党支部结对，协调为垃圾房安装抽拉式窗帘。',
    '抽拉式窗帘已安装。',
  ],
  ['轮胎装饰艺术角', 2, '废旧轮胎堆放无人处理。', '邀请幼儿园教师教居民装饰轮胎，打造艺术角。', '艺术角建成。'],
  [
    '维修收费不透明',
    null,
    '居民对维修收费有疑问，物业技术力量不足。',
    '推动物业与专业维修机构合作，制定维修费用清单。',
    '维修费用清单已公示执行。',
  ],
  ['物业夜间无人值守', null, '夜间报修无人响应。', '物业实行24小时驻扎制度，排班公示。', '24小时驻扎值班表已运行。'],
  [
    '嘉和景苑南侧无名道路坑洼',
    0,
    '路面坑洼、污水井盖经常损坏。',
    '由人大代表协调施工方补路面、换井盖、装隔离桩。',
    '路面修补、井盖更换完成。',
  ],
  ['楼道堆物清理', 1, '楼道堆放纸板旧家具，堵塞通道。', '楼组长逐户劝导，物业统一清运。', '楼道堆物清理完毕。'],
  ['小区路灯不亮', 2, '主路一半路灯不亮。', '物业排查线路，联系供电部门维修。', '路灯全部恢复。'],
  [
    '邻里节与端午包粽子活动场地',
    null,
    '活动场地不足、雨天无法开展。',
    '借用共建单位场地，固定每年活动安排。',
    '活动如期举办。',
  ],
];

const SIGNERS: Record<string, string> = {
  party_branch: '沈建国',
  property_company: '顾志明',
  committee: '陆秀英',
  building_leaders: '朱美华',
};
const EXPECTED: Record<string, number> = { party_branch: 3, property_company: 2, committee: 5, building_leaders: 6 };

const PARKING_TOPIC_START = new Date('2025-09-01T01:00:00Z');

export async function seedDeliberation({ db, community, users }: DemoSeedContext) {
  const C = community.communityId;
  let now = 0;
  const at = (iso: string) => {
    now = Date.parse(iso);
    return new Date(now).toISOString();
  };
  const app = { db, clock: { now: () => now }, config: { host: '127.0.0.1', port: 3000 } } as unknown as AppContext;
  const as = async (login: string): Promise<RequestContext> => ({
    app,
    db,
    communityId: C,
    actor: await loadActor(db, users[login], { login, displayName: login, platformAdmin: false }),
  });
  const [staff, secretary, property, committee, leader] = await Promise.all(
    ['staff', 'secretary', 'property', 'committee1', 'leader1'].map(as),
  );
  const signers: Record<string, typeof staff> = {
    party_branch: secretary,
    property_company: property,
    committee,
    building_leaders: leader,
  };

  async function held(
    kind: 'monthly' | 'forum',
    title: string,
    when: string,
    minutes: string,
    decisions: string[],
    topicId: string | null = null,
    actions: Array<{ text: string; ownerName: string; dueDate: string; done: boolean }> = [],
  ) {
    at(when);
    const m = await createMeeting(staff, {
      kind,
      title,
      scheduledAt: new Date(now).toISOString(),
      location: '砖桥居委会议室',
      topicId,
      agenda: kind === 'forum' ? [] : undefined,
    });
    await meetings.updateMeeting(staff, m.id, { minutes, decisions });
    await meetings.setAttendance(staff, m.id, {
      items: PARTIES.map((p) => ({
        party: p,
        expected: EXPECTED[p],
        present: EXPECTED[p] - (p === 'building_leaders' ? 1 : 0),
        names: p === 'building_leaders' ? [] : [SIGNERS[p]],
      })),
    });
    for (const a of actions)
      await meetings.addActionItem(staff, m.id, { text: a.text, ownerName: a.ownerName, dueDate: a.dueDate });
    await meetings.closeMeeting(staff, m.id, { signatures: PARTIES.map((p) => ({ party: p, name: SIGNERS[p] })) });
    const items = (await meetings.getMeeting(staff, m.id)).actionItems;
    for (const [i, a] of actions.entries())
      if (a.done) await meetings.setActionItemDone(property, m.id, items[i].id, true);
    return m.id;
  }

  /** Proposal → research → four-party forum → consultation (held or skipped with a reason) → signed decision → implementation → publication → closed. */
  async function solve(
    t: Solved,
    start: Date,
    consult?: (topicId: string) => Promise<string>,
    ticketIds: string[] = [],
  ) {
    const day = (d: number) => new Date(start.getTime() + d * 86_400_000).toISOString();
    at(day(0));
    const estateId = t[1] === null ? null : community.estates[t[1]].id;
    const topic = await topics.createTopic(staff, {
      title: t[0],
      description: t[2],
      source: 'ticket',
      estateId,
      ticketIds,
    });
    await advanceTopic(staff, topic.id, {});
    at(day(5));
    await topics.addEvidence(committee, topic.id, { kind: 'note', text: t[2] });
    await topics.addEvidence(leader, topic.id, { kind: 'option', text: t[3] });
    await advanceTopic(staff, topic.id, {});
    await held('forum', `「${t[0]}」四方座谈会`, day(12), `四方就「${t[0]}」交换意见：${t[3]}`, [t[3]], topic.id);
    await advanceTopic(staff, topic.id, {});
    if (consult) {
      const cid = await consult(topic.id);
      at(day(60));
      await advanceTopic(staff, topic.id, {});
      await topics.setDecision(staff, topic.id, { text: t[3], consultationId: cid });
    } else {
      at(day(14));
      await advanceTopic(staff, topic.id, { skipReason: '不涉及收费和公共规则调整，四方座谈一致同意，无需征询' });
      await topics.setDecision(staff, topic.id, { text: t[3], consultationId: null });
    }
    for (const p of PARTIES) await topics.signoff(signers[p], topic.id, { party: p, signerName: SIGNERS[p] });
    await advanceTopic(staff, topic.id, {});
    at(day(consult ? 75 : 30));
    await topics.addEvidence(property, topic.id, { kind: 'note', text: t[4] });
    await advanceTopic(staff, topic.id, {});
    at(day(consult ? 90 : 40));
    await topics.addEvidence(staff, topic.id, {
      kind: 'publication',
      text: `决议「${t[3]}」及实施结果已在小区公告栏公示。`,
    });
    await advanceTopic(staff, topic.id, {});
    return topic.id;
  }

  /** The 洞北小区 parking consultation: 100 households took part, on paper and door to door, each entry confirmed by a second person. */
  async function parkingConsultation(topicId: string): Promise<string> {
    const dongbei = community.estates.find((e) => e.name === '洞北小区') ?? community.estates[1];
    const buildings: string[] = [];
    let count = 0;
    for (const b of community.buildings.filter((x) => x.estateId === dongbei.id)) {
      if (count >= 100) break;
      buildings.push(b.id);
      count += community.households.filter((h) => h.buildingId === b.id).length;
    }
    const opensAt = at('2025-10-08T01:00:00Z');
    const c = await createConsultation(staff, {
      title: '洞北小区临时停车收费调整征询',
      topicId,
      description: '外来车辆因停车费低长期占用车位，业主回家没地方停。四方座谈后形成两项方案，征询本区域住户意见。',
      questions: [
        {
          key: 'free_time',
          text: '外来车辆免费临时停车时长',
          options: [
            { key: 'h2', label: '维持免费临停2小时' },
            { key: 'm30', label: '调整为免费临停半小时' },
          ],
        },
        {
          key: 'owner_priority',
          text: '54个车位实行“业主优先停”',
          options: [
            { key: 'agree', label: '同意' },
            { key: 'disagree', label: '不同意' },
            { key: 'abstain', label: '弃权' },
          ],
          approveOption: 'agree',
        },
      ],
      scope: { kind: 'buildings', ids: buildings },
      opensAt,
      closesAt: '2025-10-22T10:00:00.000Z',
      participation: { op: '>=', num: 2, den: 3 },
      approval: { op: '>', num: 1, den: 2 },
    });
    at('2025-10-08T01:30:00Z');
    await consultations.openConsultation(staff, c.id);
    const voters = (await consultations.eligibleList(staff, c.id)).items.slice(0, 100);
    for (const [i, h] of voters.entries()) {
      now += 2 * 3600_000;
      const r = await consultations.enterPaper(staff, c.id, {
        householdId: h.householdId,
        channel: i % 3 === 0 ? 'paper' : 'door_to_door',
        formNumber: `DB-2025-${String(i + 1).padStart(3, '0')}`,
        answers: {
          free_time: i < 71 ? 'm30' : 'h2',
          owner_priority: i < 78 ? 'agree' : i < 93 ? 'disagree' : 'abstain',
        },
      });
      await consultations.confirmBallot(secretary, c.id, r.ballotId);
    }
    at('2025-10-22T10:00:30Z');
    await consultations.closeDue(app);
    return c.id;
  }

  // Seventeen problems solved before the parking case and after it, from the autumn of 2024.
  for (const [i, t] of SOLVED.entries()) {
    await solve(t, new Date(Date.UTC(2024, 8 + Math.floor((i * 18) / SOLVED.length), 3 + (i % 3) * 7, 1)));
  }
  await solve(
    [
      '洞北小区外来车辆占用车位、停车费偏低',
      1,
      '夜间走访统计：外来车辆因停车费低长期占用车位，54个车位中多数被占，业主下班回来没地方停车。',
      '免费临停由2小时调整为半小时，54个车位实行“业主优先停”。',
      '道闸系统已调整为免费临停30分钟；54个车位设置“业主优先”标识。',
    ],
    PARKING_TOPIC_START,
    parkingConsultation,
    // The residents' complaints it came from: those filed before it (later ones are newer, separate cases).
    (await listTickets(db, staff.actor, C, { scope: 'all', q: '外来车辆', page: 1, pageSize: 20 }, now)).items
      .filter((x) => Date.parse(x.createdAt) < PARKING_TOPIC_START.getTime())
      .map((x) => x.id),
  );

  // Nine monthly meetings (月例会) of the committee and the parties: with the 18 forums and the one below, 28 held.
  for (let m = 0; m < 9; m++) {
    const d = new Date(Date.UTC(2025, 6 + m, 10, 11));
    const label = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月月例会`;
    await held(
      'monthly',
      label,
      d.toISOString(),
      `通报本月“民呼我应”诉求办理和物业服务情况；自管会反馈微信群收集的问题，逐条明确责任人。`,
      ['即知即改事项交物业限期整改'],
      null,
      [
        {
          text: '微信群反映的问题逐条回复并限期整改',
          ownerName: '顾志明',
          dueDate: new Date(d.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
          done: m < 8,
        },
      ],
    );
  }

  // Open now: the charging-shed topic, forum held, consultation running; resident1's estate is in scope.
  const residency = (await org.residenciesOf(db, users.resident1)).find((r) => r.communityId === C && r.householdId);
  const household = residency?.householdId ? await org.householdOf(db, C, residency.householdId) : undefined;
  if (!household) throw new Error('demo: resident1 has no household');
  const home = { estate_id: household.estateId, id: household.id };
  const real = Date.now();
  at(new Date(real - 30 * 86_400_000).toISOString());
  const shed = await topics.createTopic(staff, {
    title: '非机动车棚扩建与集中充电',
    description: '电动车停放和充电需求增加，楼道飞线充电存在消防隐患。',
    source: 'ticket',
    estateId: home.estate_id,
    ticketIds: [],
  });
  await advanceTopic(staff, shed.id, {});
  await topics.addEvidence(committee, shed.id, {
    kind: 'note',
    text: '统计：本小区登记电动车约300辆，车棚仅120个车位；发现飞线充电11处。',
  });
  await topics.addEvidence(leader, shed.id, {
    kind: 'option',
    text: '方案：扩建车棚并安装刷卡充电桩，充电按度计费，每度0.8元。',
  });
  await advanceTopic(staff, shed.id, {});
  await held(
    'forum',
    '「非机动车棚扩建与集中充电」四方座谈会',
    new Date(real - 20 * 86_400_000).toISOString(),
    '四方同意扩建方案，充电收费标准提交居民征询。',
    ['收费标准提交征询'],
    shed.id,
  );
  await advanceTopic(staff, shed.id, {});
  at(new Date(real - 3 * 86_400_000).toISOString());
  const open = await createConsultation(staff, {
    title: '非机动车棚扩建与充电收费征询',
    topicId: shed.id,
    description: '扩建车棚并安装充电桩，请户代表表达意见。',
    questions: [
      {
        key: 'plan',
        text: '是否同意扩建车棚并按每度0.8元收取充电费',
        options: [
          { key: 'agree', label: '同意' },
          { key: 'disagree', label: '不同意' },
          { key: 'abstain', label: '弃权' },
        ],
        approveOption: 'agree',
      },
    ],
    scope: { kind: 'estates', ids: [home.estate_id] },
    opensAt: new Date(real - 2 * 86_400_000).toISOString(),
    closesAt: new Date(real + 14 * 86_400_000).toISOString(),
    participation: { op: '>=', num: 2, den: 3 },
    approval: { op: '>', num: 1, den: 2 },
  });
  await consultations.openConsultation(staff, open.id);
  at(new Date(real - 86_400_000).toISOString());
  const some = (await consultations.eligibleList(staff, open.id)).items
    .filter((h) => h.householdId !== home.id)
    .slice(0, 12);
  for (const [i, h] of some.entries()) {
    const r = await consultations.enterPaper(staff, open.id, {
      householdId: h.householdId,
      channel: 'door_to_door',
      formNumber: `CD-${String(i + 1).padStart(3, '0')}`,
      answers: { plan: i % 5 ? 'agree' : 'disagree' },
    });
    await consultations.confirmBallot(secretary, open.id, r.ballotId);
  }
}
