import { BillOutline, SoundOutline, UnorderedListOutline } from 'antd-mobile-icons';
import { h5Pages, type H5Module } from '../../h5/registry';
import './tile-messages';

const page = h5Pages(
  () => import('./messages'),
  () => import('./tickets.css'),
);

/** 民呼我应 for residents: report (also from a building's QR code), my tickets, a ticket, the public board. */
const tickets: H5Module = {
  name: 'tickets',
  routes: [
    { path: 'tickets/new', page: page(() => import('./h5/ReportPage')) },
    { path: 'tickets', page: page(() => import('./h5/MyTicketsPage')) },
    { path: 'tickets/board', page: page(() => import('./h5/BoardPage')), public: true },
    { path: 'tickets/:id', page: page(() => import('./h5/TicketPage')) },
  ],
  tiles: [
    { key: 'tickets-new', label: 'tickets.tileNew', path: 'tickets/new', icon: <SoundOutline /> },
    { key: 'tickets-mine', label: 'tickets.tileMine', path: 'tickets', icon: <UnorderedListOutline /> },
    { key: 'tickets-board', label: 'tickets.tileBoard', path: 'tickets/board', icon: <BillOutline /> },
  ],
};
export default tickets;
