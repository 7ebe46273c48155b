import { lazy } from 'react';
import { CarOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import './messages';

const READERS = ['staff', 'party_branch', 'committee', 'property_manager', 'property_specialist', 'deputy'] as const;

/** Parking: car parks, spaces, vehicles (masked plates) and rule versions with the decision behind each. */
const parking: ConsoleModule = {
  name: 'parking',
  routes: [
    { path: 'parking', page: lazy(() => import('./console/ListPage')), roles: READERS },
    { path: 'parking/:id', page: lazy(() => import('./console/DetailPage')), roles: READERS },
  ],
  menu: [{ key: 'parking', label: 'parking.menu', path: 'parking', icon: <CarOutlined />, roles: READERS }],
};
export default parking;
