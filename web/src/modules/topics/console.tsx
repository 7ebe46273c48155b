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
] as const;

/** 四方议事 in the console: topics with their stage path, evidence, decision and four-party sign-offs. */
const topics: ConsoleModule = {
  name: 'topics',
  routes: [
    { path: 'topics', page: lazy(() => import('./console/ListPage')), roles: READERS },
    { path: 'topics/:id', page: lazy(() => import('./console/DetailPage')), roles: READERS },
  ],
  menu: [{ key: 'topics', label: 'topics.menu', path: 'topics', icon: <TeamOutlined />, roles: READERS }],
};
export default topics;
