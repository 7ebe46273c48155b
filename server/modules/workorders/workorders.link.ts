/** The type under which tickets link to a work order (tickets' link registry; the ticket page and `ticketsLinkedTo`). */
export const LINK_TYPE = 'workorder';
/** A topic's evidence may point at the community's fee list (by the list version's id) and its duty roster (by the community's id). */
export const FEE_LIST_LINK = 'fee_list';
export const ROSTER_LINK = 'duty_roster';
