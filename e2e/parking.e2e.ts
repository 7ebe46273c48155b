import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { answer } from './support/answers';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';

/** Picks the option with this text in the antd Select behind a test id. */
async function choose(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

describe('parking: the resident asks why 30 minutes, staff add a rule version', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let base: string;
  let carParkId: string;

  beforeAll(async () => {
    staff = await api('staff');
    base = `/api/communities/${await communityId(staff)}`;
    const parks = await answer<'/api/communities/{communityId}/parking/car-parks'>(
      staff.get(`${base}/parking/car-parks`),
    );
    carParkId = parks.items.find((p) => p.name === '洞北小区地面停车场')!.id;
  });
  afterAll(async () => {
    await staff?.dispose();
  });

  it("shows the resident's vehicle and answers 'why 30 minutes?' with the consultation's result", async () => {
    const page = await b.page({ as: 'resident1', h5: true, viewport: { width: 390, height: 844 }, at: '/h5/parking' });
    await page.getByTestId('h5-my-vehicles').waitFor();
    expect(await page.getByTestId('h5-my-vehicles').textContent()).toContain('沪AD73215');
    const park = page.getByTestId(`h5-car-park-${carParkId}`);
    expect(await park.getByTestId('h5-rule-line').textContent()).toContain('免费临停 30 分钟');
    await park.getByText('为什么是30分钟？').click();
    const why = park.getByTestId('h5-why');
    await why.getByTestId('h5-why-turnout').waitFor();
    expect(await why.getByTestId('h5-why-turnout').textContent()).toContain('实际参与 100 户');
    const text = await why.textContent();
    expect(text).toContain('洞北小区临时停车收费调整征询');
    expect(text).toContain('调整为免费临停半小时：71 户');
    await expectAccessible(page, 'parking why');
    await page.screenshot({ path: 'test-results/parking-h5.png', fullPage: true });
    const href = await why.getByTestId('h5-why-link').getAttribute('href');
    expect(href).toMatch(/^\/p\/consultations\/[^/]+$/);
    await why.getByTestId('h5-why-link').click();
    await page.waitForURL(/\/p\/consultations\//);
    await page.getByText('洞北小区临时停车收费调整征询').first().waitFor();
  });

  it('refuses a rule version without a decision, then adds one linked to the topic and its consultation', async () => {
    const page = await b.page({ as: 'staff', at: '/parking' });
    await page.getByTestId('car-parks-table').getByText('洞北小区地面停车场').click();
    await page.waitForURL(/\/parking\/[^/]+$/);
    await page.getByTestId('rules-table').getByText('洞北小区外来车辆占用车位、停车费偏低').waitFor();
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await field(page, 'rule-date').fill(later);
    await field(page, 'rule-date').press('Enter');
    await field(page, 'rule-free').fill('20');
    await field(page, 'rule-fee').fill('3');
    await field(page, 'rule-cap').fill('20');
    await field(page, 'rule-priority').fill('54');
    await page.getByTestId('rule-submit').click();
    await page.getByTestId('rule-error').getByText('必须关联已形成决议的四方议事议题').waitFor();
    const before = await answer<'/api/communities/{communityId}/parking/car-parks/{id}'>(
      staff.get(`${base}/parking/car-parks/${carParkId}`),
    );
    expect(before.rules).toHaveLength(1);

    await choose(page, 'rule-topic', '洞北小区外来车辆占用车位、停车费偏低');
    await choose(page, 'rule-consultation', '洞北小区临时停车收费调整征询');
    await page.getByTestId('rule-submit').click();
    await page.getByTestId('rules-table').getByText(later).waitFor();
    expect(await page.getByTestId('rules-table').textContent()).toContain('待生效');
    await expectAccessible(page, 'car park detail');
    await page.screenshot({ path: 'test-results/parking-console.png', fullPage: true });
    const after = await answer<'/api/communities/{communityId}/parking/car-parks/{id}'>(
      staff.get(`${base}/parking/car-parks/${carParkId}`),
    );
    expect(after.rules.map((r) => [r.effectiveOn, r.state, r.freeMinutes])).toEqual([
      ['2025-11-01', 'in_force', 30],
      [later, 'scheduled', 20],
    ]);
  });

  it('lists vehicles with masked plates and refuses a plate in the wrong format', async () => {
    const page = await b.page({ as: 'property', at: '/parking' });
    await page.getByRole('tab', { name: '登记车辆' }).click();
    const table = page.getByTestId('vehicles-table');
    await table.locator('tbody tr').first().waitFor();
    const plates = await table.locator('tbody tr td:first-child').allTextContents();
    expect(plates.length).toBeGreaterThan(0);
    expect(plates.filter((p) => !/^.{2}·.\*+.{2}$/.test(p))).toEqual([]);
    await page.getByTestId('vehicle-new').click();
    await field(page, 'vehicle-plate').waitFor();
    await choose(page, 'vehicle-household', '');
    await field(page, 'vehicle-plate').fill('沪A1234');
    await page.getByTestId('vehicle-form-submit').click();
    await page.locator('.ant-message', { hasText: '格式不正确' }).waitFor();
  });
});
