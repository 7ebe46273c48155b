import { MailOutline } from 'antd-mobile-icons';
import { useUnread } from '../inbox';

/**
 * The home tile's icon with the unread count on it (decorative like every tile icon; the inbox says the
 * count in words). Plain markup, not antd-mobile's Badge: this is loaded with the app's entry, and the
 * library's stylesheet there would land after h5.css and undo its colour overrides.
 */
export default function TileIcon() {
  const n = useUnread();
  return (
    <span className="nt-tile-icon">
      <MailOutline />
      {n > 0 && <span className="nt-tile-badge">{n > 99 ? '99+' : n}</span>}
    </span>
  );
}
