import { lazy } from 'react';
import { FundOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';

const READERS = [
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'property_manager',
  'property_specialist',
  'deputy',
  'grid_member',
  'party_member',
] as const;

/** Funded projects: budget, spending with invoices, photos, publication. */
const projects: ConsoleModule = {
  name: 'projects',
  routes: [
    { path: 'projects', page: lazy(() => import('./console/ListPage')), roles: READERS },
    { path: 'projects/:id', page: lazy(() => import('./console/DetailPage')), roles: READERS },
  ],
  menu: [{ key: 'projects', label: 'projects.menu', path: 'projects', icon: <FundOutlined />, roles: READERS }],
};
export default projects;
