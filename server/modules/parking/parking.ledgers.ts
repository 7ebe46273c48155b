import { yuan, type Ledger } from '../../core/ledgers';
import './parking.tables';

/** Car parks with their spaces, registered vehicles of the community and the rule in force at the period's end. */
export const ledgers: Record<string, Ledger> = {
  parking: {
    titleZh: '停车管理台账',
    titleEn: 'Parking',
    permission: 'parking.manage',
    columns: [
      { header: '停车场', width: 20 },
      { header: '启用日期', width: 12 },
      { header: '车位总数', width: 8 },
      { header: '已编号车位', width: 10 },
      { header: '业主优先车位', width: 12 },
      { header: '现行规则生效日', width: 14 },
      { header: '免费时长(分钟)', width: 12 },
      { header: '收费(元/小时)', width: 12 },
      { header: '每日封顶(元)', width: 12 },
      { header: '登记车辆(全居民区)', width: 16 },
    ],
    async rows(c, p) {
      const [parks, spaces, rules, vehicles] = await Promise.all([
        c.db
          .selectFrom('car_parks')
          .where('community_id', '=', c.communityId)
          .select(['id', 'name', 'opened_on', 'total_spaces'])
          .orderBy('name')
          .execute(),
        c.db
          .selectFrom('parking_spaces')
          .where('community_id', '=', c.communityId)
          .select(['car_park_id', 'owner_priority'])
          .execute(),
        c.db
          .selectFrom('parking_rules')
          .where('community_id', '=', c.communityId)
          .where('effective_on', '<', p.toDate)
          .select(['car_park_id', 'effective_on', 'free_minutes', 'fee_fen_per_hour', 'daily_cap_fen'])
          .orderBy('effective_on', 'desc')
          .execute(),
        c.db
          .selectFrom('parking_vehicles')
          .where('community_id', '=', c.communityId)
          .where('created_at', '<', p.toIso)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return parks.map((k) => {
        const mine = spaces.filter((s) => s.car_park_id === k.id);
        const rule = rules.find((r) => r.car_park_id === k.id);
        return [
          k.name,
          k.opened_on,
          k.total_spaces,
          mine.length,
          mine.filter((s) => s.owner_priority).length,
          rule?.effective_on ?? null,
          rule?.free_minutes ?? null,
          rule ? yuan(rule.fee_fen_per_hour) : null,
          rule ? yuan(rule.daily_cap_fen) : null,
          Number(vehicles.n),
        ];
      });
    },
  },
};
