import { lazy } from 'react';
import { CalendarOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';

const READERS = ['staff', 'party_branch', 'committee', 'building_leader', 'property_manager', 'property_specialist', 'deputy', 'grid_member'] as const;

/** Monthly meetings, deliberations and forums: attendance per party, minutes, signatures, action items. */
const meetings: ConsoleModule = {
  name: 'meetings',
  routes: [
    { path: 'meetings', page: lazy(() => import('./console/ListPage')), roles: READERS },
    { path: 'meetings/:id', page: lazy(() => import('./console/DetailPage')), roles: READERS },
  ],
  menu: [{ key: 'meetings', label: 'meetings.menu', path: 'meetings', icon: <CalendarOutlined />, roles: READERS }],
};
export default meetings;
