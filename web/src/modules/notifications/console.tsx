import { lazy } from 'react';
import { NotificationOutlined } from '@ant-design/icons';
import type { ConsoleModule } from '../../console/registry';
import Bell from './console/Bell';
import './messages';
import './notifications.css';

const STAFF = ['staff'] as const;

/** The in-app inbox in the console: a bell with the unread count in the top bar, and the message list. */
const notifications: ConsoleModule = {
  name: 'notifications',
  routes: [
    { path: 'notifications', page: lazy(() => import('./console/InboxPage')) },
    { path: 'notifications/prefs', page: lazy(() => import('./console/PrefsPage')) },
    { path: 'notifications/channels', page: lazy(() => import('./console/ChannelsPage')), roles: STAFF },
  ],
  menu: [
    {
      key: 'notification-channels',
      label: 'notifications.channels.menu',
      path: 'notifications/channels',
      icon: <NotificationOutlined />,
      roles: STAFF,
    },
  ],
  header: Bell,
};
export default notifications;
