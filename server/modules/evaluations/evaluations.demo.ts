import { record } from '../../core/audit/audit';
import { isoAt } from '../../core/context';
import { json, newId } from '../../core/ids';
import type { DemoSeedContext } from '../../demo/registry';
import { DEFAULT_RUBRIC } from '../../../contract/evaluations';
import { usersWithRole } from '../notifications/notifications.service';
import { computeResult, quarterBounds, quarterOf, type Sheet } from './evaluations.result';
import { quarterFigures } from './evaluations.service';
import './evaluations.tables';

/** What committee members write beside a score, by item, for a good (≥ 85), middling and poor (< 75) quarter. */
const COMMENTS: Record<string, [string[], string[], string[]]> = {
  cleaning: [
    ['楼道和垃圾房保持得干净，垃圾日产日清', '垃圾房装了抽拉式窗帘后苍蝇少多了'],
    ['主路干净，楼道角落还有积灰', '周末垃圾清运偶尔拖到下午'],
    ['垃圾房旁边垃圾堆了两三天没清', '楼道堆物多次反映仍未清理'],
  ],
  greening: [
    ['南门补种的红叶石楠长得很好', '修剪及时，没有挡住低层阳台'],
    ['绿化带有几处被挖去种菜，劝阻不够', '香樟树修剪要提前和居民说'],
    ['绿化带杂草多，死苗一直没补种', '树枝挡光反映了一个月才修'],
  ],
  order_parking: [
    ['免费临停半小时执行到位，外来车明显少了', '南门etc抬杆加装后进出顺畅'],
    ['晚上外来车辆仍有占位，巡查要加强', '消防通道偶有车辆停放'],
    ['夜间门岗登记不严，外来车辆占业主车位', '僵尸车长期占位没有处理'],
  ],
  repairs: [
    ['报修当天就有人来，照维修费用清单收费很透明', '楼道灯坏了第二天就修好'],
    ['小修及时，漏水这类要等专业单位', '维修后要回访，有一次修了又坏'],
    ['顶楼渗水拖了很久，居民意见大', '单元门门禁坏了一周才修'],
  ],
  service: [
    ['客服态度好，电话随时能打通', '红色物业专员每周到网格走访'],
    ['态度可以，回复进度要更主动', '月例会上提的问题落实得还行'],
    ['有居民反映前台态度生硬', '答复模糊，没有说清楚什么时候办'],
  ],
  presence: [
    ['夜里有人值班，叫得应', '24小时驻扎落实，节假日也有人'],
    ['值班表贴出来了，个别夜班找不到人', '交接班时段有空档'],
    ['夜间值班电话没人接', '周末值班经常只有一个人'],
  ],
};

/** How the company did each quarter in the demo year (an estate's base moves with it), and who was away. */
const QUARTER_BASE = [76, 80, 84, 87];

export async function seed({ db, community, users, rng }: DemoSeedContext) {
  const companyId = community.organizations.property_company?.[0];
  if (!companyId) return;
  const communityId = community.communityId;
  const nowMs = Date.now();
  const current = quarterOf(nowMs);
  const quarters: string[] = [];
  let ms = Date.parse(quarterBounds(current).from) - 1;
  for (let i = 0; i < 4; i++) {
    const q = quarterOf(ms);
    quarters.unshift(q);
    ms = Date.parse(quarterBounds(q).from) - 1;
  }
  const members = (await usersWithRole(db, communityId, ['committee'])).sort();
  if (!members.length) return;
  const items = DEFAULT_RUBRIC.map((i) => ({ ...i }));
  const rubricId = newId();
  const firstAt = isoAt(Date.parse(quarterBounds(quarters[0]).to) + 2 * 86_400_000);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('evaluation_rubrics')
      .values({
        id: rubricId,
        community_id: communityId,
        version: 1,
        items: json(items),
        frozen_at: firstAt,
        created_by: users.staff ?? null,
        created_at: firstAt,
        updated_at: firstAt,
      })
      .execute();
    await record(trx, {
      actorId: users.staff ?? null,
      communityId,
      entityType: 'evaluation_rubric',
      entityId: rubricId,
      action: 'evaluations.rubric',
      after: { items },
    });
    for (const [qi, quarter] of quarters.entries()) {
      const { to } = quarterBounds(quarter);
      // Scored in the first two weeks after the quarter ends, at the committee's monthly meeting.
      const openedAt = isoAt(Date.parse(to) + 2 * 86_400_000);
      const deadlineAt = isoAt(Date.parse(to) + 16 * 86_400_000);
      for (const [ei, estate] of community.estates.entries()) {
        const id = newId();
        const base = QUARTER_BASE[qi] + (ei === 1 ? -3 : ei === 2 ? 2 : 0);
        // One member was away in the second quarter of the demo year: absent, not zero.
        const scoring = qi === 1 && ei === 0 ? members.slice(0, -1) : members;
        const sheets: Array<{ member: string; sheet: Sheet; at: string }> = scoring.map((member, mi) => {
          const sheet: Sheet = {};
          for (const item of items) {
            const bias =
              item.key === 'order_parking' && qi < 2
                ? -8
                : item.key === 'presence' && qi === 0
                  ? -10
                  : item.key === 'cleaning' && qi >= 2
                    ? 4
                    : 0;
            const score = Math.max(50, Math.min(99, Math.round(base + bias + (rng.next() - 0.5) * 12)));
            const tone = score >= 85 ? 0 : score >= 75 ? 1 : 2;
            const texts = COMMENTS[item.key][tone];
            sheet[item.key] = { score, comment: rng.next() < 0.7 ? texts[Math.floor(rng.next() * texts.length)] : '' };
          }
          return { member, sheet, at: isoAt(Date.parse(openedAt) + (mi + 1) * 3600_000 * 20) };
        });
        const closedAt = scoring.length === members.length ? sheets[sheets.length - 1].at : deadlineAt;
        const result = computeResult(
          items,
          members.length,
          sheets.map((s) => s.sheet),
        );
        const figures = await quarterFigures(
          trx,
          { community_id: communityId, estate_id: estate.id, quarter },
          Date.parse(closedAt),
        );
        await trx
          .insertInto('evaluation_rounds')
          .values({
            id,
            community_id: communityId,
            estate_id: estate.id,
            company_id: companyId,
            quarter,
            rubric_id: rubricId,
            status: 'closed',
            member_ids: json(members),
            opened_at: openedAt,
            deadline_at: deadlineAt,
            closed_at: closedAt,
            closed_reason: scoring.length === members.length ? 'all_scored' : 'deadline',
            result: json(result),
            figures: json(figures),
            created_by: users.staff ?? null,
            created_at: openedAt,
            updated_at: closedAt,
          })
          .execute();
        await trx
          .insertInto('evaluation_sheets')
          .values(
            sheets.map((s) => ({
              id: newId(),
              community_id: communityId,
              round_id: id,
              member_id: s.member,
              scores: json(s.sheet),
              submitted_at: s.at,
            })),
          )
          .execute();
        await record(trx, {
          actorId: null,
          communityId,
          entityType: 'evaluation_round',
          entityId: id,
          action: 'evaluations.close',
          after: { quarter, score: result.score, scored: result.scored, absent: result.absent },
        });
        // The two weakest items become rectification items; all but the last quarter's are done.
        const weakest = [...result.items].sort((a, b) => (a.mean ?? 100) - (b.mean ?? 100)).slice(0, 2);
        for (const w of weakest) {
          const due = new Date(Date.parse(closedAt) + 30 * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
          const done = qi < quarters.length - 1;
          const doneAt = done ? isoAt(Date.parse(closedAt) + 20 * 86_400_000) : null;
          const rid = newId();
          await trx
            .insertInto('evaluation_rectifications')
            .values({
              id: rid,
              community_id: communityId,
              round_id: id,
              item_key: w.key,
              title: `${w.labelZh}：${w.comments[0] ?? '得分偏低，需整改'}`,
              detail: `自管会${quarter}考评中“${w.labelZh}”平均${w.mean}分，请物业公司在期限内整改并拍照上报。`,
              due_date: due,
              status: done ? 'done' : 'open',
              photos: json([]),
              done_note: done ? '已整改完毕（平台启用前的纸质台账记录，无照片）' : null,
              done_at: doneAt,
              done_by: done ? (users.property ?? null) : null,
              created_by: users.committee1 ?? users.staff ?? null,
              created_at: closedAt,
              updated_at: doneAt ?? closedAt,
            })
            .execute();
          await record(trx, {
            actorId: users.committee1 ?? null,
            communityId,
            entityType: 'evaluation_rectification',
            entityId: rid,
            action: 'evaluations.rectification',
            after: { roundId: id, title: w.labelZh },
          });
        }
      }
    }
    // This quarter's round, open for the first estate: nobody has scored yet.
    const id = newId();
    const openedAt = isoAt(nowMs - 86_400_000);
    const deadlineAt = isoAt(
      Math.max(Date.parse(quarterBounds(current).to) + 14 * 86_400_000, nowMs + 14 * 86_400_000),
    );
    await trx
      .insertInto('evaluation_rounds')
      .values({
        id,
        community_id: communityId,
        estate_id: community.estates[0].id,
        company_id: companyId,
        quarter: current,
        rubric_id: rubricId,
        status: 'open',
        member_ids: json(members),
        opened_at: openedAt,
        deadline_at: deadlineAt,
        closed_at: null,
        closed_reason: null,
        result: null,
        figures: null,
        created_by: users.staff ?? null,
        created_at: openedAt,
        updated_at: openedAt,
      })
      .execute();
    await record(trx, {
      actorId: users.staff ?? null,
      communityId,
      entityType: 'evaluation_round',
      entityId: id,
      action: 'evaluations.open',
      after: { quarter: current, members: members.length },
    });
  });
}
