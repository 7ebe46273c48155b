import { lazy } from 'react';
import { HomeOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';

/** Every console role of the community (the server's workbench.read); each sees the sections of their roles. */
const READERS = [
  'staff',
  'party_branch',
  'committee',
  'building_leader',
  'grid_member',
  'property_manager',
  'property_specialist',
  'deputy',
] as const;

/** 工作台: the console's home page. */
const workbench: ConsoleModule = {
  name: 'workbench',
  routes: [{ path: '', page: lazy(() => import('./console/WorkbenchPage')), roles: READERS }],
  menu: [{ key: 'workbench', label: 'workbench.menu', path: '', icon: <HomeOutlined />, roles: READERS }],
};
export default workbench;
