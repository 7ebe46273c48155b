import { BillOutline, SoundOutline, UnorderedListOutline } from 'antd-mobile-icons';
import { lazy } from 'react';
import type { H5Module } from '../../h5/registry';
import './messages';
import './tickets.css';

/** 民呼我应 for residents: report (also from a building's QR code), my tickets, a ticket, the public board. */
const tickets: H5Module = {
  name: 'tickets',
  routes: [
    { path: 'tickets/new', page: lazy(() => import('./h5/ReportPage')) },
    { path: 'tickets', page: lazy(() => import('./h5/MyTicketsPage')) },
    { path: 'tickets/board', page: lazy(() => import('./h5/BoardPage')), public: true },
    { path: 'tickets/:id', page: lazy(() => import('./h5/TicketPage')) },
  ],
  tiles: [
    { key: 'tickets-new', label: 'tickets.tileNew', path: 'tickets/new', icon: <SoundOutline /> },
    { key: 'tickets-mine', label: 'tickets.tileMine', path: 'tickets', icon: <UnorderedListOutline /> },
    { key: 'tickets-board', label: 'tickets.tileBoard', path: 'tickets/board', icon: <BillOutline /> },
  ],
};
export default tickets;
