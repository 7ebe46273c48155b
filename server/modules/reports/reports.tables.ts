import type { ReportFiguresT, ReportSection } from '../../../contract/reports';

/** Monthly work reports (migration 2026-12-03T10-00-monthly-reports). */
declare module '../../core/db/types' {
  interface DB {
    monthly_reports: {
      id: string;
      community_id: string;
      month: string;
      status: 'draft' | 'final';
      figures: Json<ReportFiguresT>;
      sections: Json<Record<ReportSection, string>>;
      created_by: string;
      created_by_name: string;
      finalised_by: string | null;
      finalised_by_name: string | null;
      finalised_at: Time | null;
      content_hash: string | null;
      created_at: Time;
      updated_at: Time;
    };
  }
}
