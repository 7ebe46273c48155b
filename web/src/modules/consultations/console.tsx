import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';
import './consultations.css';

const MANAGERS = ['staff', 'party_branch'] as const;
const ARCHIVE = ['staff', 'party_branch', 'committee', 'building_leader', 'deputy'] as const;

/** 征询 in the console: list, create/edit, run (open, paper ballots, second-person confirm, close) and the A4 report. */
const consultations: ConsoleModule = {
  name: 'consultations',
  routes: [
    { path: 'consultations', page: lazy(() => import('./console/ListPage')), roles: ARCHIVE },
    { path: 'consultations/new', page: lazy(() => import('./console/EditPage')), roles: MANAGERS },
    { path: 'consultations/:id/edit', page: lazy(() => import('./console/EditPage')), roles: MANAGERS },
    { path: 'consultations/:id/report', page: lazy(() => import('./console/ReportPage')), roles: ARCHIVE },
    { path: 'consultations/:id', page: lazy(() => import('./console/DetailPage')), roles: ARCHIVE },
  ],
  menu: [
    {
      key: 'consultations',
      label: 'consultations.c.menu',
      path: 'consultations',
      icon: <AuditOutlined />,
      roles: ARCHIVE,
    },
  ],
};
export default consultations;
