import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  figureLines,
  REPORT_SECTIONS,
  type LedgerList,
  type MonthlyReportT,
  type ReportFiguresT,
  type ReportList,
  type ReportSection,
} from '../../../contract/reports';
import { record } from '../../core/audit/audit';
import { canonicalJson } from '../../core/audit/canonical';
import { nowIso, type AppContext, type RequestContext } from '../../core/context';
import { errors } from '../../core/errors';
import { json, newId } from '../../core/ids';
import { loadExcel } from '../../core/lazy';
import { addLedgerSheet, allLedgers, cnTime, ledgerOf, ledgerPeriod } from '../../core/ledgers';
import { can } from '../../core/policy/policy';
import type { Db } from '../../core/db/kysely';
import type { VerifyLine } from '../../core/verify';
import { safeCell } from '../../core/xlsx';
import { communityName } from '../org/org.service';
import * as repo from './reports.repo';
import type { ReportRow } from './reports.repo';

/** The month's figures, read from the other modules (server/workflows/reports.ts passes it in). */
export type FiguresOf = (ctx: AppContext, communityId: string, month: string) => Promise<ReportFiguresT>;

const err = {
  ledger: () => errors.notFound('ledger'),
  period: () =>
    errors.unprocessable(
      'invalid_period',
      '台账期间不对：结束月份不能早于开始月份，且最多 36 个月',
      'The period must not end before it starts and spans at most 36 months',
    ),
  future: () =>
    errors.unprocessable('report_month_in_future', '还没到这个月，不能生成月报', 'That month has not begun yet'),
  exists: () =>
    errors.conflict('report_exists', '这个月的月报已经生成，请打开编辑', 'The report of that month already exists'),
  final: () =>
    errors.conflict(
      'report_finalised',
      '月报已定稿归档，不能再修改',
      'The report is finalised and archived; it can no longer change',
    ),
  notFound: () => errors.notFound('monthly report'),
  changed: () =>
    errors.conflict(
      'report_changed',
      '定稿时月报正被修改，请刷新后再定稿',
      'The report changed while it was being finalised; reload it and finalise again',
    ),
};

const CN = 8 * 3600_000;
const thisMonth = (now: number) => new Date(now + CN).toISOString().slice(0, 7);
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));

// ---------- ledgers ----------

/** The ledgers the caller may export here (its right to each module's records), in module order. */
export function listLedgers(c: RequestContext): z.infer<typeof LedgerList> {
  return {
    ledgers: allLedgers()
      .filter((l) => can(c.actor, l.permission, c.communityId))
      .map((l) => ({
        key: l.key,
        module: l.module,
        titleZh: l.titleZh,
        titleEn: l.titleEn,
        columns: l.columns.map((col) => col.header),
      })),
  };
}

/**
 * One ledger as .xlsx: a cover sheet (community, period, when, by whom, row count) then the ledger's rows; every cell
 * through safeCell. An unknown ledger answers 404; one whose module right the caller lacks, 403.
 */
export async function ledgerXlsx(
  c: RequestContext,
  key: string,
  q: { from?: string; to?: string },
): Promise<{ buffer: Buffer; filename: string }> {
  const l = ledgerOf(key);
  if (!l) throw err.ledger();
  if (!can(c.actor, l.permission, c.communityId)) throw errors.forbidden();
  const to = q.to ?? thisMonth(c.app.clock.now());
  const from = q.from ?? to;
  if (monthIndex(to) < monthIndex(from) || monthIndex(to) - monthIndex(from) >= 36) throw err.period();
  const period = ledgerPeriod(from, to);
  const out = await l.rows(c, period);
  const sheet = Array.isArray(out) ? { columns: l.columns, rows: out } : out;
  const name = (await communityName(c.db, c.communityId)) ?? '';
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Gongzhi 共治';
  const cover = wb.addWorksheet('封面');
  cover.columns = [
    { header: '项目', key: 'k', width: 14 },
    { header: '内容', key: 'v', width: 40 },
  ];
  cover.getRow(1).font = { bold: true };
  for (const [k, v] of [
    ['台账', l.titleZh],
    ['居民区', name],
    ['期间', from === to ? from : `${from} 至 ${to}`],
    ['生成时间', cnTime(nowIso(c.app.clock))],
    ['生成人', c.actor.displayName],
    ['行数', sheet.rows.length],
  ] as const)
    cover.addRow({ k, v: safeCell(v) });
  addLedgerSheet(wb, l.titleZh, sheet.columns, sheet.rows);
  return {
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    filename: `${l.titleZh}-${from === to ? from : `${from}_${to}`}.xlsx`,
  };
}

// ---------- monthly reports ----------

/** A first draft of each text section, from the figures: staff edit it into the report they send. */
function draftSections(f: ReportFiguresT): Record<ReportSection, string> {
  const lines = figureLines(f);
  const first = (s: ReportSection) => lines[s][0] ?? '';
  return {
    party: `本月在党总支领导下，${first('party')}。`,
    topics: `本月四方议事${first('topics')}。`,
    tickets: `本月民呼我应${first('tickets')}。`,
    consultations: `本月${first('consultations')}。`,
    property: `${first('property')}。`,
    repairs: `本月${first('repairs')}；${lines.repairs[1] ?? ''}。`,
    projects: `本月${first('projects')}。`,
    resources: `本月${first('resources')}。`,
    volunteers: `本月${first('volunteers')}。`,
    plan: '',
  };
}

function reportOut(r: ReportRow, name: string): MonthlyReportT {
  return {
    id: r.id,
    communityId: r.community_id,
    communityName: name,
    month: r.month,
    status: r.status,
    figures: r.figures,
    sections: {
      ...Object.fromEntries(REPORT_SECTIONS.map((s) => [s, ''])),
      ...r.sections,
    } as MonthlyReportT['sections'],
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    finalisedBy: r.finalised_by_name,
    finalisedAt: r.finalised_at,
    contentHash: r.content_hash,
  };
}

/** What the SHA-256 of a finalised report covers: which report, its figures and its text. */
export const frozenContent = (r: Pick<ReportRow, 'community_id' | 'month' | 'figures' | 'sections'>) => ({
  communityId: r.community_id,
  month: r.month,
  figures: r.figures,
  sections: r.sections,
});
export const contentHash = (r: Pick<ReportRow, 'community_id' | 'month' | 'figures' | 'sections'>) =>
  crypto
    .createHash('sha256')
    .update(canonicalJson(frozenContent(r)))
    .digest('hex');

async function found(c: RequestContext, month: string): Promise<ReportRow> {
  const r = await repo.findReport(c.db, c.communityId, month);
  if (!r) throw err.notFound();
  return r;
}
const out = async (c: RequestContext, r: ReportRow) => reportOut(r, (await communityName(c.db, c.communityId)) ?? '');

export async function listReports(c: RequestContext): Promise<z.infer<typeof ReportList>> {
  const rows = await repo.listReports(c.db, c.communityId);
  return {
    reports: rows.map((r) => ({
      id: r.id,
      month: r.month,
      status: r.status,
      createdBy: r.created_by_name,
      updatedAt: r.updated_at,
      finalisedBy: r.finalised_by_name,
      finalisedAt: r.finalised_at,
      contentHash: r.content_hash,
    })),
  };
}

export async function getReport(c: RequestContext, month: string): Promise<MonthlyReportT> {
  return out(c, await found(c, month));
}

/** A draft of `month` (this month or before) from its figures; one per month (409 when it exists). */
export async function createReport(c: RequestContext, month: string, figuresOf: FiguresOf): Promise<MonthlyReportT> {
  if (monthIndex(month) > monthIndex(thisMonth(c.app.clock.now()))) throw err.future();
  if (await repo.findReport(c.db, c.communityId, month)) throw err.exists();
  const figures = await figuresOf(c.app, c.communityId, month);
  const now = nowIso(c.app.clock);
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    // The unique (community, month) index decides between two creates at once: the loser's insert does nothing.
    const res = await trx
      .insertInto('monthly_reports')
      .values({
        id,
        community_id: c.communityId,
        month,
        status: 'draft',
        figures: json(figures),
        sections: json(draftSections(figures)),
        created_by: c.actor.userId,
        created_by_name: c.actor.displayName,
        finalised_by: null,
        finalised_by_name: null,
        finalised_at: null,
        content_hash: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['community_id', 'month']).doNothing())
      .executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) throw err.exists();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'monthly_report',
      entityId: id,
      action: 'report.create',
      after: { month },
    });
  });
  return getReport(c, month);
}

/**
 * Changes a draft in one conditional UPDATE (`WHERE status = 'draft'`), so an edit racing the finalise either lands
 * before it (and is frozen with it) or is refused with 409.
 */
async function changeDraft(
  c: RequestContext,
  month: string,
  set: { figures?: ReportFiguresT; sections?: Record<ReportSection, string> },
  action: string,
): Promise<MonthlyReportT> {
  const r = await found(c, month);
  if (r.status !== 'draft') throw err.final();
  await c.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('monthly_reports')
      .set({
        ...(set.figures && { figures: json(set.figures) }),
        ...(set.sections && { sections: json(set.sections) }),
        updated_at: nowIso(c.app.clock),
      })
      .where('id', '=', r.id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw err.final();
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'monthly_report',
      entityId: r.id,
      action,
      ...(set.sections && { before: { sections: r.sections }, after: { sections: set.sections } }),
    });
  });
  return getReport(c, month);
}

/** Edits text sections of a draft (those named; the rest kept). */
export async function updateReport(
  c: RequestContext,
  month: string,
  sections: Partial<Record<ReportSection, string>>,
): Promise<MonthlyReportT> {
  const r = await found(c, month);
  const merged = { ...r.sections } as Record<ReportSection, string>;
  for (const s of REPORT_SECTIONS) if (sections[s] !== undefined) merged[s] = sections[s]!;
  return changeDraft(c, month, { sections: merged }, 'report.edit');
}

/** Reads the month's figures again (the text is kept). */
export async function regenerateReport(c: RequestContext, month: string, figuresOf: FiguresOf) {
  const r = await found(c, month);
  if (r.status !== 'draft') throw err.final();
  return changeDraft(c, month, { figures: await figuresOf(c.app, c.communityId, month) }, 'report.regenerate');
}

/**
 * Freezes the report: status final, the SHA-256 of its content stored, audited with the hash. One conditional
 * UPDATE … WHERE status = 'draft' decides between two finalises at once: the second answers 409.
 */
export async function finaliseReport(c: RequestContext, month: string): Promise<MonthlyReportT> {
  await c.db.transaction().execute(async (trx) => {
    const r = await repo.findReport(trx, c.communityId, month);
    if (!r) throw err.notFound();
    if (r.status !== 'draft') throw err.final();
    const hash = contentHash(r);
    const now = nowIso(c.app.clock);
    const res = await trx
      .updateTable('monthly_reports')
      .set({
        status: 'final',
        content_hash: hash,
        finalised_by: c.actor.userId,
        finalised_by_name: c.actor.displayName,
        finalised_at: now,
        updated_at: now,
      })
      .where('id', '=', r.id)
      .where('status', '=', 'draft')
      .where('updated_at', '=', r.updated_at)
      .executeTakeFirst();
    // Nothing updated: another finalise won (status no longer draft), or an edit landed after the read (the hash
    // would not cover it).
    if (Number(res.numUpdatedRows) === 0) {
      const now2 = await repo.findReport(trx, c.communityId, month);
      throw now2?.status === 'final' ? err.final() : err.changed();
    }
    await record(trx, {
      actorId: c.actor.userId,
      communityId: c.communityId,
      entityType: 'monthly_report',
      entityId: r.id,
      action: 'report.finalise',
      after: { month, contentHash: hash },
    });
  });
  return getReport(c, month);
}

/**
 * `gongzhi verify`: every finalised report's stored SHA-256 recomputed from its stored content; a report changed
 * after finalising (in the database, behind the app's back) is named.
 */
export async function verifyFinalisedReports(db: Db): Promise<VerifyLine[]> {
  const rows = await repo.finalisedReports(db);
  const bad = rows.filter((r) => contentHash(r) !== r.content_hash);
  return [
    ...bad.map((r) => ({
      ok: false,
      text: `monthly report ${r.community_id} ${r.month}: content no longer matches its finalised SHA-256`,
    })),
    ...(bad.length ? [] : [{ ok: true, text: `monthly reports: ${rows.length} finalised, each matching its SHA-256` }]),
  ];
}
