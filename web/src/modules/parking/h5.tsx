import { TruckOutline } from 'antd-mobile-icons';
import { h5Pages, type H5Module } from '../../h5/registry';
import './tile-messages';

const page = h5Pages(
  () => import('./messages'),
  () => import('./parking.css'),
);

/** 停车 for residents: the household's vehicles and the rules in force, each answering "why?" with its consultation. */
const parking: H5Module = {
  name: 'parking',
  routes: [{ path: 'parking', page: page(() => import('./h5/MyParkingPage')) }],
  tiles: [{ key: 'parking', label: 'parking.tile', path: 'parking', icon: <TruckOutline /> }],
};
export default parking;
