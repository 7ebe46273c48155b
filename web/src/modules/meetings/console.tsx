import { lazy } from 'react';
import { CalendarOutlined, CheckSquareOutlined, MessageOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';

const MANAGERS = ['staff', 'party_branch'] as const;
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

/** Monthly meetings, deliberations and forums: attendance per party, minutes, signatures, action items (and their list across meetings). */
const meetings: ConsoleModule = {
  name: 'meetings',
  routes: [
    { path: 'meetings', page: lazy(() => import('./console/ListPage')), roles: READERS },
    { path: 'meetings/action-items', page: lazy(() => import('./console/ActionItemsPage')), roles: READERS },
    { path: 'meetings/intake', page: lazy(() => import('./console/ChatIntakePage')), roles: MANAGERS },
    { path: 'meetings/:id', page: lazy(() => import('./console/DetailPage')), roles: READERS },
  ],
  menu: [
    { key: 'meetings', label: 'meetings.menu', path: 'meetings', icon: <CalendarOutlined />, roles: READERS },
    {
      key: 'action-items',
      label: 'meetings.items.menu',
      path: 'meetings/action-items',
      icon: <CheckSquareOutlined />,
      roles: READERS,
    },
    {
      key: 'chat-intake',
      label: 'meetings.intake.menu',
      path: 'meetings/intake',
      icon: <MessageOutlined />,
      roles: MANAGERS,
    },
  ],
};
export default meetings;
