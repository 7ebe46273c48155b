import { Link } from 'react-router-dom';
import { Button, List, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/api';
import { formatTime } from '../../../lib/format';
import { Shell } from '../../../h5/Shell';
import { targetOf, textOf, useInbox, type Notice } from '../inbox';

const MAX_PAGE = 100;

/** The resident's messages, newest first, each a large tap target leading to the ticket; read on opening; 查看更多 grows the one page. */
export default function InboxPage() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const act = (p: Promise<void>) => p.catch((e) => Toast.show({ content: errorText(e) }));
  const { unread } = inbox;
  const pageSize = inbox.pagination.pageSize ?? 20;

  const content = (n: Notice) => (
    <>
      <span className={`nt-kind nt-kind-${n.kind}`}>{t(`notifications.kind.${n.kind}`, { defaultValue: n.kind })}</span>
      {!n.read && <span className="nt-unread-tag">{t('notifications.unreadTag')}</span>}
      <span className="nt-h5-title">{textOf(n).title}</span>
      {n.body && <span className="nt-h5-body">{textOf(n).body}</span>}
      <time className="nt-h5-time" dateTime={n.createdAt}>
        {formatTime(n.createdAt)}
      </time>
    </>
  );

  return (
    <Shell title={t('notifications.title')} back="/">
      <div className="nt-h5-bar">
        <p className="h5-intro" role="status" data-testid="nt-unread">
          {inbox.items.length > 0 && t('notifications.unreadCount', { n: unread })}
        </p>
        {unread > 0 && (
          <Button size="small" onClick={() => void act(inbox.readAll())} data-testid="nt-read-all">
            {t('notifications.readAll')}
          </Button>
        )}
      </div>
      <p className="h5-alt">
        <Link to="/notifications/prefs" data-testid="nt-prefs">
          {t('notifications.prefs.title')}
        </Link>
      </p>
      {inbox.data && inbox.items.length === 0 && <p className="h5-intro">{t('notifications.empty')}</p>}
      <List mode="card" data-testid="nt-list">
        {inbox.items.map((n) => {
          const to = targetOf(n, 'h5');
          return (
            <List.Item key={n.id} data-testid="nt-item" className={n.read ? undefined : 'nt-unread'}>
              {to ? (
                <Link
                  to={to}
                  className="nt-h5-item"
                  onClick={() => {
                    if (!n.read) void act(inbox.markRead(n.id));
                  }}
                  data-testid="nt-link"
                >
                  {content(n)}
                </Link>
              ) : (
                content(n)
              )}
            </List.Item>
          );
        })}
      </List>
      {inbox.data && inbox.data.total > inbox.items.length && pageSize < MAX_PAGE && (
        <Button
          block
          size="large"
          onClick={() => inbox.pagination.onChange?.(1, Math.min(MAX_PAGE, pageSize + 20))}
          data-testid="nt-more"
        >
          {t('notifications.more')}
        </Button>
      )}
    </Shell>
  );
}
