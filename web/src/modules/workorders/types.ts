import type { z } from 'zod';
import type { DutyShiftList, FeeList, Fund, FundLedger, OnDutyNow, WorkOrder, WorkOrderSummary } from '../../../../contract/workorders';

export type WorkOrder = z.infer<typeof WorkOrder>;
export type WorkOrderSummary = z.infer<typeof WorkOrderSummary>;
export type FeeList = z.infer<typeof FeeList>;
export type Fund = z.infer<typeof Fund>;
export type FundLedger = z.infer<typeof FundLedger>;
export type DutyShiftList = z.infer<typeof DutyShiftList>;
export type OnDutyNow = z.infer<typeof OnDutyNow>;

/** The work-order API of one community (reads; writes go through the typed client). */
export const woUrl = (c: string, rest = '') => `/api/communities/${c}${rest}`;
/** Fen as yuan with two decimals: ¥2,410.00. */
export const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
