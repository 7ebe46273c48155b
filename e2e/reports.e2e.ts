import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readXlsxFile, { readSheetNames } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { answer } from './support/answers';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';
import { cjkText, readPdf } from './support/pdf';

const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
const A4_CONTENT_PX = ((297 - 36) * 96) / 25.4; // the print page's height inside its 18 mm top and bottom margins

/**
 * Prints the page to PDF as Chromium's print dialog would, reads it back with pdf.js and checks: the expected text is
 * extractable (CJK included), every font is embedded, no text runs off the page, and the page count is what the
 * printed content's height makes it.
 */
async function printAndRead(page: Page, selector: string, expected: string[]) {
  await page.emulateMedia({ media: 'print' });
  const height = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
  await page.emulateMedia({ media: 'screen' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const r = await readPdf(pdf);
  expect(r.pages).toBeGreaterThanOrEqual(1);
  expect(Math.abs(r.pages - Math.ceil(height / A4_CONTENT_PX))).toBeLessThanOrEqual(1);
  expect(expected.length).toBeGreaterThan(0);
  for (const s of expected) expect(r.text.replace(/\s+/g, ''), s).toContain(cjkText(s).replace(/\s+/g, ''));
  expect(r.fonts.length).toBeGreaterThan(0);
  for (const f of r.fonts) expect(f, f.name).toMatchObject({ embedded: true });
  expect(r.fonts.some((f) => /CJK|Han|Song|Hei|Noto/i.test(f.name))).toBe(true);
  expect(r.texts.length).toBeGreaterThan(10);
  for (const t of r.texts) {
    expect(t.x, t.str).toBeGreaterThanOrEqual(0);
    expect(t.right, t.str).toBeLessThanOrEqual(t.pageWidth + 0.5);
  }
  return r;
}

/**
 * 月报 and 台账: staff generate this month's report for the demo community, edit a section, finalise it (edits then
 * refused), and print it to PDF; a notice prints the same way; a ledger downloaded from the 台账 page reads back.
 */
describe('月报 and 台账: generated from the data, finalised, printed; a ledger downloaded', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let base: string;
  const PLAN = '下月召开四方议事会，推进嘉和景苑加装电梯。';

  beforeAll(async () => {
    staff = await api('staff');
    base = `/api/communities/${await communityId(staff)}`;
  });
  afterAll(async () => {
    await staff?.dispose();
  });

  it("generates this month's report, edits and finalises it, and prints it to PDF with CJK fonts", async () => {
    const month = thisMonth();
    const page = await b.page({ as: 'staff', at: '/monthly-reports' });
    await page.getByTestId('report-generate').waitFor();
    await expectAccessible(page, 'monthly reports');
    await field(page, 'report-month').fill(month);
    await page.getByTestId('report-generate').click();
    await page.waitForURL((u) => u.pathname.endsWith(`/monthly-reports/${month}`));
    await page.getByTestId('report-section-plan').waitFor();
    await expectAccessible(page, 'monthly report editor');

    await field(page, 'report-text-plan').fill(PLAN);
    await page.getByTestId('report-save').click();
    await expect
      .poll(
        async () =>
          (
            await answer<'/api/communities/{communityId}/monthly-reports/{month}'>(
              staff.get(`${base}/monthly-reports/${month}`),
            )
          ).sections.plan,
      )
      .toBe(PLAN);

    await page.getByTestId('report-finalise').click();
    await page.getByTestId('report-finalise-ok').click();
    await page.getByTestId('report-frozen').waitFor();
    expect(await field(page, 'report-text-plan').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('report-save').count()).toBe(0);
    const report = await answer<'/api/communities/{communityId}/monthly-reports/{month}'>(
      staff.get(`${base}/monthly-reports/${month}`),
    );
    expect(report.status).toBe('final');
    expect(report.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const edit = await staff.patch(`${base}/monthly-reports/${month}`, { data: { sections: { plan: '改' } } });
    expect(edit.status()).toBe(409);
    expect((await edit.json()).error.code).toBe('report_finalised');

    await page.getByTestId('report-print-link').click();
    await page.getByTestId('report-print-page').waitFor();
    await expectAccessible(page, 'monthly report print');
    const [y, m] = month.split('-');
    await printAndRead(page, '.rp-doc', [
      `${report.communityName}${y}年${Number(m)}月工作月报`,
      '一、党建引领与会议',
      '三、民呼我应',
      '十、下月工作计划',
      `受理诉求 ${report.figures.tickets.received} 件`,
      `志愿服务 ${report.figures.volunteers.personTimes} 人次`,
      PLAN,
      report.contentHash!,
    ]);
  });

  it('prints a notice (A4) to PDF the same way', async () => {
    const notices = (await answer<'/api/communities/{communityId}/notices'>(staff.get(`${base}/notices`))).items;
    const n = notices.find((x) => x.status === 'published');
    expect(n).toBeDefined();
    const page = await b.page({ as: 'staff', at: `/notices/${n!.id}/print` });
    await page.getByTestId('notice-print-page').waitFor();
    await page.locator('.nt-qr svg').waitFor();
    await printAndRead(page, '.nt-notice', ['公示', n!.title]);
  });

  it('downloads a ledger from the 台账 page and reads it back', async () => {
    const page = await b.page({ as: 'staff', at: '/ledgers' });
    await page.getByTestId('ledger-download-tickets').waitFor();
    await expectAccessible(page, 'ledgers');
    const from = `${Number(thisMonth().slice(0, 4)) - 1}${thisMonth().slice(4)}`;
    await field(page, 'ledger-from').fill(from);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ledger-download-tickets').click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gz-ledger-')), 'tickets.xlsx');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^民呼我应台账-.+\.xlsx$/);
    const buf = fs.readFileSync(file);
    expect(await readSheetNames(buf)).toEqual(['封面', '民呼我应台账']);
    const cover = Object.fromEntries((await readXlsxFile(buf, { sheet: '封面' })).slice(1).map((r) => [r[0], r[1]]));
    expect(cover['台账']).toBe('民呼我应台账');
    expect(cover['期间']).toBe(`${from} 至 ${thisMonth()}`);
    expect(String(cover['生成人']).length).toBeGreaterThan(0);
    const rows = await readXlsxFile(buf, { sheet: '民呼我应台账' });
    expect(rows[0].slice(0, 4)).toEqual(['编号', '标题', '类别', '状态']);
    expect(rows.length - 1).toBe(Number(cover['行数']));
    expect(rows.length).toBeGreaterThan(1);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
