import ExcelJS from 'exceljs';

const HOUSEHOLD_COLUMNS = ['小区', '楼栋', '室号', '户号', '备注'];
const RESIDENT_COLUMNS = [
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
];

/** A roster workbook (台账) with the 户 and 居民 sheets, as staff would fill the template in Excel. */
export async function rosterXlsx(households: string[][], residents: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const h = wb.addWorksheet('户');
  h.addRow(HOUSEHOLD_COLUMNS);
  households.forEach((r) => h.addRow(r));
  const r = wb.addWorksheet('居民');
  r.addRow(RESIDENT_COLUMNS);
  residents.forEach((x) => r.addRow(x));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
