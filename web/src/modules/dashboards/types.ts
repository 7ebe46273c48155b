import type { TownOverviewT } from '../../../../contract/dashboards';

export type TownRow = TownOverviewT['communities'][number];
export type TownCompany = TownOverviewT['companies'][number];
