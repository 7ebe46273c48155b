import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { APIRequestContext, Download, Page } from 'playwright-core';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';
import { answer } from './support/answers';
import { rosterXlsx } from './support/roster';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('org pages as community staff', () => {
  const b = useBrowser();
  let page: Page;
  let staff: APIRequestContext;
  let base: string;

  beforeAll(async () => {
    staff = await api('staff');
    base = `/api/communities/${await communityId(staff)}`;
    page = await b.page({ as: 'staff' });
  });
  afterAll(async () => {
    await staff?.dispose();
  });

  /**
   * Opens a page from the menu and waits until that page shows `ready` and the page before it is gone:
   * right after the click the previous page's table may still be there, and axe would check that one
   * (or a half-loaded new one).
   */
  const openMenu = async (key: string, ready: string) => {
    const before = page.url();
    await page.getByTestId(`menu-${key}`).click();
    await page.waitForURL((u) => u.toString() !== before && u.pathname.endsWith(`/org/${key}`));
    await page.locator(ready).first().waitFor();
  };

  it('shows the community overview with the seeded counts', async () => {
    await page.goto('/org/overview');
    const counts = (await answer<'/api/communities/{communityId}'>(staff.get(base))).counts;
    await expect
      .poll(async () => (await page.locator('main').textContent())?.replaceAll(',', ''))
      .toContain(String(counts.residents));
    await expectAccessible(page, 'overview');
  });

  it('creates an estate from the estates page', async () => {
    await openMenu('estates', '.ant-table-row');
    await expectAccessible(page, 'estates');
    await page.getByTestId('estate-create').click();
    await field(page, 'estate-name').fill('砖桥东苑');
    await expectAccessible(page, 'new estate form');
    await page.getByTestId('estate-form-submit').click();
    await page.getByRole('cell', { name: '砖桥东苑' }).waitFor();
    const estates = (await answer<'/api/communities/{communityId}/estates'>(staff.get(`${base}/estates?q=砖桥东苑`)))
      .items;
    expect(estates.map((e) => e.name)).toEqual(['砖桥东苑']);
  });

  it('searches residents by name, edits one, and reveals a phone with a reason', async () => {
    const sample = (
      await answer<'/api/communities/{communityId}/residents'>(staff.get(`${base}/residents?pageSize=20&tag=car_owner`))
    ).items.find((r) => r.phone)!;
    await openMenu('residents', '[data-testid=resident-row]');
    await expectAccessible(page, 'residents');
    await page.getByTestId('search').fill(sample.name);
    await page.getByTestId('search').press('Enter');
    await expect
      .poll(async () => {
        const names = await page.getByTestId('resident-row').locator('td:first-child').allTextContents();
        return names.length > 0 && names.every((n) => n.includes(sample.name));
      })
      .toBe(true);

    const row = page.getByTestId('resident-row').filter({ hasText: sample.phone! }).first();
    await row.getByTestId('resident-edit').click();
    await field(page, 'resident-name').fill(`${sample.name}明`);
    await page.getByTestId('resident-form-submit').click();
    await page.getByTestId('resident-form').waitFor({ state: 'detached' });
    const after = await answer<'/api/communities/{communityId}/residents/{id}'>(
      staff.get(`${base}/residents/${sample.id}`),
    );
    expect(after.name).toBe(`${sample.name}明`);
    expect(after.tags).toContain('car_owner'); // an edit keeps what it did not touch

    await page.getByTestId('search').fill(`${sample.name}明`);
    await page.getByTestId('search').press('Enter');
    const edited = page
      .getByTestId('resident-row')
      .filter({ hasText: `${sample.name}明` })
      .first();
    await edited.getByTestId('reveal-phone').click();
    await field(page, 'reveal-reason').fill('上门走访前核对联系方式');
    await expectAccessible(page, 'reveal dialog');
    await page.getByTestId('reveal-submit').click();
    await expect.poll(() => edited.getByTestId('revealed-phone').textContent()).toMatch(/^170\d{8}$/);
    const trail = (
      await answer<'/api/communities/{communityId}/audit'>(
        staff.get(`${base}/audit?entityType=resident&entityId=${sample.id}`),
      )
    ).items;
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['residents.update', 'residents.reveal']));
  });

  it('imports a good roster into new rooms, and refuses a bad one row by row without writing anything', async () => {
    await openMenu('rosters', '[data-testid=roster-upload]');
    await page.getByTestId('resident-row').first().waitFor({ state: 'detached' });
    await expectAccessible(page, 'rosters');
    const dryRun = field(page, 'roster-dry-run');
    if (await dryRun.isChecked()) await dryRun.uncheck();

    const good = await rosterXlsx(
      [
        ['嘉和景苑', '1号楼', '801', '', 'e2e 新增'],
        ['嘉和景苑', '1号楼', '802', '', ''],
      ],
      [
        ['嘉和景苑', '1号楼', '801', '顾新民', '男', '1958-03-02', '13900000801', '', '是', '党员、有车', ''],
        ['嘉和景苑', '1号楼', '801', '陆美华', '女', '1960-07-15', '', '', '否', '', ''],
        ['嘉和景苑', '1号楼', '802', '沈佳怡', '女', '1995-11-30', '13900000802', '', '是', '', ''],
      ],
    );
    await page.locator('input[type=file]').setInputFiles({ name: '台账-新增.xlsx', mimeType: XLSX, buffer: good });
    await expect.poll(() => page.getByTestId('roster-result').textContent()).toMatch(/2.*3/);
    const imported = (await answer<'/api/communities/{communityId}/residents'>(staff.get(`${base}/residents?q=顾新民`)))
      .items;
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({
      room: '801',
      isRepresentative: true,
      tags: expect.arrayContaining(['party_member', 'car_owner']),
    });

    const bad = await rosterXlsx(
      [
        ['嘉和景苑', '1号楼', '803', '', ''],
        ['不存在小区', '1号楼', '101', '', ''],
      ],
      [
        ['嘉和景苑', '1号楼', '803', '错行测试甲', '男', '1970-01-01', '12345', '', '是', '', ''],
        ['嘉和景苑', '1号楼', '803', '错行测试乙', '未知', '', '', '310117197001011230', '否', '飞行员', ''],
      ],
    );
    await page.locator('input[type=file]').setInputFiles({ name: '台账-有错.xlsx', mimeType: XLSX, buffer: bad });
    const errors = page.getByTestId('roster-error-row');
    await expect.poll(() => errors.count()).toBeGreaterThanOrEqual(4);
    const text = (await page.getByTestId('roster-errors').textContent()) ?? '';
    for (const column of ['小区', '手机号', '性别', '标签']) expect(text).toContain(column);
    await expectAccessible(page, 'roster errors');
    const written = (
      await answer<'/api/communities/{communityId}/residents'>(staff.get(`${base}/residents?q=错行测试`))
    ).total;
    expect(written).toBe(0);
    const rooms = (
      await answer<'/api/communities/{communityId}/households'>(staff.get(`${base}/households?q=803`))
    ).items.filter((h) => h.room === '803' && h.estateName === '嘉和景苑' && h.buildingName === '1号楼');
    expect(rooms).toHaveLength(0);
  });

  it('exports residents with full numbers only after a purpose is written, and without one they stay masked', async () => {
    await page.goto('/org/rosters');
    const phones = async (download: Promise<Download>) => {
      const wb = new ExcelJS.Workbook();
      const stream = await (await download).createReadStream();
      await wb.xlsx.read(stream);
      const sheet = wb.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).indexOf('手机号');
      return sheet.getColumn(header).values.slice(2).filter(Boolean).map(String);
    };
    const masked = await phones(
      Promise.all([page.waitForEvent('download'), page.getByTestId('export-residents').click()]).then(([d]) => d),
    );
    expect(masked.length).toBeGreaterThan(100);
    expect(masked.filter((p) => /^1\d{10}$/.test(p))).toEqual([]);

    await page.getByTestId('export-residents-full').click();
    await page.getByTestId('export-full-submit').click();
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').first().textContent())
      .toBe('请写明用途（至少2个字）');
    await expectAccessible(page, 'full-number export asking for a purpose');
    await field(page, 'export-full-reason').fill('疫苗接种通知逐户联系');
    const full = await phones(
      Promise.all([page.waitForEvent('download'), page.getByTestId('export-full-submit').click()]).then(([d]) => d),
    );
    expect(full.filter((p) => /^1\d{10}$/.test(p)).length).toBe(masked.length);
  });

  it('switches the console to English and back to Chinese', async () => {
    await page.goto('/org/residents');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('menu-residents').textContent()).toBe('Residents');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    await expectAccessible(page, 'residents in English');
    await page.getByTestId('lang-zh-CN').click();
    await expect.poll(() => page.getByTestId('menu-residents').textContent()).toBe('居民');
  });
});
