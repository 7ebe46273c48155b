import { lazy } from 'react';
import { ToolOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';
import './workorders.css';

const SERVING = [
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'grid_member',
  'property_manager',
  'property_specialist',
  'technician',
  'deputy',
] as const;

/** 维修 and 24小时驻扎 in the console: work orders with quote, sign-off and acceptance; the fee list; fund ledgers; the duty roster. */
const workorders: ConsoleModule = {
  name: 'workorders',
  routes: [
    { path: 'work-orders', page: lazy(() => import('./console/ListPage')), roles: SERVING },
    { path: 'work-orders/:id', page: lazy(() => import('./console/DetailPage')), roles: SERVING },
    { path: 'fee-list', page: lazy(() => import('./console/FeeListPage')), roles: SERVING },
    { path: 'funds', page: lazy(() => import('./console/FundsPage')), roles: SERVING },
    { path: 'duty', page: lazy(() => import('./console/RosterPage')), roles: SERVING },
  ],
  menu: [
    {
      key: 'workorders',
      label: 'workorders.menu',
      icon: <ToolOutlined />,
      roles: SERVING,
      children: [
        { key: 'work-orders', label: 'workorders.list', path: 'work-orders', roles: SERVING },
        { key: 'fee-list', label: 'workorders.feeList', path: 'fee-list', roles: SERVING },
        { key: 'funds', label: 'workorders.funds', path: 'funds', roles: SERVING },
        { key: 'duty', label: 'workorders.roster', path: 'duty', roles: SERVING },
      ],
    },
  ],
};
export default workorders;
