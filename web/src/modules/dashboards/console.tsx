import { lazy } from 'react';
import { BarChartOutlined, ClusterOutlined, PartitionOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';

/** Who sees a community's dashboard (the server's dashboards.read); the town view is the platform admin's alone. */
const READERS = ['staff', 'party_branch'] as const;
const ADMIN_ONLY: readonly string[] = [];
/** The grid dashboard (dashboards.grid.read): also grid team members, who see their own grids. */
const GRID_READERS = ['staff', 'party_branch', 'grid_member'] as const;

/** Community dashboard, the grid dashboard and the town view; the pages (and their charts) load on demand. */
const dashboards: ConsoleModule = {
  name: 'dashboards',
  routes: [
    { path: 'dashboard', page: lazy(() => import('./console/DashboardPage')), roles: READERS },
    { path: 'grid-dashboard', page: lazy(() => import('./console/GridPage')), roles: GRID_READERS },
    { path: 'town', page: lazy(() => import('./console/TownPage')), roles: ADMIN_ONLY },
  ],
  menu: [
    { key: 'dashboard', label: 'dashboards.menu', path: 'dashboard', icon: <BarChartOutlined />, roles: READERS },
    {
      key: 'grid-dashboard',
      label: 'dashboards.gridMenu',
      path: 'grid-dashboard',
      icon: <PartitionOutlined />,
      roles: GRID_READERS,
    },
    { key: 'town', label: 'dashboards.town', path: 'town', icon: <ClusterOutlined />, roles: ADMIN_ONLY },
  ],
};
export default dashboards;
