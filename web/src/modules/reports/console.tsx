import { lazy } from 'react';
import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';
import './reports.css';

/** Roles holding some module's ledger right (the server shows each only its own ledgers). */
const LEDGERS = ['staff', 'party_branch', 'property_manager', 'property_specialist', 'deputy'] as const;
/** Staff write the monthly report; the party branch reads it. */
const REPORTS = ['staff', 'party_branch'] as const;

/** 台账 (every module's ledger as .xlsx) and 月报 (the monthly work report: list, editor, print view). */
const reports: ConsoleModule = {
  name: 'reports',
  routes: [
    { path: 'ledgers', page: lazy(() => import('./console/LedgersPage')), roles: LEDGERS },
    { path: 'monthly-reports', page: lazy(() => import('./console/ReportsPage')), roles: REPORTS },
    { path: 'monthly-reports/:month', page: lazy(() => import('./console/ReportPage')), roles: REPORTS },
    { path: 'monthly-reports/:month/print', page: lazy(() => import('./console/PrintPage')), roles: REPORTS },
  ],
  menu: [
    { key: 'ledgers', label: 'reports.ledgersMenu', path: 'ledgers', icon: <FileExcelOutlined />, roles: LEDGERS },
    {
      key: 'monthly-reports',
      label: 'reports.menu',
      path: 'monthly-reports',
      icon: <FileTextOutlined />,
      roles: REPORTS,
    },
  ],
};
export default reports;
