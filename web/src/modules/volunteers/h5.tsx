import { HeartOutline } from 'antd-mobile-icons';
import { h5Pages, type H5Module } from '../../h5/registry';
import './tile-messages';

const page = h5Pages(() => import('./h5/messages'));

/** Volunteer activities for residents: sign up, check in and out by the event's QR, see their own hours. */
const volunteers: H5Module = {
  name: 'volunteers',
  routes: [
    { path: 'activities', page: page(() => import('./h5/ListPage')) },
    { path: 'activities/:id/check', page: page(() => import('./h5/CheckPage')) },
  ],
  tiles: [{ key: 'activities', label: 'volunteers.tile', path: 'activities', icon: <HeartOutline /> }],
};
export default volunteers;
