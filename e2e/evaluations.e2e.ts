import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { answer, type Json } from './support/answers';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';

const PHONE = { width: 390, height: 844 };
const ITEMS = ['cleaning', 'greening', 'order_parking', 'repairs', 'service', 'presence'];

/**
 * A quarter of 物业考评 in the demo: the five committee members score this quarter's open round (three on their
 * phones), the last sheet closes it, the result is published without names, and a rectification raised from it is
 * tracked to done with a photo by the property company.
 */
describe('物业考评: committee scores on phones, the round closes, the result is published, a rectification is done', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let base: string;
  let round: Json<'/api/communities/{communityId}/evaluations'>['items'][number];

  beforeAll(async () => {
    staff = await api('staff');
    base = `/api/communities/${await communityId(staff)}`;
    round = (await answer<'/api/communities/{communityId}/evaluations'>(staff.get(`${base}/evaluations?status=open`)))
      .items[0];
  });

  async function scoreOnPhone(page: Page, scores: number[], comment: string, open = true) {
    if (open) await page.goto(`/h5/evaluations/${round.id}`);
    await page.getByTestId('evaluation-sheet').waitFor();
    for (const [i, key] of ITEMS.entries()) {
      await page.getByTestId(`score-${key}`).fill(String(scores[i]));
      if (i === 0) await page.getByTestId(`comment-${key}`).fill(comment);
    }
    await page.getByTestId('evaluation-submit').click();
    await page.getByRole('dialog').getByRole('button', { name: '提交评分' }).click();
  }

  it('shows the rounds, the rubric, the trend, the dashboard and town figures in the console, and exports for the town', async () => {
    const trend = await answer<'/api/communities/{communityId}/evaluations/trend'>(
      staff.get(`${base}/evaluations/trend`),
    );
    expect(trend.items.length).toBeGreaterThan(0);
    const page = await b.page({ as: 'staff', at: '/evaluations/rubric' });
    await expect.poll(() => page.getByTestId('rubric-sum').textContent()).toMatch(/权重合计 100/);
    expect(await page.getByTestId('rubric-table').locator('tr.ant-table-row').count()).toBe(ITEMS.length);

    await page.goto('/evaluations/trend');
    const table = page.getByTestId('evaluation-trend-table');
    await table.locator('tr.ant-table-row').first().waitFor();
    expect(await table.textContent()).toContain(trend.items[0].quarter);

    await page.goto('/dashboard');
    await page.getByTestId('dashboard-evaluations').locator('tr.ant-table-row').first().waitFor();

    // The list last: no navigation follows the dialog while axe checks it.
    await page.goto('/evaluations');
    await page.getByTestId(`evaluation-row-${round.id}`).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('evaluations-export').click()]);
    expect(file.suggestedFilename()).toBe('evaluations.xlsx');
    // The new-round dialog lists the community's estates and property companies from their routes.
    await page.getByTestId('evaluations-new').click();
    await page.getByTestId('evaluation-estate').click();
    await page.locator('.ant-select-item-option', { hasText: round.estateName }).click();
    await page.getByTestId('evaluation-company').click();
    await page.locator('.ant-select-item-option', { hasText: round.companyName }).click();
    await expectAccessible(page, 'new round dialog');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s*消/ })
      .click(); // antd spaces a two-character label
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    const admin = await b.page({ as: 'admin' });
    await admin.getByTestId('menu-town').click();
    const town = admin.getByTestId('town-evaluations');
    await town.locator('tr.ant-table-row').first().waitFor();
    expect(await town.textContent()).toContain(trend.items[0].companyName);
  });

  it('lets members score on their phones; nobody sees another sheet before the close; a score above 100 cannot be sent', async () => {
    expect(round.members).toBe(5);
    const first = await b.page({ as: 'committee1', h5: true, viewport: PHONE, at: '/h5/evaluations' });
    await first.getByTestId(`evaluation-${round.id}`).click();
    await first.getByTestId('evaluation-sheet').waitFor();
    await first.getByTestId('score-cleaning').fill('101');
    expect(await first.getByTestId('evaluation-submit').isDisabled()).toBe(true);
    await scoreOnPhone(first, [88, 85, 80, 90, 86, 92], '垃圾房日产日清，楼道干净', false);
    await first.getByTestId('evaluation-mine').waitFor();
    await expectAccessible(first, 'my submitted sheet (H5)');

    // Care mode on the second phone: the same sheet, larger.
    const second = await b.page({ as: 'committee2', h5: true, viewport: PHONE, at: `/h5/evaluations/${round.id}` });
    await second.getByTestId('evaluation-sheet').waitFor();
    await second.locator('label:has([data-testid=care-switch])').click();
    await expect.poll(() => second.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
    const box = await second.getByTestId('score-cleaning').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(60);
    await second.screenshot({ path: path.join(os.tmpdir(), 'gz-evaluation-h5-care.png') });
    await scoreOnPhone(second, [70, 78, 65, 82, 80, 75], '晚上外来车辆仍有占位', false);
    await second.getByTestId('evaluation-mine').waitFor();
    const mine = await second.getByTestId('evaluation-mine').textContent();
    expect(mine).not.toContain('垃圾房日产日清');

    // Two more members send their sheets from the API, as the same phones would.
    for (const login of ['committee3', 'committee4']) {
      const m = await api(login);
      const r = await m.post(`${base}/evaluations/${round.id}/scores`, {
        data: { items: Object.fromEntries(ITEMS.map((k) => [k, { score: 80, comment: '' }])) },
      });
      expect(r.status()).toBe(200);
      expect((await answer<'/api/communities/{communityId}/evaluations/{id}/scores', 'post'>(r)).result).toBeNull();
    }
  });

  it("closes the round with the last member's sheet and shows the result on the phone and in the console", async () => {
    const last = await b.page({ as: 'committee5', h5: true, viewport: PHONE });
    await scoreOnPhone(last, [90, 90, 90, 90, 90, 90], '');
    await last.getByTestId('evaluation-result').waitFor();
    const closed = await answer<'/api/communities/{communityId}/evaluations/{id}'>(
      staff.get(`${base}/evaluations/${round.id}`),
    );
    expect(closed).toMatchObject({
      status: 'closed',
      closedReason: 'all_scored',
      result: { members: 5, scored: 5, absent: 0 },
    });
    expect(await last.getByTestId('evaluation-score').textContent()).toBe(String(closed.result?.score));
    await expectAccessible(last, 'closed round result (H5)');

    const page = await b.page({ as: 'staff', at: `/evaluations/${round.id}` });
    await page.getByTestId('evaluation-result').waitFor();
    expect(await page.getByTestId('evaluation-score').textContent()).toBe(String(closed.result?.score));
    // The quarter's objective figures beside the score: tickets, work orders and hours without duty, frozen now.
    const figures = (await page.getByTestId('evaluation-figures').textContent())!;
    for (const label of ['诉求数', '维修工单', '紧急维修', '维修支出', '无人值守']) expect(figures).toContain(label);
    expect(closed.figures.workOrders).not.toBeNull();
    expect(closed.figures.dutyGapHours).not.toBeNull();
    expect(await page.getByTestId('figure-workOrders').textContent()).toBe(String(closed.figures.workOrders));
    expect(await page.getByTestId('figure-dutyGap').textContent()).toBe(String(closed.figures.dutyGapHours));
    await page.screenshot({ path: path.join(os.tmpdir(), 'gz-evaluation-console.png'), fullPage: true });
  });

  it('publishes the closed round without member names or comments', async () => {
    const page = await b.page({ viewport: PHONE });
    await page.goto(`/p/evaluations/${round.id}`);
    await page.getByTestId('public-evaluation').waitFor();
    const text = (await page.getByTestId('public-evaluation').textContent())!;
    expect(text).toContain(round.estateName);
    expect(text).not.toContain('垃圾房日产日清');
    const committees = await answer<'/api/communities/{communityId}/organizations'>(
      staff.get(`${base}/organizations?kind=committee`),
    );
    const members = await answer<'/api/communities/{communityId}/organizations/{id}/members'>(
      staff.get(`${base}/organizations/${committees.items[0].id}/members`),
    );
    const names = members.items.map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(text).not.toContain(n);
    const figures = (await page.getByTestId('public-figures').textContent())!;
    for (const label of ['诉求数', '维修工单', '无人值守']) expect(figures).toContain(label);
    expect(figures).not.toContain('未记录');
    await expectAccessible(page, 'public evaluation notice');
  });

  it('tracks a rectification from the round to done with a photo, and the notice shows it', async () => {
    const committee = await b.page({ as: 'committee1', at: `/evaluations/${round.id}` });
    await field(committee, 'rect-title').fill('晚间巡查外来车辆');
    await committee.getByTestId('rect-due').click();
    await committee.locator('.ant-picker-dropdown .ant-picker-cell-in-view').last().click();
    await committee.getByTestId('rect-add').click();
    await committee.getByTestId('rectifications').getByText('晚间巡查外来车辆').waitFor();
    const rect = (
      await answer<'/api/communities/{communityId}/rectifications'>(
        staff.get(`${base}/rectifications?roundId=${round.id}`),
      )
    ).items[0];

    const photo = path.join(os.tmpdir(), `gz-rect-${rect.id}.png`);
    fs.writeFileSync(
      photo,
      await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
        .png()
        .toBuffer(),
    );
    const property = await b.page({ as: 'property', at: `/evaluations/${round.id}` });
    await property.getByTestId(`rect-upload-${rect.id}`).waitFor();
    await property.locator('input[type=file]').first().setInputFiles(photo);
    await property.getByRole('img', { name: '整改照片 1' }).waitFor();
    await field(property, `rect-note-${rect.id}`).fill('已安排夜班秩序员每晚巡查两次');
    await property.getByTestId(`rect-done-${rect.id}`).click();
    await expect.poll(() => property.getByTestId(`rect-status-${rect.id}`).textContent()).toBe('已完成');
    fs.rmSync(photo);
    await expectAccessible(property, 'round detail with a finished rectification');

    const notice = await answer<'/api/public/evaluations/{id}'>(staff.get(`/api/public/evaluations/${round.id}`));
    expect(notice.rectifications).toContainEqual(
      expect.objectContaining({ title: '晚间巡查外来车辆', status: 'done' }),
    );
  });
});
