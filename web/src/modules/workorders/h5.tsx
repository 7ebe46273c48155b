import { PhoneFill, CheckShieldOutline } from 'antd-mobile-icons';
import { h5Pages, type H5Module } from '../../h5/registry';
import './tile-messages';

const page = h5Pages(
  () => import('./messages'),
  () => import('./workorders.css'),
);

/** For residents: who of the property company is on duty now (with a call button), and repairs from their tickets to accept. */
const workorders: H5Module = {
  name: 'workorders',
  routes: [
    { path: 'duty', page: page(() => import('./h5/DutyPage')) },
    { path: 'repairs', page: page(() => import('./h5/MyRepairsPage')) },
    { path: 'repairs/:id', page: page(() => import('./h5/RepairPage')) },
  ],
  tiles: [
    { key: 'duty', label: 'workorders.tileDuty', path: 'duty', icon: <PhoneFill /> },
    { key: 'repairs', label: 'workorders.tileRepairs', path: 'repairs', icon: <CheckShieldOutline /> },
  ],
};
export default workorders;
