import type { DemoSeedContext } from '../../demo/registry';
import { demoContexts } from '../../demo/contexts';
import { givenName, surname } from '../../demo/people';
import { listAccounts } from '../org/accounts.service';
import type { ACTIVITY_KINDS } from '../../../contract/volunteers';
import * as svc from './volunteers.service';

/**
 * The article's 内力 for the demo: learning sessions on the town's two management rules, 端午包粽子 and
 * 邻里节 (砖心砖意亲近你), greening and renovation days — 216 person-times this year ("200余人次"), the
 * demo accounts among them by QR check-in, the rest from the paper sign-in sheets; one activity under way
 * now (check-in open) and one coming (sign-up open); the party members' responsibility lists.
 */

type Kind = (typeof ACTIVITY_KINDS)[number];
type Plan = [daysAgo: number, kind: Kind, title: string, location: string, capacity: number, volunteers: number];
const PAST: Plan[] = [
  [330, 'learning', '学习《洞泾镇无产证小区综合管理办法》', '砖桥居委会议室', 40, 24],
  [300, 'learning', '学习《洞泾镇无产证小区物业市场化管理办法》', '砖桥居委会议室', 40, 22],
  [260, 'greening', '绿化补种：企业捐赠的红叶石楠和樱花树', '嘉和景苑南门绿化带', 40, 32],
  [200, 'festival', '砖心砖意亲近你·端午包粽子', '嘉和景苑活动室', 60, 38],
  [150, 'renovation', '便民小道修建志愿服务', '洞北小区', 30, 18],
  [120, 'renovation', '文化长廊布展（楼道we治理）', '162米围墙文化长廊', 30, 20],
  [80, 'festival', '邻里节·拉家常', '休闲长廊', 80, 46],
  [40, 'greening', '秋季绿化补种', '小区主路两侧', 30, 16],
];
const ACCOUNTS = ['secretary', 'committee1', 'committee2', 'leader1', 'resident1'];
const DAY = 86_400_000;
const H = 3_600_000;
/** 09:00 China time, `days` from today. */
const morning = (days: number) => new Date(Math.floor((Date.now() + 8 * H) / DAY) * DAY + days * DAY + H).getTime();

export async function seedVolunteers(ctx: DemoSeedContext) {
  const { at, as } = demoContexts(ctx);
  at(new Date(morning(-340)).toISOString());
  const staff = await as('staff');
  const accounts = await Promise.all(ACCOUNTS.map((l) => as(l)));
  const party = (await listAccounts(staff, { role: 'party_member', page: 1, pageSize: 50 })).items;
  const nameOf = (userId: string) => party.find((p) => p.id === userId)?.displayName ?? '党员';
  // Accounts show their display name on the activity; the demo's contexts carry the login, so use the real name.
  for (const a of accounts)
    a.actor = {
      ...a.actor,
      displayName: nameOf(a.actor.userId) === '党员' ? a.actor.displayName : nameOf(a.actor.userId),
    };
  // The same neighbours come again and again (about a quarter of them party members), as in the article.
  const pool = Array.from({ length: 70 }, (_, i) => ({
    name: surname(ctx.rng) + givenName(ctx.rng, i % 3 ? 'female' : 'male', 1950 + (i % 40)),
    partyMember: i % 4 === 0,
  }));

  for (const [daysAgo, kind, title, location, capacity, volunteers] of PAST) {
    const start = morning(-daysAgo);
    at(new Date(start - 7 * DAY).toISOString());
    const a = await svc.createActivity(staff, {
      kind,
      title,
      description: '',
      location,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 2 * H).toISOString(),
      capacity,
    });
    // A different few of the demo accounts at each activity (resident1 at about half of them).
    const came = accounts.filter((_, i) => (Math.floor(daysAgo / 10) + i) % 2 === 0);
    at(new Date(start - 3 * DAY).toISOString());
    for (const c of came) await svc.signUp(c, a.id);
    const { code } = await svc.checkinCode(staff, a.id);
    at(new Date(start + 5 * 60_000).toISOString());
    for (const c of came) await svc.checkIn(c, a.id, code);
    at(new Date(start + 2 * H).toISOString());
    for (const c of came) await svc.checkOut(c, a.id, code);
    for (let i = 0; i < volunteers - came.length; i++) {
      const p = pool[(i + daysAgo) % pool.length];
      await svc.recordWalkIn(staff, a.id, { ...p, minutes: 60 + ((i * 13) % 61) });
    }
  }

  // Under way now: check-in open for the demo (the QR on the console's check-in screen).
  const now = Date.now();
  at(new Date(now - DAY).toISOString());
  await svc.createActivity(staff, {
    kind: 'service',
    title: '楼道堆物清理志愿服务日',
    description: '党员和志愿者一起清理楼道堆物，消除消防隐患。',
    location: '洞北小区各楼道',
    startsAt: new Date(now - H).toISOString(),
    endsAt: new Date(now + 4 * H).toISOString(),
    capacity: 30,
  });
  const next = await svc.createActivity(staff, {
    kind: 'festival',
    title: '冬至包馄饨·邻里一家亲',
    description: '砖心砖意亲近你：一起包馄饨，给独居老人送上门。',
    location: '嘉和景苑活动室',
    startsAt: new Date(morning(12)).toISOString(),
    endsAt: new Date(morning(12) + 2 * H).toISOString(),
    capacity: 40,
  });
  for (const c of accounts.slice(0, 3)) await svc.signUp(c, next.id);

  // 党员责任清单 of the year.
  const year = new Date(now + 8 * H).getUTCFullYear();
  const commit = async (
    login: string,
    kind: 'visit_households' | 'serve_hours' | 'other',
    text: string,
    target: number,
    entries: Array<[number, string]>,
  ) => {
    const userId = ctx.users[login];
    const c = await svc.createCommitment(staff, { userId, memberName: nameOf(userId), year, kind, text, target });
    for (const [i, [amount, note]] of entries.entries()) {
      await svc.addEntry(staff, c.id, {
        amount,
        note,
        date: new Date(morning(-300 + i * 60) + 8 * H).toISOString().slice(0, 10),
      });
    }
  };
  await commit('secretary', 'visit_households', '联系走访独居老人、困难家庭 30 户', 30, [
    [8, '走访嘉和景苑独居老人'],
    [10, '走访洞北小区困难家庭'],
    [7, '端午前走访送粽子'],
  ]);
  await commit('secretary', 'serve_hours', '全年参加志愿服务不少于 8 小时', 8, []);
  await commit('committee1', 'visit_households', '联系 1号楼、2号楼住户 20 户，收集意见', 20, [
    [12, '月例会前逐户收集意见'],
    [8, '停车问题上门征求意见'],
  ]);
  await commit('committee1', 'other', '每季度参加物业考评并反馈', 4, [
    [1, '一季度考评'],
    [1, '二季度考评'],
    [1, '三季度考评'],
  ]);
  await commit('committee2', 'serve_hours', '全年参加志愿服务不少于 6 小时', 6, []);
  await commit('committee2', 'visit_households', '楼道堆物劝导 15 户', 15, [[6, '洞北小区楼道劝导']]);
}
