import { addMessages } from '../../app/i18n';

/** The notifications module's own strings (zh-CN first), merged under `notifications.`. */
addMessages({
  'zh-CN': {
    notifications: {
      title: '我的消息',
      tile: '我的消息',
      bell: '消息，{{n}} 条未读',
      all: '全部',
      unread: '未读',
      unreadTag: '未读',
      readAll: '全部标为已读',
      markRead: '标为已读',
      empty: '暂无消息',
      emptyUnread: '没有未读消息',
      more: '查看更多',
      open: '查看诉求',
      unreadCount: '{{n}} 条未读',
      show: '显示',
      kind: { ticket_assigned: '新指派', ticket_state: '进展', ticket_overdue: '超期提醒', ticket_confirm: '待确认' },
    },
  },
  en: {
    notifications: {
      title: 'Messages',
      tile: 'My messages',
      bell: 'Messages, {{n}} unread',
      all: 'All',
      unread: 'Unread',
      unreadTag: 'Unread',
      readAll: 'Mark all read',
      markRead: 'Mark read',
      empty: 'No messages',
      emptyUnread: 'No unread messages',
      more: 'Show more',
      open: 'Open the ticket',
      unreadCount: '{{n}} unread',
      show: 'Show',
      kind: {
        ticket_assigned: 'Assigned',
        ticket_state: 'Update',
        ticket_overdue: 'Overdue',
        ticket_confirm: 'To confirm',
      },
    },
  },
});
