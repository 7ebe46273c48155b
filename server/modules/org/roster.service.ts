import crypto from 'node:crypto';
import type ExcelJS from 'exceljs';
import { GENDER_LABELS, TAG_LABELS, TAGS, type RosterErrorT } from '../../../contract/org';
import { record, recordMany } from '../../core/audit/audit';
import { AppError, errors } from '../../core/errors';
import { zipExpansion } from '../../core/files/zip';
import { loadExcel } from '../../core/lazy';
import { safeCell } from '../../core/xlsx';
import { newId, nowIso } from '../../core/ids';
import { idNumberTail, isValidIdNumber, maskPhone, PHONE_RE } from '../../core/pii';
import * as repo from './org.repo';
import { fromIdNumber, idNumberColumns } from './people.service';
import { householdCode } from './structure.service';
import { auditView, inTransaction, mayReveal, residentReach, todayOf } from './org.scope';
import type { RequestContext } from '../../core/context';

/** Sheet and column names of the roster workbook (台账); the export uses the same, so an export re-imports. */
export const HOUSEHOLD_SHEET = '户';
export const RESIDENT_SHEET = '居民';
export const HOUSEHOLD_COLUMNS = ['小区', '楼栋', '室号', '户号', '备注'] as const;
export const RESIDENT_COLUMNS = [
  '小区',
  '楼栋',
  '室号',
  '姓名',
  '性别',
  '出生日期',
  '手机号',
  '身份证号',
  '是否户代表',
  '标签',
  '备注',
] as const;
const REQUIRED: Record<string, string[]> = { [HOUSEHOLD_SHEET]: ['小区', '楼栋', '室号'], [RESIDENT_SHEET]: ['姓名'] };
/** Rows whose first cell starts with this are the template's examples and are skipped. */
export const EXAMPLE_MARK = '（示例）';
const MAX_ERRORS = 500;

const HOUSEHOLD_EXAMPLE = [`${EXAMPLE_MARK}嘉和景苑`, '1号楼', '101', '1-1-101', '户号可留空，系统自动生成'];
const RESIDENT_EXAMPLE = [
  `${EXAMPLE_MARK}嘉和景苑`,
  '1号楼',
  '101',
  '张三',
  '男',
  '1960-05-01',
  '13800001234',
  '310117196005011239',
  '是',
  '党员、有车',
  '标签用顿号分隔',
];
const HINTS: Record<string, string> = {
  室号: '如 101、1201',
  户号: '可留空，自动生成',
  性别: '男 / 女',
  出生日期: 'YYYY-MM-DD；可留空（按身份证号推算）',
  手机号: '11 位手机号',
  身份证号: '18 位，含校验位',
  是否户代表: '是 / 否；每户至多一位',
  标签: `可选：${TAGS.map((t) => TAG_LABELS[t]).join('、')}`,
};

/** The largest roster upload (the multipart limit of the org module). */
export const ROSTER_MAX_BYTES = 5 * 1024 * 1024;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// ---------- writing workbooks ----------

/** Cells that a spreadsheet would run as a formula get a leading apostrophe. */

function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly string[],
  rows: string[][],
  example?: string[],
) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c,
    key: c,
    width: c === '身份证号' ? 22 : c === '备注' || c === '标签' ? 24 : 12,
    style: { numFmt: '@' },
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
    const hint = HINTS[String(cell.value)];
    if (hint) cell.note = hint;
  });
  if (example) {
    const row = ws.addRow(example);
    row.font = { italic: true, color: { argb: 'FF999999' } };
  }
  for (const r of rows) ws.addRow(r.map(safeCell));
}

const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/** The empty roster with both sheets, a header row and a grey example row. */
export async function rosterTemplate(): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  addSheet(wb, HOUSEHOLD_SHEET, HOUSEHOLD_COLUMNS, [], HOUSEHOLD_EXAMPLE);
  addSheet(wb, RESIDENT_SHEET, RESIDENT_COLUMNS, [], RESIDENT_EXAMPLE);
  return toBuffer(wb);
}

/** Every household of the community as the 户 sheet. */
export async function exportHouseholds(s: RequestContext): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  addSheet(wb, HOUSEHOLD_SHEET, HOUSEHOLD_COLUMNS, await householdRows(s));
  return toBuffer(wb);
}

/** Every household of the community in the 户 sheet's columns (also the households ledger of the reports module). */
export async function householdRows(s: RequestContext): Promise<string[][]> {
  const rows = await repo.householdSelect(repo.householdsBase(s.db, s.communityId)).execute();
  return rows.map((h) => [h.estate_name, h.building_name, h.room, h.code, h.note ?? '']);
}

/**
 * Residents as the API shows them to the caller (masked numbers; birth year only without the reveal
 * right), or with full numbers when the caller may reveal them and says why: a bulk reveal, recorded
 * with its reason like a single one.
 */
export async function exportResidents(s: RequestContext, reason: string | undefined): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  addSheet(wb, RESIDENT_SHEET, RESIDENT_COLUMNS, await residentRows(s, reason));
  return toBuffer(wb);
}

/**
 * The residents the caller may see in the 居民 sheet's columns: masked as the API shows them, in full only with
 * the reveal right and a reason (recorded). The reports module's residents ledger passes no reason: always masked.
 */
export async function residentRows(s: RequestContext, reason: string | undefined): Promise<string[][]> {
  const revealer = mayReveal(s);
  const full = revealer && !!reason;
  const rows = await repo
    .residentSelect(repo.residentsBase(s.db, s.communityId, { gridIds: (await residentReach(s)) ?? undefined }))
    .select('r.id_number_enc')
    .execute();
  const tags = await repo.tagsOf(
    s.db,
    rows.map((r) => r.id),
  );
  if (full) {
    await inTransaction(s, (trx) =>
      record(trx, {
        actorId: s.actor.userId,
        communityId: s.communityId,
        entityType: 'community',
        entityId: s.communityId,
        action: 'residents.export',
        after: { residents: rows.length, revealed: true, reason },
      }),
    );
  }
  return rows.map((r) => [
    r.estate_name ?? '',
    r.building_name ?? '',
    r.room ?? '',
    r.name,
    r.gender ? (GENDER_LABELS[r.gender as 'male'] ?? '') : '',
    (revealer ? r.birth_date : r.birth_date?.slice(0, 4)) ?? '',
    (full ? r.phone : maskPhone(r.phone)) ?? '',
    (full && r.id_number_enc ? s.app.secrets.decrypt(r.id_number_enc) : idNumberTail(r.id_number_mask)) ?? '',
    r.household_id && r.representative_id === r.id ? '是' : '否',
    (tags.get(r.id) ?? []).map((t) => TAG_LABELS[t as 'veteran'] ?? t).join('、'),
    r.note ?? '',
  ]);
}

// ---------- reading workbooks ----------

/** A cell as trimmed text, whatever exceljs made of it (rich text, formula result, date, number). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim().replace(/^'(?=[=+\-@])/, '');
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return cellText((v as { text: ExcelJS.CellValue }).text);
  }
  return '';
}

/** 2024-1-5, 2024/01/05, 2024.1.5 or 20240105 → 2024-01-05 if it is a real, past date after 1900. */
export function parseDate(s: string, today: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(iso + 'T00:00:00Z');
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso || iso < '1900-01-01' || iso > today)
    return null;
  return iso;
}

const TAG_BY_TEXT = new Map<string, string>(
  TAGS.flatMap((t) => [
    [t, t],
    [TAG_LABELS[t], t],
  ]),
);
const GENDER_BY_TEXT: Record<string, string> = { 男: 'male', 女: 'female', male: 'male', female: 'female' };
const YES: Record<string, boolean> = { 是: true, 否: false, '': false, Y: true, N: false, y: true, n: false };

interface SheetRows {
  rows: Array<{ row: number; get: (col: string) => string }>;
}

class ErrorList {
  readonly items: RosterErrorT[] = [];
  add(sheet: string, row: number, column: string, zh: string, en: string) {
    if (this.items.length < MAX_ERRORS) this.items.push({ sheet, row, column, message_zh: zh, message_en: en });
  }
}

/** Header check, then the data rows (examples and blank rows skipped) keyed by column name. */
function readSheet(ws: ExcelJS.Worksheet, columns: readonly string[], errs: ErrorList): SheetRows | null {
  const header = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const name = cellText(cell.value);
    if (!name) return;
    if (!columns.includes(name)) errs.add(ws.name, 1, name, `无法识别的列“${name}”`, `Unknown column "${name}"`);
    else if (header.has(name)) errs.add(ws.name, 1, name, `列“${name}”重复`, `Column "${name}" appears twice`);
    else header.set(name, col);
  });
  const missing = REQUIRED[ws.name].filter((c) => !header.has(c));
  for (const c of missing) errs.add(ws.name, 1, c, `缺少必需的列“${c}”`, `Required column "${c}" is missing`);
  if (missing.length) return null;
  const rows: SheetRows['rows'] = [];
  for (let i = 2; i <= ws.rowCount; i++) {
    const r = ws.getRow(i);
    const get = (c: string) => (header.has(c) ? cellText(r.getCell(header.get(c)!).value) : '');
    const values = columns.map(get);
    if (values.every((v) => !v) || values.find((v) => v)!.startsWith(EXAMPLE_MARK)) continue;
    rows.push({ row: i, get });
  }
  return { rows };
}

const tooLong = (errs: ErrorList, sheet: string, row: number, col: string, v: string, max: number) => {
  if (v.length <= max) return false;
  errs.add(sheet, row, col, `“${col}”最多 ${max} 个字`, `"${col}" is longer than ${max} characters`);
  return true;
};

/** What a roster may expand to when unzipped: a real one of 10,000 residents is a few MB. */
const ROSTER_MAX_EXPANDED_BYTES = 50 * 1024 * 1024;

/** 422 for an upload that is not a readable .xlsx. */
export const unreadable = () =>
  errors.unprocessable(
    'roster_unreadable',
    '无法读取文件：请上传 .xlsx 格式的 Excel 文件',
    'The file could not be read: upload an .xlsx Excel workbook',
  );

/** Reads, validates every row, and writes everything in one transaction or nothing at all. */
export async function importRoster(s: RequestContext, file: Buffer, dryRun: boolean) {
  // An .xlsx is a zip: anything else (CSV, old .xls, a renamed image) is refused before parsing.
  if (file.length < 4 || file.readUInt32LE(0) !== 0x04034b50) throw unreadable();
  // A 5 MB upload can inflate to gigabytes inside the parser: measure the expansion first, against a cap.
  const expansion = zipExpansion(file, ROSTER_MAX_EXPANDED_BYTES);
  if (expansion === 'unreadable') throw unreadable();
  if (expansion === 'too_large')
    throw new AppError(
      'roster_too_large',
      413,
      '文件解压后超过 50 MB，请分批导入',
      'The workbook expands to more than 50 MB; import it in parts',
    );
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(file as any);
  } catch {
    throw unreadable();
  }
  const errs = new ErrorList();
  const hs = wb.getWorksheet(HOUSEHOLD_SHEET);
  const rs = wb.getWorksheet(RESIDENT_SHEET);
  if (!hs && !rs) {
    errs.add(
      '',
      0,
      '',
      '文件中没有“户”或“居民”工作表，请使用导入模板',
      'The workbook has neither a "户" nor a "居民" sheet; use the template',
    );
    throw rosterInvalid(errs);
  }
  const today = todayOf(s);
  const c = s.communityId;
  const [estates, buildings, keys, hmacs, estateNos] = await Promise.all([
    repo.estatesBase(s.db, c).select(['e.id', 'e.name']).execute(),
    repo.buildingsBase(s.db, c).select(['b.id', 'b.name', 'b.estate_id']).execute(),
    repo.householdKeys(s.db, c),
    repo.idNumberHmacs(s.db, c),
    repo.estateNumbers(s.db, c),
  ]);
  const estateByName = new Map(estates.map((e) => [e.name, e.id]));
  const buildingByKey = new Map(buildings.map((b) => [`${b.estate_id}|${b.name}`, b]));
  const householdByRoom = new Map(keys.map((k) => [`${k.building_id}|${k.room}`, k]));
  const codesTaken = new Set(keys.map((k) => k.code));
  const now = nowIso();

  /** Resolves 小区/楼栋 to a building, reporting unknown names. */
  const locate = (sheet: string, row: number, estateName: string, buildingName: string) => {
    const estateId = estateByName.get(estateName);
    if (!estateId) {
      errs.add(sheet, row, '小区', `小区“${estateName}”不存在`, `Unknown estate "${estateName}"`);
      return null;
    }
    const b = buildingByKey.get(`${estateId}|${buildingName}`);
    if (!b) {
      errs.add(
        sheet,
        row,
        '楼栋',
        `楼栋“${buildingName}”不在${estateName}`,
        `Unknown building "${buildingName}" in ${estateName}`,
      );
      return null;
    }
    return b;
  };

  // ---- 户
  const newHouseholds: Array<Record<string, any>> = [];
  const fileRooms = new Map<string, { row: number; household: Record<string, any> }>();
  const fileCodes = new Map<string, number>();
  const hsRows = hs ? readSheet(hs, HOUSEHOLD_COLUMNS, errs) : null;
  for (const { row, get } of hsRows?.rows ?? []) {
    const S = HOUSEHOLD_SHEET;
    const [estateName, buildingName, room, code, note] = HOUSEHOLD_COLUMNS.map(get);
    let ok = true;
    for (const [col, v] of [
      ['小区', estateName],
      ['楼栋', buildingName],
      ['室号', room],
    ] as const) {
      if (!v) {
        errs.add(S, row, col, `“${col}”不能为空`, `"${col}" is required`);
        ok = false;
      }
    }
    if (!ok) continue;
    if (
      tooLong(errs, S, row, '室号', room, 20) ||
      tooLong(errs, S, row, '户号', code, 32) ||
      tooLong(errs, S, row, '备注', note, 500)
    )
      continue;
    const b = locate(S, row, estateName, buildingName);
    if (!b) continue;
    const key = `${b.id}|${room}`;
    if (fileRooms.has(key)) {
      errs.add(S, row, '室号', `与第 ${fileRooms.get(key)!.row} 行重复`, `Duplicates row ${fileRooms.get(key)!.row}`);
      continue;
    }
    if (householdByRoom.has(key)) {
      errs.add(
        S,
        row,
        '室号',
        `${estateName}${buildingName}${room}室已存在`,
        `Room ${room} of ${buildingName} already exists`,
      );
      continue;
    }
    if (code) {
      if (fileCodes.has(code)) {
        errs.add(
          S,
          row,
          '户号',
          `户号与第 ${fileCodes.get(code)} 行重复`,
          `Household code duplicates row ${fileCodes.get(code)}`,
        );
        continue;
      }
      if (codesTaken.has(code)) {
        errs.add(S, row, '户号', `户号“${code}”已存在`, `Household code "${code}" already exists`);
        continue;
      }
      fileCodes.set(code, row);
    }
    const household = {
      id: newId(),
      community_id: c,
      estate_id: b.estate_id,
      building_id: b.id,
      room,
      code: code || null,
      building_name: b.name,
      representative_id: null as string | null,
      join_code_hash: null,
      join_code_issued_at: null,
      note: note || null,
      created_at: now,
      updated_at: now,
    };
    fileRooms.set(key, { row, household });
    newHouseholds.push(household);
  }
  for (const code of fileCodes.keys()) codesTaken.add(code);

  // ---- 居民
  const newResidents: Array<Record<string, any>> = [];
  const newTags: Array<{ resident_id: string; community_id: string; tag: string }> = [];
  const repUpdates = new Map<string, string>();
  const repRow = new Map<string, number>();
  const fileIds = new Map<string, number>();
  const rsRows = rs ? readSheet(rs, RESIDENT_COLUMNS, errs) : null;
  for (const { row, get } of rsRows?.rows ?? []) {
    const S = RESIDENT_SHEET;
    const [estateName, buildingName, room, name, genderText, birthText, phone, idRaw, repText, tagText, note] =
      RESIDENT_COLUMNS.map(get);
    const before = errs.items.length;
    let householdId: string | null = null;
    let existingRep: string | null = null;
    if (estateName || buildingName || room) {
      for (const [col, v] of [
        ['小区', estateName],
        ['楼栋', buildingName],
        ['室号', room],
      ] as const) {
        if (!v) errs.add(S, row, col, `填写了住址时“${col}”不能为空`, `"${col}" is required when an address is given`);
      }
      const b = estateName && buildingName && room ? locate(S, row, estateName, buildingName) : null;
      if (b) {
        const key = `${b.id}|${room}`;
        const inDb = householdByRoom.get(key);
        const inFile = fileRooms.get(key);
        if (inDb) {
          householdId = inDb.id;
          existingRep = inDb.representative_id;
        } else if (inFile) householdId = inFile.household.id;
        else
          errs.add(
            S,
            row,
            '室号',
            `${estateName}${buildingName}${room}室不存在，请先在“户”表中添加`,
            `Room ${room} of ${buildingName} does not exist; add it on the "户" sheet`,
          );
      }
    }
    if (!name) errs.add(S, row, '姓名', '“姓名”不能为空', '"姓名" (name) is required');
    else tooLong(errs, S, row, '姓名', name, 50);
    tooLong(errs, S, row, '备注', note, 500);
    const gender = genderText ? GENDER_BY_TEXT[genderText] : null;
    if (gender === undefined) errs.add(S, row, '性别', '性别应为“男”或“女”', 'Gender must be 男 or 女');
    const birthDate = birthText ? parseDate(birthText, today) : null;
    if (birthText && !birthDate)
      errs.add(
        S,
        row,
        '出生日期',
        `出生日期“${birthText}”无效，应为 YYYY-MM-DD`,
        `Birth date "${birthText}" is not a valid past date (YYYY-MM-DD)`,
      );
    if (phone && !PHONE_RE.test(phone))
      errs.add(
        S,
        row,
        '手机号',
        '手机号应为 11 位数字，以 13–19 开头',
        'The mobile number must be 11 digits starting 13–19',
      );
    const idNumber = idRaw.toUpperCase();
    let hmac: string | null = null;
    if (idNumber) {
      if (!isValidIdNumber(idNumber))
        errs.add(
          S,
          row,
          '身份证号',
          '身份证号码无效（应为 18 位且校验位正确）',
          'The ID number is not valid (18 characters with a correct check digit)',
        );
      else {
        hmac = s.app.secrets.blindIndex(idNumber);
        if (fileIds.has(hmac))
          errs.add(
            S,
            row,
            '身份证号',
            `身份证号与第 ${fileIds.get(hmac)} 行重复`,
            `ID number duplicates row ${fileIds.get(hmac)}`,
          );
        else if (hmacs.has(hmac))
          errs.add(S, row, '身份证号', '该身份证号码已登记', 'This ID number is already registered');
        else fileIds.set(hmac, row);
      }
    }
    const isRep = YES[repText];
    if (isRep === undefined)
      errs.add(S, row, '是否户代表', '“是否户代表”应为“是”或“否”', '"是否户代表" must be 是 or 否');
    if (isRep && !householdId && errs.items.length === before)
      errs.add(S, row, '是否户代表', '户代表须填写住址', 'A representative needs an address');
    if (isRep && householdId) {
      if (repRow.has(householdId))
        errs.add(
          S,
          row,
          '是否户代表',
          `该户在第 ${repRow.get(householdId)} 行已有户代表`,
          `Row ${repRow.get(householdId)} already names this household's representative`,
        );
      else if (existingRep)
        errs.add(S, row, '是否户代表', '该户已有户代表', 'The household already has a representative');
      else repRow.set(householdId, row);
    }
    const tags = new Set<string>();
    for (const t of tagText.split(/[、,，;；\s]+/).filter(Boolean)) {
      const code = TAG_BY_TEXT.get(t);
      if (code) tags.add(code);
      else errs.add(S, row, '标签', `无法识别的标签“${t}”`, `Unknown tag "${t}"`);
    }
    if (errs.items.length !== before) continue;
    const derived = idNumber ? fromIdNumber(idNumber) : null;
    const id = newId();
    newResidents.push({
      id,
      community_id: c,
      household_id: householdId,
      name,
      gender: gender ?? derived?.gender ?? null,
      birth_date: birthDate ?? derived?.birthDate ?? null,
      phone: phone || null,
      ...idNumberColumns(s.app.secrets, idNumber || null),
      user_id: null,
      note: note || null,
      created_at: now,
      updated_at: now,
    });
    for (const tag of tags) newTags.push({ resident_id: id, community_id: c, tag });
    if (isRep && householdId) repUpdates.set(householdId, id);
  }

  if (errs.items.length) throw rosterInvalid(errs);
  if (!newHouseholds.length && !newResidents.length) {
    errs.add('', 0, '', '文件中没有可导入的数据行', 'The file has no data rows to import');
    throw rosterInvalid(errs);
  }
  const result = { households: newHouseholds.length, residents: newResidents.length, dryRun };
  if (dryRun) return result;

  const fresh = new Map(newHouseholds.map((h) => [h.id, h]));
  for (const h of newHouseholds) {
    h.code ??= householdCode(codesTaken, estateNos.get(h.estate_id)!, h.building_name, h.room);
    h.representative_id = repUpdates.get(h.id) ?? null;
    delete h.building_name;
  }
  await inTransaction(s, async (trx) => {
    await repo.insertRows(trx, 'households', newHouseholds);
    await repo.insertRows(trx, 'residents', newResidents);
    await repo.insertRows(trx, 'resident_tags', newTags, 500);
    for (const [householdId, residentId] of repUpdates) {
      if (fresh.has(householdId)) continue;
      // Conditional: a representative named by staff since validation is not overwritten.
      const r = await trx
        .updateTable('households')
        .set({ representative_id: residentId, updated_at: now })
        .where('community_id', '=', c)
        .where('id', '=', householdId)
        .where('representative_id', 'is', null)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1)
        throw errors.conflict(
          'roster_conflict',
          '导入期间数据已被修改，请重试',
          'The data changed during the import; try again',
        );
    }
    // One event per row, as if each had been entered by hand, so every household's and resident's trail starts here.
    const actorId = s.actor.userId;
    const importId = newId();
    const tagsOf = new Map<string, string[]>();
    for (const t of newTags)
      (tagsOf.get(t.resident_id) ?? tagsOf.set(t.resident_id, []).get(t.resident_id)!).push(t.tag);
    await recordMany(trx, c, [
      ...newHouseholds.map((h) => ({
        actorId,
        entityType: 'household',
        entityId: h.id,
        action: 'households.create',
        after: { ...auditView(h), via: importId },
      })),
      ...newResidents.map((r) => ({
        actorId,
        entityType: 'resident',
        entityId: r.id,
        action: 'residents.create',
        after: { ...auditView(r), tags: tagsOf.get(r.id) ?? [], via: importId },
      })),
      {
        actorId,
        entityType: 'roster',
        entityId: importId,
        action: 'rosters.import',
        after: {
          file: crypto.createHash('sha256').update(file).digest('hex'),
          households: newHouseholds.length,
          residents: newResidents.length,
          representatives: Object.fromEntries(repUpdates),
        },
      },
    ]);
  });
  return result;
}

function rosterInvalid(errs: ErrorList) {
  const n = errs.items.length;
  return new AppError(
    'roster_invalid',
    422,
    `名册有 ${n >= MAX_ERRORS ? MAX_ERRORS + '+' : n} 处错误，未导入任何数据`,
    `The roster has ${n >= MAX_ERRORS ? MAX_ERRORS + '+' : n} errors; nothing was imported`,
    errs.items,
  );
}
