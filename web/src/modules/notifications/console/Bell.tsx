import { Badge } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUnread } from '../inbox';

/** The top-bar bell: unread count, refreshed on every page change; opens the inbox. */
export default function Bell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const n = useUnread(pathname);
  return (
    <Link to="/notifications" className="nt-bell" aria-label={t('notifications.bell', { n })} data-testid="bell">
      <Badge count={n} overflowCount={99} color="#a8071a" data-testid="bell-count">
        <BellOutlined aria-hidden="true" className="nt-bell-icon" />
      </Badge>
    </Link>
  );
}
