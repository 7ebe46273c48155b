import { yuan, type Ledger } from '../../core/ledgers';
import { organizationNames } from '../org/people.service';
import './resources.tables';

/** Donations received in the period (共建资源与捐赠), donor organisations named through org. */
export const ledgers: Record<string, Ledger> = {
  donations: {
    titleZh: '共建捐赠台账',
    titleEn: 'Donations',
    permission: 'resources.manage',
    columns: [
      { header: '接收日期', width: 12 },
      { header: '物品', width: 24 },
      { header: '数量', width: 8 },
      { header: '单位', width: 6 },
      { header: '价值(元)', width: 10 },
      { header: '捐赠方', width: 20 },
      { header: '去向', width: 24 },
    ],
    async rows(c, p) {
      const rows = await c.db
        .selectFrom('donations')
        .where('community_id', '=', c.communityId)
        .where('received_on', '>=', p.fromDate)
        .where('received_on', '<', p.toDate)
        .select(['received_on', 'item', 'quantity', 'unit', 'value_fen', 'donor_org_id', 'donor_name', 'destination'])
        .orderBy('received_on')
        .execute();
      const orgs = await organizationNames(
        c.db,
        c.communityId,
        rows.map((r) => r.donor_org_id).filter((x): x is string => !!x),
      );
      return rows.map((r) => [
        r.received_on,
        r.item,
        r.quantity,
        r.unit,
        yuan(r.value_fen),
        (r.donor_org_id ? orgs.get(r.donor_org_id) : null) ?? r.donor_name,
        r.destination,
      ]);
    },
  },
};
