import type { z } from 'zod';
import type { BoardPage, CategoryList, Figures, TicketDetail, TicketState, TicketSummary } from '../../../../contract/tickets';

export type Ticket = z.infer<typeof TicketSummary>;
export type Detail = z.infer<typeof TicketDetail>;
export type Board = z.infer<typeof BoardPage>;
export type Category = z.infer<typeof CategoryList>['items'][number];
export type FiguresT = z.infer<typeof Figures>;
export interface Places { estates: Array<{ id: string; name: string; buildings: Array<{ id: string; name: string }> }>; myBuildingId: string | null }
export interface Assignee { id: string; name: string; gridIds: string[]; roles: string[] }

/** Ticket API URLs of a community. */
export const ticketsUrl = (c: string, rest = '') => `/api/communities/${c}/tickets${rest}`;

/** One Idempotency-Key per filled-in form, so a retried submit cannot file the ticket twice. */
export const newIdempotencyKey = () => `t-${crypto.randomUUID()}`;


/** The states in lifecycle order (the contract's list, kept here so the web bundle carries no Zod). */
export const STATES: TicketState[] = ['submitted', 'accepted', 'in_progress', 'waiting_on_reporter', 'resolved', 'closed', 'reopened', 'rejected', 'duplicate'];
