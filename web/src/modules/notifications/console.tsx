import { lazy } from 'react';
import type { ConsoleModule } from '../../console/registry';
import Bell from './console/Bell';
import './messages';
import './notifications.css';

/** The in-app inbox in the console: a bell with the unread count in the top bar, and the message list. */
const notifications: ConsoleModule = {
  name: 'notifications',
  routes: [{ path: 'notifications', page: lazy(() => import('./console/InboxPage')) }],
  menu: [],
  header: Bell,
};
export default notifications;
