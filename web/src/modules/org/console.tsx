import { lazy } from 'react';
import {
  ApartmentOutlined,
  HomeOutlined,
  TeamOutlined,
  UserOutlined,
  DashboardOutlined,
  ClusterOutlined,
  BankOutlined,
  IdcardOutlined,
  FileExcelOutlined,
  BuildOutlined,
} from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import { ORG_MANAGE, ORG_READ } from './codes';

const OverviewPage = lazy(() => import('./pages/OverviewPage'));
const EstatesPage = lazy(() => import('./pages/EstatesPage'));
const GridsPage = lazy(() => import('./pages/GridsPage'));
const BuildingsPage = lazy(() => import('./pages/BuildingsPage'));
const JoinCodesPage = lazy(() => import('./pages/JoinCodesPage'));
const HouseholdsPage = lazy(() => import('./pages/HouseholdsPage'));
const ResidentsPage = lazy(() => import('./pages/ResidentsPage'));
const OrganizationsPage = lazy(() => import('./pages/OrganizationsPage'));
const AccountsPage = lazy(() => import('./pages/AccountsPage'));
const RostersPage = lazy(() => import('./pages/RostersPage'));

/** People and places: the structure overview (org/overview; the home page is the workbench), estates, grids, buildings, households, residents, bodies, accounts, rosters. */
const org: ConsoleModule = {
  name: 'org',
  routes: [
    { path: 'org/overview', page: OverviewPage, roles: ORG_READ },
    { path: 'org/estates', page: EstatesPage, roles: ORG_READ },
    { path: 'org/grids', page: GridsPage, roles: ORG_READ },
    { path: 'org/buildings', page: BuildingsPage, roles: ORG_READ },
    { path: 'org/buildings/:id/join-codes', page: JoinCodesPage, roles: ORG_MANAGE },
    { path: 'org/households', page: HouseholdsPage, roles: ORG_READ },
    { path: 'org/residents', page: ResidentsPage, roles: ORG_READ },
    { path: 'org/organizations', page: OrganizationsPage, roles: ORG_READ },
    { path: 'org/accounts', page: AccountsPage, roles: ORG_MANAGE },
    { path: 'org/rosters', page: RostersPage, roles: ORG_MANAGE },
  ],
  menu: [
    {
      key: 'org',
      label: 'nav.org',
      icon: <ApartmentOutlined />,
      roles: ORG_READ,
      children: [
        { key: 'overview', label: 'nav.overview', path: 'org/overview', icon: <DashboardOutlined /> },
        { key: 'estates', label: 'nav.estates', path: 'org/estates', icon: <BankOutlined /> },
        { key: 'grids', label: 'nav.grids', path: 'org/grids', icon: <ClusterOutlined /> },
        { key: 'buildings', label: 'nav.buildings', path: 'org/buildings', icon: <BuildOutlined /> },
        { key: 'households', label: 'nav.households', path: 'org/households', icon: <HomeOutlined /> },
        { key: 'residents', label: 'nav.residents', path: 'org/residents', icon: <UserOutlined /> },
        { key: 'organizations', label: 'nav.organizations', path: 'org/organizations', icon: <TeamOutlined /> },
        { key: 'accounts', label: 'nav.accounts', path: 'org/accounts', icon: <IdcardOutlined />, roles: ORG_MANAGE },
        { key: 'rosters', label: 'nav.rosters', path: 'org/rosters', icon: <FileExcelOutlined />, roles: ORG_MANAGE },
      ],
    },
  ],
};
export default org;
