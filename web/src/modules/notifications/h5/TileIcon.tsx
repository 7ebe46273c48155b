import { Badge } from 'antd-mobile';
import { MailOutline } from 'antd-mobile-icons';
import { useUnread } from '../inbox';

/** The home tile's icon with the unread count on it (decorative like every tile icon; the inbox says the count in words). */
export default function TileIcon() {
  const n = useUnread();
  return <Badge content={n > 0 ? (n > 99 ? '99+' : String(n)) : null} color="#a8071a" className="nt-tile-icon"><MailOutline /></Badge>;
}
