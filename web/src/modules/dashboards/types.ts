import type { DashboardT, TownOverviewT } from '../../../../contract/dashboards';

export type Dashboard = DashboardT;
export type TownOverview = TownOverviewT;
export type TownRow = TownOverviewT['communities'][number];
export interface TownItem { id: string; name: string; communities: number }

export const dashboardUrl = (c: string) => `/api/communities/${c}/dashboard`;
export const townUrl = (town: string) => `/api/towns/${town}/overview`;
