import { lazy } from 'react';
import type { H5Module } from '../../h5/registry';
import TileIcon from './h5/TileIcon';
import './messages';
import './notifications.css';

/** 我的消息 for residents: what happened to their tickets (progress, requests to confirm), each leading to the ticket. */
const notifications: H5Module = {
  name: 'notifications',
  routes: [{ path: 'notifications', page: lazy(() => import('./h5/InboxPage')) }],
  tiles: [{ key: 'notifications', label: 'notifications.tile', path: 'notifications', icon: <TileIcon /> }],
};
export default notifications;
