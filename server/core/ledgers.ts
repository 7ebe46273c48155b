import type ExcelJS from 'exceljs';
import type { RequestContext } from './context';
import { safeCell } from './xlsx';

/**
 * Ledgers (台账, SPEC §8): each module declares the ledgers of its own records in its manifest (`ledgers`), and
 * installModules() registers them here; the reports module lists the ones a caller may export and writes them as
 * .xlsx with a cover sheet. The registry lives in core (like jobs and verifiers) so that a module declaring a
 * ledger imports nothing of the reports module, and the reports module imports no module to find them.
 */

/** A period of whole months, Asia/Shanghai: `from`..`to` (YYYY-MM) as dates [fromDate, toDate) and instants. */
export interface LedgerPeriod {
  from: string;
  to: string;
  fromDate: string;
  toDate: string;
  fromIso: string;
  toIso: string;
}

export type LedgerCell = string | number | null;
/** Rows with their own columns, for a ledger whose columns depend on the data (a rubric's items). */
export interface LedgerSheet {
  columns: Ledger['columns'];
  rows: LedgerCell[][];
}

export interface Ledger {
  titleZh: string;
  titleEn: string;
  /** The policy action a caller needs in the community to export it (the module's own read right for it). */
  permission: string;
  /** The standard columns, in order (zh headers: the sheet is handed to the 街道 as it is). */
  columns: Array<{ header: string; width?: number }>;
  /**
   * The rows of the period, one array per row in column order (or with columns of their own, standard ones first). The module masks personal data as its own
   * routes do for this caller (phones and ID numbers stay masked).
   */
  rows(c: RequestContext, period: LedgerPeriod): Promise<LedgerCell[][] | LedgerSheet>;
}

const registry = new Map<string, Ledger & { key: string; module: string }>();

export function registerLedger(module: string, key: string, ledger: Ledger): void {
  if (!/^[a-z][a-z0-9_]*$/.test(key)) throw new Error(`Ledger key ${key} must be lower_snake_case`);
  if (registry.has(key)) throw new Error(`Ledger ${key} is declared twice`);
  registry.set(key, { ...ledger, key, module });
}

/** Every registered ledger, in registration (module dependency) order. */
export const allLedgers = () => [...registry.values()];
export const ledgerOf = (key: string) => registry.get(key);

const CN = 8 * 3600_000;
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthStart = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;

/** [from, to] months (Asia/Shanghai) as a LedgerPeriod. */
export function ledgerPeriod(from: string, to: string): LedgerPeriod {
  const fromDate = monthStart(monthIndex(from));
  const toDate = monthStart(monthIndex(to) + 1);
  const iso = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - CN).toISOString();
  return { from, to, fromDate, toDate, fromIso: iso(fromDate), toIso: iso(toDate) };
}

/** An instant as China time, `YYYY-MM-DD HH:mm`, for a ledger cell. */
export const cnTime = (iso: string | null | undefined): string | null =>
  iso ? new Date(Date.parse(iso) + CN).toISOString().slice(0, 16).replace('T', ' ') : null;
/** Whole fen as yuan with two decimals. */
export const yuan = (fen: number | null | undefined): number | null => (fen == null ? null : Math.round(fen) / 100);

/**
 * One ledger as a worksheet of `wb`: a bold, frozen header row and every text cell through safeCell, so a value
 * that looks like a formula (=, +, -, @) stays text. Shared by the reports module and the modules' own export routes.
 */
export function addLedgerSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: Ledger['columns'],
  rows: readonly LedgerCell[][],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 12 }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => safeCell(v)));
  return ws;
}
