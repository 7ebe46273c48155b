import { lazy } from 'react';
import { NotificationOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';
import './notices.css';

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

/** 公示栏: notices created from records, withdrawn, printed A4 / A3. */
const notices: ConsoleModule = {
  name: 'notices',
  routes: [
    { path: 'notices', page: lazy(() => import('./console/BoardPage')), roles: READERS },
    { path: 'notices/:id/print', page: lazy(() => import('./console/PrintPage')), roles: READERS },
  ],
  menu: [{ key: 'notices', label: 'notices.menu', path: 'notices', icon: <NotificationOutlined />, roles: READERS }],
};
export default notices;
