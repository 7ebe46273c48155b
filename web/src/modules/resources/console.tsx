import { lazy } from 'react';
import { TeamOutlined } from '@ant-design/icons';
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

/** Partners (结对共建), donations and the three lists. */
const resources: ConsoleModule = {
  name: 'resources',
  routes: [{ path: 'resources', page: lazy(() => import('./console/ResourcesPage')), roles: READERS }],
  menu: [{ key: 'resources', label: 'resources.menu', path: 'resources', icon: <TeamOutlined />, roles: READERS }],
};
export default resources;
