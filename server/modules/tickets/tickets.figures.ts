import type { Conn } from '../../core/db/kysely';
import { loadExcel } from '../../core/lazy';
import { addLedgerSheet, type Ledger, type LedgerCell } from '../../core/ledgers';
import { maskName } from '../../core/pii';
import { CHANNEL_LABELS, TICKET_STATE_LABELS, type TicketState } from '../../../contract/tickets';
import { categoryRules } from './categories.service';
import { isOverdue } from './tickets.queries';
import './tickets.tables';
import * as org from '../org/org.service';

const H = 3600_000;
const round1 = (x: number) => Math.round(x * 10) / 10;
const avg = (xs: number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
/** Months are the community's (Asia/Shanghai, UTC+8, no daylight saving). */
const CN = 8 * H;
const monthOf = (ts: string) => new Date(Date.parse(ts) + CN).toISOString().slice(0, 7);
const cnTime = (ts: string | null) =>
  ts ? new Date(Date.parse(ts) + CN).toISOString().slice(0, 16).replace('T', ' ') : '';

async function rowsFor(conn: Conn, communityId: string, from?: string, to?: string) {
  let q = conn.selectFrom('tickets as t').where('t.community_id', '=', communityId);
  if (from) q = q.where('t.created_at', '>=', new Date(Date.parse(from) - CN).toISOString());
  if (to) q = q.where('t.created_at', '<', new Date(Date.parse(to) + 24 * H - CN).toISOString());
  const rows = await q
    .select([
      't.grid_id',
      't.category',
      't.state',
      't.created_at',
      't.accepted_at',
      't.resolved_at',
      't.closed_at',
      't.satisfaction',
      't.reopen_count',
      't.paused_ms',
      't.response_due_at',
      't.resolution_due_at',
    ])
    .orderBy('t.created_at')
    .execute();
  const grids = (await org.placeNames(conn, communityId, { grids: rows.map((r) => r.grid_id) })).grids;
  return rows.map((r) => ({ ...r, grid_name: r.grid_id ? (grids.get(r.grid_id) ?? null) : null }));
}
type Row = Awaited<ReturnType<typeof rowsFor>>[number];

function figure(key: string, label: string, rows: Row[], now: number) {
  const responded = rows.filter((r) => r.accepted_at);
  // Time waiting on the reporter is not the team's time.
  const resolved = rows.filter((r) => r.resolved_at || r.state === 'closed');
  const everResolved = rows.filter((r) => r.resolved_at || r.state === 'closed' || r.reopen_count > 0);
  const rated = rows.filter((r) => r.satisfaction !== null);
  return {
    key,
    label,
    tickets: rows.length,
    responded: responded.length,
    resolved: resolved.length,
    closed: rows.filter((r) => r.state === 'closed').length,
    avgResponseHours: avg(responded.map((r) => (Date.parse(r.accepted_at!) - Date.parse(r.created_at)) / H)),
    avgResolutionHours: avg(
      resolved
        .filter((r) => r.resolved_at)
        .map((r) => (Date.parse(r.resolved_at!) - Date.parse(r.created_at) - Number(r.paused_ms)) / H),
    ),
    avgSatisfaction: rated.length
      ? Math.round((rated.reduce((a, r) => a + r.satisfaction!, 0) / rated.length) * 100) / 100
      : null,
    reopenRate: everResolved.length
      ? Math.round((rows.filter((r) => r.reopen_count > 0).length / everResolved.length) * 1000) / 1000
      : null,
    overdue: rows.filter((r) => isOverdue(r, now)).length,
  };
}

function groupBy(rows: Row[], key: (r: Row) => string): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) (m.get(key(r)) ?? m.set(key(r), []).get(key(r))!).push(r);
  return m;
}

/** Response and resolution times, satisfaction and reopen rate, by grid, category and month (SPEC §2, §8). */
export async function figures(conn: Conn, communityId: string, now: number, from?: string, to?: string) {
  const [rows, rules] = await Promise.all([rowsFor(conn, communityId, from, to), categoryRules(conn, communityId)]);
  const byGrid = [...groupBy(rows, (r) => r.grid_id ?? '-')]
    .map(([k, rs]) => figure(k, rs[0].grid_name ?? '未分网格', rs, now))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh'));
  const byCategory = [...groupBy(rows, (r) => r.category)]
    .map(([k, rs]) => figure(k, rules.find((c) => c.code === k)?.labelZh ?? k, rs, now))
    .sort((a, b) => b.tickets - a.tickets);
  const byMonth = [...groupBy(rows, (r) => monthOf(r.created_at))]
    .map(([k, rs]) => figure(k, k, rs, now))
    .sort((a, b) => a.key.localeCompare(b.key));
  const byState = [...groupBy(rows, (r) => r.state)].map(([state, rs]) => ({ state, count: rs.length }));
  return { total: figure('all', '全部', rows, now), byGrid, byCategory, byMonth, byState };
}

/** The 民呼我应 ledger's standard columns (the tickets ledger of the reports module and `tickets/ledger.xlsx`). */
export const ledgerColumns: Ledger['columns'] = [
  { header: '编号', width: 18 },
  { header: '标题', width: 30 },
  { header: '类别', width: 10 },
  { header: '状态', width: 10 },
  { header: '紧急程度', width: 8 },
  { header: '渠道', width: 10 },
  { header: '小区', width: 12 },
  { header: '楼栋', width: 8 },
  { header: '公共区域', width: 14 },
  { header: '网格', width: 10 },
  { header: '负责人', width: 10 },
  { header: '反映人', width: 8 },
  { header: '同问户数', width: 8 },
  { header: '重开次数', width: 8 },
  { header: '满意度', width: 8 },
  { header: '评价', width: 24 },
  { header: '办结/驳回说明', width: 24 },
  { header: '提交时间', width: 17 },
  { header: '响应时间', width: 17 },
  { header: '解决时间', width: 17 },
  { header: '办结时间', width: 17 },
  { header: '是否超期', width: 8 },
];

/** The tickets created in [fromIso, toIso) as ledger rows; reporters' names masked. */
export async function ledgerRows(
  conn: Conn,
  communityId: string,
  now: number,
  fromIso?: string,
  toIso?: string,
): Promise<LedgerCell[][]> {
  const rules = await categoryRules(conn, communityId);
  let q = conn
    .selectFrom('tickets as t')
    .leftJoin('users as a', 'a.id', 't.assignee_user_id')
    .where('t.community_id', '=', communityId);
  if (fromIso) q = q.where('t.created_at', '>=', fromIso);
  if (toIso) q = q.where('t.created_at', '<', toIso);
  const rows = await q
    .select([
      't.number',
      't.title',
      't.category',
      't.state',
      't.urgency',
      't.channel',
      't.estate_id',
      't.building_id',
      't.area',
      't.grid_id',
      'a.display_name as assignee',
      't.reporter_resident_id',
      't.support_count',
      't.reopen_count',
      't.satisfaction',
      't.satisfaction_comment',
      't.closing_reason',
      't.created_at',
      't.accepted_at',
      't.resolved_at',
      't.closed_at',
      't.response_due_at',
      't.resolution_due_at',
    ])
    .orderBy('t.created_at')
    .execute();
  // Places and reporters are org's: named in one batch per kind.
  const [names, reporters] = await Promise.all([
    org.placeNames(conn, communityId, {
      estates: rows.map((r) => r.estate_id),
      buildings: rows.map((r) => r.building_id),
      grids: rows.map((r) => r.grid_id),
    }),
    org.residentsOf(
      conn,
      communityId,
      rows.map((r) => r.reporter_resident_id),
    ),
  ]);
  const name = (m: Map<string, string>, id: string | null) => (id ? (m.get(id) ?? null) : null);
  return rows.map((r) => [
    r.number,
    r.title,
    rules.find((c) => c.code === r.category)?.labelZh ?? r.category,
    TICKET_STATE_LABELS[r.state as TicketState] ?? r.state,
    r.urgency === 'urgent' ? '紧急' : '一般',
    CHANNEL_LABELS[r.channel as keyof typeof CHANNEL_LABELS] ?? r.channel,
    name(names.estates, r.estate_id),
    name(names.buildings, r.building_id),
    r.area,
    name(names.grids, r.grid_id),
    r.assignee,
    maskName(r.reporter_resident_id ? (reporters.get(r.reporter_resident_id)?.name ?? null) : null),
    Number(r.support_count),
    r.reopen_count,
    r.satisfaction,
    r.satisfaction_comment,
    r.closing_reason,
    cnTime(r.created_at),
    cnTime(r.accepted_at),
    cnTime(r.resolved_at),
    cnTime(r.closed_at),
    isOverdue(r, now) ? '是' : '否',
  ]);
}

/** The 民呼我应 ledger of the tickets created from `from` to `to` (dates, China time) as .xlsx. */
export async function ledgerXlsx(
  conn: Conn,
  communityId: string,
  now: number,
  from?: string,
  to?: string,
): Promise<Buffer> {
  const rows = await ledgerRows(
    conn,
    communityId,
    now,
    from ? new Date(Date.parse(from) - CN).toISOString() : undefined,
    to ? new Date(Date.parse(to) + 24 * H - CN).toISOString() : undefined,
  );
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Gongzhi 共治';
  addLedgerSheet(wb, '民呼我应台账', ledgerColumns, rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The figures of one estate's tickets created in [fromIso, toIso): what the committee's quarterly
 * evaluation shows beside its scores (SPEC §6). Read through `tickets.service` by the evaluations module.
 */
export async function periodFigures(
  conn: Conn,
  communityId: string,
  estateId: string,
  fromIso: string,
  toIso: string,
  now: number,
) {
  // Grid names are not needed: the figure is for one estate as a whole.
  const rows = await conn
    .selectFrom('tickets as t')
    .where('t.community_id', '=', communityId)
    .where('t.estate_id', '=', estateId)
    .where('t.created_at', '>=', fromIso)
    .where('t.created_at', '<', toIso)
    .select([
      't.category',
      't.state',
      't.created_at',
      't.accepted_at',
      't.resolved_at',
      't.closed_at',
      't.satisfaction',
      't.reopen_count',
      't.paused_ms',
      't.response_due_at',
      't.resolution_due_at',
    ])
    .execute();
  const f = figure(
    'estate',
    '',
    rows.map((r) => ({ ...r, grid_id: null, grid_name: null })),
    now,
  );
  return {
    tickets: f.tickets,
    avgResponseHours: f.avgResponseHours,
    avgResolutionHours: f.avgResolutionHours,
    avgSatisfaction: f.avgSatisfaction,
    overdue: f.overdue,
    reopened: rows.filter((r) => r.reopen_count > 0).length,
  };
}
