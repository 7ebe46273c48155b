import { Inbox } from './InboxPage';

/** Overdue tickets the user handles (all of them for staff). */
export default function OverduePage() {
  return <Inbox overdueOnly />;
}
