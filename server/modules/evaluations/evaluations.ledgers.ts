import type { Ledger } from '../../core/ledgers';
import { ROUND_COLUMNS, roundsSheet } from './evaluations.service';

const quarterOf = (m: string) => `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`;

/** Closed evaluation rounds of the quarters the period touches: the same rows as the town's subsidy sheet. */
export const ledgers: Record<string, Ledger> = {
  evaluations: {
    titleZh: '物业考评台账',
    titleEn: 'Property evaluations',
    permission: 'evaluations.manage',
    columns: ROUND_COLUMNS,
    rows: (c, p) => roundsSheet(c, quarterOf(p.from), quarterOf(p.to)),
  },
};
