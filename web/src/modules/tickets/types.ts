import type { z } from 'zod';
import type { Body } from '../../lib/api';
import type { CategoryList, Figures, TicketState, TicketSummary } from '../../../../contract/tickets';

export type Ticket = z.infer<typeof TicketSummary>;
export type Category = z.infer<typeof CategoryList>['items'][number];
export type FiguresT = z.infer<typeof Figures>;
export type CreateTicket = Body<'/api/communities/{communityId}/tickets'>;

/** The states in lifecycle order (the contract's list, kept here so the web bundle carries no Zod). */
export const STATES: TicketState[] = [
  'submitted',
  'accepted',
  'in_progress',
  'waiting_on_reporter',
  'resolved',
  'closed',
  'reopened',
  'rejected',
  'duplicate',
];
