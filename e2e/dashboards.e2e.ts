import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { api, communityId, expectAccessible, useBrowser } from './support/browser';
import { answer } from './support/answers';

/** The community dashboard and the town view, as the secretary and the platform admin see them. */
describe('dashboards in the console', () => {
  const b = useBrowser();
  let secretary: APIRequestContext;
  let base: string;

  beforeAll(async () => {
    secretary = await api('secretary');
    base = `/api/communities/${await communityId(secretary)}`;
  });
  afterAll(async () => {
    await secretary?.dispose();
  });

  it("shows the secretary the community's figures for the last twelve months, the same as the API", async () => {
    const d = await answer<'/api/communities/{communityId}/dashboard'>(secretary.get(`${base}/dashboard`));
    const page = await b.page({ as: 'secretary' });
    await page.getByTestId('menu-dashboard').click();
    await expect.poll(() => page.getByTestId('dashboard-period').textContent()).toContain(`${d.from} – ${d.to}`);
    expect(await page.getByTestId('dash-meetings').textContent()).toContain(String(d.meetingsHeld));
    expect(await page.getByTestId('dash-topics').textContent()).toContain(String(d.topicsClosed));
    await expect.poll(() => page.locator('[role=img][aria-label]').count()).toBeGreaterThan(2);
    expect(await page.getByTestId('menu-town').count()).toBe(0);
    await expectAccessible(page, 'community dashboard');
  });

  it("lets the platform admin compare the town's communities and open one's dashboard", async () => {
    const page = await b.page({ as: 'admin' });
    await page.getByTestId('menu-town').click();
    const table = page.getByTestId('town-table');
    await table.locator('tr.ant-table-row').first().waitFor();
    expect(await table.textContent()).toContain('砖桥居民区');
    await expectAccessible(page, 'town view');
    await table.getByRole('button', { name: '砖桥居民区' }).click();
    await page.waitForURL((u) => u.pathname === '/dashboard');
    await page.getByTestId('dashboard-headline').waitFor();
  });
});
