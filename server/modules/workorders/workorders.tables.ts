import type { FundingSource, LedgerFund, WorkOrderStatus } from '../../../contract/workorders';

/** Work orders, fee lists, funds and the duty roster (migration 2026-12-02T23-40-workorders). */
declare module '../../core/db/types' {
  interface DB {
    fee_lists: {
      id: string;
      community_id: string;
      version: number;
      note: string;
      created_by: string | null;
      created_at: Time;
    };
    fee_items: {
      id: string;
      community_id: string;
      fee_list_id: string;
      code: string;
      name: string;
      unit: string;
      unit_price_fen: number;
      standard_hours: number;
    };
    workorder_settings: { community_id: string; signoff_threshold_fen: number; updated_at: Time };
    funds: {
      id: string;
      community_id: string;
      kind: LedgerFund;
      name: string;
      balance_fen: number;
      year_budget_fen: number;
      created_at: Time;
      updated_at: Time;
    };
    fund_entries: {
      id: string;
      community_id: string;
      fund_id: string;
      kind: 'deposit' | 'spend';
      amount_fen: number;
      balance_after_fen: number;
      note: string;
      work_order_id: string | null;
      actor_id: string | null;
      at: Time;
    };
    /** The last work-order number of a community's year (migration 2026-12-03T07-40-workorder-counters). */
    work_order_counters: { community_id: string; year: number; last: number };
    work_orders: {
      id: string;
      community_id: string;
      number: string;
      title: string;
      description: string;
      source: 'ticket' | 'inspection' | 'topic';
      source_id: string | null;
      location: string;
      emergency: boolean;
      status: WorkOrderStatus;
      funding_source: FundingSource;
      funding_ref: string | null;
      total_fen: number;
      fee_list_version: number | null;
      assignee_kind: 'property' | 'vendor';
      assignee_name: string | null;
      executor_name: string | null;
      reporter_user_id: string | null;
      created_by: string | null;
      started_at: Time | null;
      completed_at: Time | null;
      completion_note: string | null;
      accepted_at: Time | null;
      accepted_by: string | null;
      acceptance_comment: string | null;
      review_status: 'not_needed' | 'pending' | 'reviewed';
      review_note: string | null;
      reviewed_at: Time | null;
      reviewed_by: string | null;
      /** The estate the work is in (migration 2026-12-03T07-00-oversight-links); null on orders made before. */
      estate_id: string | null;
      cancelled_at: Time | null;
      cancelled_by: string | null;
      cancel_reason: string | null;
      created_at: Time;
      updated_at: Time;
    };
    work_order_items: {
      id: string;
      community_id: string;
      work_order_id: string;
      fee_item_id: string;
      code: string;
      name: string;
      unit: string;
      unit_price_fen: number;
      quantity: number;
      amount_fen: number;
      standard_hours: number;
      position: number;
    };
    work_order_signoffs: {
      id: string;
      community_id: string;
      work_order_id: string;
      role: 'committee' | 'staff';
      user_id: string;
      signer_name: string;
      signed_at: Time;
    };
    work_order_photos: {
      id: string;
      community_id: string;
      work_order_id: string;
      file_key: string;
      thumb_key: string;
      mime: string;
      created_at: Time;
    };
    duty_shifts: {
      id: string;
      community_id: string;
      staff_name: string;
      phone: string;
      user_id: string | null;
      starts_at: Time;
      ends_at: Time;
      note: string;
      created_by: string | null;
      created_at: Time;
      updated_at: Time;
    };
    duty_gap_alerts: { id: string; community_id: string; gap_from: Time; gap_to: Time; created_at: Time };
  }
}
export {};
