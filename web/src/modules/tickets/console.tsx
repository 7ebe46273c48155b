import { lazy } from 'react';
import { AlertOutlined, BarChartOutlined, FieldTimeOutlined, InboxOutlined, SettingOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';
import './tickets.css';

const HANDLERS = [
  'staff',
  'party_branch',
  'grid_member',
  'building_leader',
  'property_specialist',
  'property_manager',
  'technician',
] as const;
const OVERSEERS = ['staff', 'party_branch'] as const;
const MANAGERS = ['staff'] as const;

/** 民呼我应 in the console: the grid inbox (all tickets for staff), overdue list, one ticket, figures and ledger, category and reply settings. */
const tickets: ConsoleModule = {
  name: 'tickets',
  routes: [
    { path: 'tickets', page: lazy(() => import('./console/InboxPage')), roles: HANDLERS },
    { path: 'tickets/overdue', page: lazy(() => import('./console/OverduePage')), roles: HANDLERS },
    { path: 'tickets/figures', page: lazy(() => import('./console/FiguresPage')), roles: OVERSEERS },
    { path: 'tickets/settings', page: lazy(() => import('./console/SettingsPage')), roles: MANAGERS },
    { path: 'tickets/:id', page: lazy(() => import('./console/TicketDetailPage')), roles: HANDLERS },
  ],
  menu: [
    {
      key: 'tickets',
      label: 'tickets.inbox',
      icon: <AlertOutlined />,
      roles: HANDLERS,
      children: [
        { key: 'tickets-inbox', label: 'tickets.inbox', path: 'tickets', icon: <InboxOutlined /> },
        { key: 'tickets-overdue', label: 'tickets.overdueList', path: 'tickets/overdue', icon: <FieldTimeOutlined /> },
        {
          key: 'tickets-figures',
          label: 'tickets.figures',
          path: 'tickets/figures',
          icon: <BarChartOutlined />,
          roles: OVERSEERS,
        },
        {
          key: 'tickets-settings',
          label: 'tickets.settings',
          path: 'tickets/settings',
          icon: <SettingOutlined />,
          roles: MANAGERS,
        },
      ],
    },
  ],
};
export default tickets;
