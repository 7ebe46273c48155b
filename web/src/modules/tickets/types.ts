import type { z } from 'zod';
import type { paths } from '../../../../contract/api.gen';
import type { BoardPage, CategoryList, Figures, TicketDetail, TicketState, TicketSummary } from '../../../../contract/tickets';

export type Ticket = z.infer<typeof TicketSummary>;
export type Detail = z.infer<typeof TicketDetail>;
export type Board = z.infer<typeof BoardPage>;
export type Category = z.infer<typeof CategoryList>['items'][number];
export type FiguresT = z.infer<typeof Figures>;
export type Places = paths['/api/communities/{communityId}/tickets/places']['get']['responses'][200]['content']['application/json'];
export type Assignee = paths['/api/communities/{communityId}/tickets/assignees']['get']['responses'][200]['content']['application/json']['items'][number];
export type CreateTicket = NonNullable<paths['/api/communities/{communityId}/tickets']['post']['requestBody']>['content']['application/json'];


/** The states in lifecycle order (the contract's list, kept here so the web bundle carries no Zod). */
export const STATES: TicketState[] = ['submitted', 'accepted', 'in_progress', 'waiting_on_reporter', 'resolved', 'closed', 'reopened', 'rejected', 'duplicate'];
