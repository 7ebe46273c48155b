import { Link } from 'react-router-dom';
import { App, Button, List, Segmented, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page';
import { errorText } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { useSession } from '../../../console/session';
import { targetOf, textOf, useInbox, type Notice } from '../inbox';

/** Every message of the signed-in user, newest first: each leads to the ticket it concerns; mark one or all read. */
export default function InboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const s = useSession();
  const inbox = useInbox();
  const act = (p: Promise<void>) => p.catch((e) => message.error(errorText(e)));

  /** Opening a message reads it; one of another community switches the console to that community first. */
  const open = (n: Notice) => {
    if (n.communityId && n.communityId !== s.communityId) s.setCommunityId(n.communityId);
    if (!n.read) void act(inbox.markRead(n.id));
  };

  return (
    <Page
      title={t('notifications.title')}
      extra={
        <Space wrap>
          <Segmented<string>
            aria-label={t('notifications.show')}
            value={inbox.unreadOnly ? 'unread' : 'all'}
            data-testid="nt-filter"
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: t('notifications.unread') },
            ]}
            onChange={(v) => inbox.setUnreadOnly(v === 'unread')}
          />
          <Button disabled={!inbox.unread} onClick={() => void act(inbox.readAll())} data-testid="nt-read-all">
            {t('notifications.readAll')}
          </Button>
          <Link to="/notifications/prefs" data-testid="nt-prefs">
            {t('notifications.prefs.title')}
          </Link>
        </Space>
      }
    >
      {inbox.data && (
        <p className="muted" data-testid="nt-unread">
          {t('notifications.unreadCount', { n: inbox.unread })}
        </p>
      )}
      <List<Notice>
        loading={inbox.loading}
        dataSource={inbox.items}
        data-testid="nt-list"
        bordered
        locale={{ emptyText: t(inbox.unreadOnly ? 'notifications.emptyUnread' : 'notifications.empty') }}
        pagination={
          inbox.data && inbox.data.total > inbox.items.length ? { ...inbox.pagination, position: 'bottom' } : false
        }
        renderItem={(n) => {
          const to = targetOf(n, 'console');
          return (
            <List.Item
              className={n.read ? 'nt-item' : 'nt-item nt-unread'}
              data-testid="nt-item"
              actions={
                n.read
                  ? []
                  : [
                      <Button
                        key="read"
                        size="small"
                        onClick={() => void act(inbox.markRead(n.id))}
                        data-testid="nt-mark-read"
                      >
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <>
                    <span className={`nt-kind nt-kind-${n.kind}`}>
                      {t(`notifications.kind.${n.kind}`, { defaultValue: n.kind })}
                    </span>
                    {!n.read && <span className="nt-unread-tag">{t('notifications.unreadTag')}</span>}
                    {to ? (
                      <Link to={to} onClick={() => open(n)} className="nt-link" data-testid="nt-link">
                        {textOf(n).title}
                      </Link>
                    ) : (
                      <span>{textOf(n).title}</span>
                    )}
                  </>
                }
                description={
                  <>
                    {n.body && <div>{textOf(n).body}</div>}
                    <time dateTime={n.createdAt}>{formatTime(n.createdAt)}</time>
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
    </Page>
  );
}
