/** Dashboard summary tables (migrations 2026-11-28T12-30-dashboards, 2026-12-03T13-00-dashboard-groups); kept by summaries.ts. */
type N = number;
interface TicketCounters {
  tickets: N;
  st_submitted: N;
  st_accepted: N;
  st_in_progress: N;
  st_waiting_on_reporter: N;
  st_resolved: N;
  st_closed: N;
  st_reopened: N;
  st_rejected: N;
  st_duplicate: N;
  responded_n: N;
  response_s: N;
  resolved_n: N;
  resolution_s: N;
  rated_n: N;
  satisfaction_sum: N;
  reopened_n: N;
  reopens: N;
  ever_resolved_n: N;
}
/** The counters of the grid and category rows (summaries.ts FIGURE_COUNTERS). */
type FigureCounters = Pick<
  TicketCounters,
  | 'tickets'
  | 'st_submitted'
  | 'st_accepted'
  | 'st_in_progress'
  | 'st_waiting_on_reporter'
  | 'st_reopened'
  | 'st_closed'
  | 'responded_n'
  | 'response_s'
  | 'resolved_n'
  | 'resolution_s'
  | 'rated_n'
  | 'satisfaction_sum'
  | 'reopened_n'
  | 'ever_resolved_n'
>;
type Buckets<P extends string> = { [K in `${P}${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14}`]: N };

declare module '../../core/db/types' {
  interface DB {
    dashboard_ticket_cells: { community_id: string; month: string; grid_id: string; category: string } & TicketCounters;
    dashboard_grid_months: { community_id: string; month: string; grid_id: string } & FigureCounters;
    dashboard_category_months: { community_id: string; month: string; category: string } & FigureCounters;
    dashboard_months: { community_id: string; month: string } & TicketCounters &
      Buckets<'resp_h'> &
      Buckets<'res_h'> & {
        meetings_held: N;
        topics_closed: N;
        consultations_held: N;
        consultation_eligible: N;
        consultation_participants: N;
      };
  }
}
export {};
