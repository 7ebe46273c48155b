import { lazy } from 'react';
import {
  AlertOutlined,
  BarChartOutlined,
  EditOutlined,
  FieldTimeOutlined,
  InboxOutlined,
  QrcodeOutlined,
  SettingOutlined,
} from '@ant-design/icons';
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
/** Who may record a ticket for a resident (server/modules/tickets/tickets.policy.ts RECORDERS). */
const RECORDERS = ['staff', 'party_branch', 'grid_member', 'building_leader', 'property_specialist'] as const;
const OVERSEERS = ['staff', 'party_branch'] as const;
const MANAGERS = ['staff'] as const;

/**
 * 民呼我应 in the console: the grid inbox (all tickets for staff), overdue list, recording for a resident, building QR
 * sheets, one ticket, figures and ledger, category and reply settings.
 */
const tickets: ConsoleModule = {
  name: 'tickets',
  routes: [
    { path: 'tickets', page: lazy(() => import('./console/InboxPage')), roles: HANDLERS },
    { path: 'tickets/overdue', page: lazy(() => import('./console/OverduePage')), roles: HANDLERS },
    { path: 'tickets/record', page: lazy(() => import('./console/RecordPage')), roles: RECORDERS },
    { path: 'tickets/qr', page: lazy(() => import('./console/QrSheetsPage')), roles: HANDLERS },
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
          key: 'tickets-record',
          label: 'tickets.record.menu',
          path: 'tickets/record',
          icon: <EditOutlined />,
          roles: RECORDERS,
        },
        { key: 'tickets-qr', label: 'tickets.qrPage.menu', path: 'tickets/qr', icon: <QrcodeOutlined /> },
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
