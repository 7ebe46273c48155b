/** The type under which tickets link to a work order (tickets' link registry; the ticket page and `ticketsLinkedTo`). */
export const LINK_TYPE = 'workorder';
