import { cnTime, type Ledger } from '../../core/ledgers';
import { maskName } from '../../core/pii';
import { ACTIVITY_KIND_LABELS } from '../../../contract/volunteers';
import './volunteers.tables';

/** Activities that started in the period with volunteer person-times and hours; one row per served volunteer. */
export const ledgers: Record<string, Ledger> = {
  activities: {
    titleZh: '活动台账（志愿服务）',
    titleEn: 'Activities and volunteer hours',
    permission: 'volunteers.manage',
    columns: [
      { header: '活动', width: 30 },
      { header: '类别', width: 8 },
      { header: '地点', width: 16 },
      { header: '开始', width: 17 },
      { header: '结束', width: 17 },
      { header: '名额', width: 6 },
      { header: '报名', width: 6 },
      { header: '服务人次', width: 8 },
      { header: '服务时长(小时)', width: 12 },
      { header: '党员人次', width: 8 },
    ],
    async rows(c, p) {
      const acts = await c.db
        .selectFrom('activities')
        .where('community_id', '=', c.communityId)
        .where('starts_at', '>=', p.fromIso)
        .where('starts_at', '<', p.toIso)
        .select(['id', 'title', 'kind', 'location', 'starts_at', 'ends_at', 'capacity', 'signup_count'])
        .orderBy('starts_at')
        .execute();
      const served = await servedIn(
        c.db,
        c.communityId,
        acts.map((a) => a.id),
      );
      return acts.map((a) => {
        const mine = served.filter((s) => s.activity_id === a.id);
        return [
          a.title,
          ACTIVITY_KIND_LABELS[a.kind] ?? a.kind,
          a.location,
          cnTime(a.starts_at),
          cnTime(a.ends_at),
          a.capacity,
          a.signup_count,
          mine.length,
          Math.round((mine.reduce((x, s) => x + s.minutes, 0) / 60) * 10) / 10,
          mine.filter((s) => s.party_member).length,
        ];
      });
    },
  },
  volunteer_hours: {
    titleZh: '志愿服务时长台账',
    titleEn: 'Volunteer hours (per person and activity)',
    permission: 'volunteers.manage',
    columns: [
      { header: '志愿者', width: 10 },
      { header: '党员', width: 6 },
      { header: '活动', width: 30 },
      { header: '签到', width: 17 },
      { header: '签退', width: 17 },
      { header: '时长(小时)', width: 10 },
    ],
    async rows(c, p) {
      const acts = await c.db
        .selectFrom('activities')
        .where('community_id', '=', c.communityId)
        .where('starts_at', '>=', p.fromIso)
        .where('starts_at', '<', p.toIso)
        .select(['id', 'title', 'starts_at'])
        .orderBy('starts_at')
        .execute();
      const served = await servedIn(
        c.db,
        c.communityId,
        acts.map((a) => a.id),
      );
      return acts.flatMap((a) =>
        served
          .filter((s) => s.activity_id === a.id)
          .map((s) => [
            maskName(s.name),
            s.party_member ? '是' : '否',
            a.title,
            cnTime(s.checked_in_at),
            cnTime(s.checked_out_at),
            Math.round((s.minutes / 60) * 10) / 10,
          ]),
      );
    },
  },
};

/** The checked-out sign-ups (served volunteers) of these activities. */
async function servedIn(db: import('../../core/db/kysely').Conn, communityId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('activity_signups')
    .where('community_id', '=', communityId)
    .where('activity_id', 'in', ids)
    .where('checked_out_at', 'is not', null)
    .select(['activity_id', 'name', 'party_member', 'checked_in_at', 'checked_out_at', 'minutes'])
    .orderBy('checked_in_at')
    .execute();
}
