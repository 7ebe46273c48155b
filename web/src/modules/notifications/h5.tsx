import { h5Pages, type H5Module } from '../../h5/registry';
import TileIcon from './h5/TileIcon';
import './tile-messages';
import './notifications.css';

const page = h5Pages(() => import('./messages'));

/** 我的消息 for residents: their tickets' progress, consultations for their household, each leading to its record; 通知设置. */
const notifications: H5Module = {
  name: 'notifications',
  routes: [
    { path: 'notifications', page: page(() => import('./h5/InboxPage')) },
    { path: 'notifications/prefs', page: page(() => import('./h5/PrefsPage')) },
  ],
  tiles: [{ key: 'notifications', label: 'notifications.tile', path: 'notifications', icon: <TileIcon /> }],
};
export default notifications;
