import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { answer } from './support/answers';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';

/** Picks the option with this text in the antd Select behind a test id (or a locator). */
async function choose(page: Page, select: ReturnType<Page['locator']>, text: string) {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

describe('funded projects, donations and the public disclosure in the console', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let base: string;
  let page: Page;
  let projectId: string;
  const name = `文化长廊二期${Date.now() % 100000}`;

  beforeAll(async () => {
    staff = await api('staff');
    base = `/api/communities/${await communityId(staff)}`;
    page = await b.page({ as: 'staff' });
  });
  afterAll(async () => {
    await staff?.dispose();
  });

  it('creates a project, spends with an invoice photo and refuses spending beyond the balance', async () => {
    await page.goto('/projects');
    await page.getByTestId('projects-table').waitFor();
    await page.getByTestId('project-new').click();
    await field(page, 'project-name').waitFor();
    await expectAccessible(page, 'project create form');
    await field(page, 'project-name').fill(name);
    await field(page, 'project-program').fill('楼道we治理项目');
    await field(page, 'project-budget').fill('1000');
    await field(page, 'project-items').fill('宣传版面 60 块\n围墙改造 162 米');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.waitForURL(/\/projects\/[^/]+$/);
    projectId = page.url().split('/').pop()!;
    expect(await page.getByTestId('project-items').textContent()).toContain('宣传版面 60 块');

    const invoice = await sharp({ create: { width: 200, height: 120, channels: 3, background: '#eee' } })
      .png()
      .toBuffer();
    await field(page, 'spend-amount').fill('600');
    await field(page, 'spend-payee').fill('上海洞泾广告制作有限公司');
    await field(page, 'spend-date').fill('2025-06-01');
    await page
      .getByTestId('spend-invoice')
      .setInputFiles({ name: 'invoice.png', mimeType: 'image/png', buffer: invoice });
    await page.getByTestId('spend-submit').click();
    await expect.poll(() => page.getByTestId('project-spent').textContent()).toBe('600.00');
    expect(await page.getByTestId('project-balance').textContent()).toBe('400.00');
    expect(await page.getByTestId('spending-table').textContent()).toContain('有发票');

    await field(page, 'spend-amount').fill('500');
    await field(page, 'spend-payee').fill('上海洞泾广告制作有限公司');
    await field(page, 'spend-date').fill('2025-06-02');
    await page.getByTestId('spend-submit').click();
    await page.locator('.ant-message', { hasText: '超出项目余额' }).waitFor();
    const held = await answer<'/api/communities/{communityId}/projects/{id}'>(
      staff.get(`${base}/projects/${projectId}`),
    );
    expect(held).toMatchObject({ spentFen: 60_000, balanceFen: 40_000 });
    expect(held.spending).toHaveLength(1);

    // A before photo goes up through the same multipart upload and shows under 实施前.
    await page
      .getByTestId('project-photo')
      .setInputFiles({ name: 'before.png', mimeType: 'image/png', buffer: invoice });
    await page.getByRole('region', { name: '实施前' }).locator('img').first().waitFor();
    const photos = (
      await answer<'/api/communities/{communityId}/projects/{id}'>(staff.get(`${base}/projects/${projectId}`))
    ).photos;
    expect(photos.map((ph) => ph.kind).sort()).toEqual(['before', 'invoice']);
    await page.screenshot({ path: 'test-results/projects-detail.png', fullPage: true });
  });

  it('publishes the project, and anyone sees the disclosure without invoices', async () => {
    await page.getByTestId('project-publish').click();
    await expect
      .poll(
        async () =>
          (await answer<'/api/communities/{communityId}/projects/{id}'>(staff.get(`${base}/projects/${projectId}`)))
            .published,
      )
      .toBe(true);
    const visitor = await b.page();
    await visitor.goto(`/p/projects/${projectId}`);
    await visitor.getByTestId('public-project').waitFor();
    expect(await visitor.getByTestId('public-spent').textContent()).toBe('600.00');
    expect(await visitor.getByTestId('public-spending').textContent()).toContain('上海洞泾广告制作有限公司');
    await visitor.screenshot({ path: 'test-results/projects-public.png', fullPage: true });
  });

  it('records a donation and marks the need it met', async () => {
    const need = `长廊座椅${Date.now() % 100000}`;
    await page.goto('/resources');
    await page.getByTestId('need-new').click();
    await field(page, 'need-title').fill(need);
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('needs-table').getByText(need).waitFor();

    await page.getByRole('tab', { name: '捐赠' }).click();
    await page.getByTestId('donation-new').click();
    await field(page, 'donation-item').waitFor();
    await expectAccessible(page, 'donation form');
    await field(page, 'donation-item').fill('休闲长廊沙发');
    await field(page, 'donation-quantity').fill('4');
    await field(page, 'donation-value').fill('2400');
    await field(page, 'donation-donor').fill('上海砖桥包装材料厂');
    await field(page, 'donation-destination').fill('休闲长廊');
    await field(page, 'donation-date').fill('2025-06-03');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('donations-table').getByText('休闲长廊沙发').waitFor();
    // A photo of it through the typed multipart call; the thumbnail shown is the one the answer points at.
    const donationRow = page.getByTestId('donations-table').locator('tr', { hasText: '休闲长廊沙发' }).first();
    const sofa = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#a63' } })
      .png()
      .toBuffer();
    await donationRow
      .locator('input[type=file]')
      .setInputFiles({ name: 'sofa.png', mimeType: 'image/png', buffer: sofa });
    const thumb = donationRow.locator('img').first();
    await thumb.waitFor();
    await expect
      .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);

    await page.getByRole('tab', { name: '三张清单' }).click();
    const row = page.getByTestId('needs-table').locator('tr', { hasText: need });
    await choose(page, row.locator('.ant-select').last(), '休闲长廊沙发');
    await row.getByText('已解决').waitFor();
    const met = (await answer<'/api/communities/{communityId}/needs'>(staff.get(`${base}/needs`))).items.find(
      (n) => n.title === need,
    );
    expect(met).toMatchObject({ status: 'met', donation: { item: '休闲长廊沙发', valueFen: 240_000 } });
    await page.screenshot({ path: 'test-results/resources-lists.png', fullPage: true });
  });

  it('shows on the demo topic about the old wall the culture corridor project that implemented it', async () => {
    const topics = (await answer<'/api/communities/{communityId}/topics'>(staff.get(`${base}/topics?status=closed`)))
      .items;
    const wall = topics.find((x) => x.title === '围墙破旧影响观感');
    if (!wall) throw new Error('the demo topic 围墙破旧影响观感 is missing');
    await page.goto(`/topics/${wall.id}`);
    await page.getByTestId('topic-projects').waitFor();
    expect(await page.getByTestId('topic-projects').textContent()).toContain('162米文化长廊');
  });

  it("lets a resident read the published projects on the H5 and open one's disclosure", async () => {
    const phone = await b.page({
      as: 'resident1',
      h5: true,
      viewport: { width: 390, height: 844 },
      at: '/h5/projects',
    });
    await phone.getByTestId('h5-projects').waitFor();
    expect(await phone.getByTestId('h5-projects').textContent()).toContain('162米文化长廊');
    await phone.getByTestId(`h5-project-${projectId}`).click();
    await phone.getByTestId('public-project').waitFor();
    await phone.screenshot({ path: 'test-results/projects-h5.png', fullPage: true });
  });
});
