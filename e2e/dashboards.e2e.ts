import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { api, communityId, expectAccessible, useBrowser } from './support/browser';
import { answer } from './support/answers';

/** The community dashboard, the grid dashboard and the town view, as the secretary, a grid leader, staff and the platform admin see them. */
describe('dashboards in the console', () => {
  const b = useBrowser();
  let secretary: APIRequestContext;
  let leader: APIRequestContext;
  let base: string;

  beforeAll(async () => {
    secretary = await api('secretary');
    leader = await api('leader1');
    base = `/api/communities/${await communityId(secretary)}`;
  });
  afterAll(async () => {
    await secretary?.dispose();
    await leader?.dispose();
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

  it('shows what co-governance achieved, each figure opening the records behind it', async () => {
    const d = await answer<'/api/communities/{communityId}/dashboard'>(secretary.get(`${base}/dashboard`));
    const page = await b.page({ as: 'secretary' });
    await page.getByTestId('menu-dashboard').click();
    const figures = page.getByTestId('dashboard-figures');
    await figures.waitFor();
    expect(await page.getByTestId('dash-volunteers').textContent()).toContain(String(d.figures.volunteers.personTimes));
    const yuan = (fen: number) => `¥${Math.round(fen / 100).toLocaleString('en-US')}`;
    expect(await page.getByTestId('dash-fund').textContent()).toContain(yuan(d.figures.emergencyFund.balanceFen));
    expect(await page.getByTestId('dash-donations').textContent()).toContain(yuan(d.figures.donations.valueFen));
    // 召开会议 opens the meetings held in the period: as many rows as the figure.
    await page.getByTestId('dash-meetings').click();
    await page.waitForURL((u) => u.pathname === '/meetings' && u.searchParams.get('from') === d.from);
    await page.getByTestId('meetings-filter').waitFor();
    await expect
      .poll(() => page.getByTestId('meetings-table').locator('tr.ant-table-row').count())
      .toBe(d.meetingsHeld);
    expect(d.meetingsHeld).toBeGreaterThan(0);
    await page.goBack();
    // 解决问题 opens the topics list filtered to the closed ones of the period.
    await page.getByTestId('dash-topics').click();
    await page.waitForURL((u) => u.pathname === '/topics' && u.searchParams.get('status') === 'closed');
    await page.locator('tr.ant-table-row').first().waitFor();
    await page.goBack();
    // Donations open the resources page on its donations tab.
    await page.getByTestId('dash-donations').click();
    await page.waitForURL((u) => u.pathname === '/resources' && u.searchParams.get('tab') === 'donations');
    await expect.poll(() => page.locator('.ant-tabs-tab-active').textContent()).toMatch(/捐赠|Donations/);
  });

  it("shows a grid leader their own grid's dashboard, the same as the API, and opens its tickets", async () => {
    const g = await answer<'/api/communities/{communityId}/grid-dashboard'>(leader.get(`${base}/grid-dashboard`));
    expect(g.grids).toHaveLength(1);
    const page = await b.page({ as: 'leader1' });
    await page.getByTestId('menu-grid-dashboard').click();
    await expect.poll(() => page.getByTestId('grid-period').textContent()).toContain(`${g.from} – ${g.to}`);
    expect(await page.textContent('h1, h2, h3, h4')).toContain(g.gridName);
    expect(await page.getByTestId('grid-tickets').textContent()).toContain(String(g.tickets.tickets));
    expect(await page.getByTestId('grid-overdue').textContent()).toContain(String(g.tickets.overdue));
    expect(await page.getByTestId('grid-select').count()).toBe(0);
    await expect.poll(() => page.locator('[role=img][aria-label]').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('menu-dashboard').count()).toBe(0);
    await expectAccessible(page, 'grid dashboard');
    await page.getByTestId('grid-tickets').click();
    await page.waitForURL((u) => u.pathname === '/tickets' && u.searchParams.get('gridId') === g.gridId);
  });

  it('lets staff pick any grid', async () => {
    const staff = await api('staff');
    const all = await answer<'/api/communities/{communityId}/grid-dashboard'>(staff.get(`${base}/grid-dashboard`));
    await staff.dispose();
    expect(all.grids.length).toBeGreaterThan(1);
    const page = await b.page({ as: 'staff' });
    await page.getByTestId('menu-grid-dashboard').click();
    await page.getByTestId('grid-select').click();
    const other = all.grids.find((x) => x.id !== all.gridId)!;
    const option = page.locator('.ant-select-item-option', { hasText: other.name });
    await option.waitFor();
    // Checked open: the options must be real options to a screen reader (role and aria-selected together).
    expect(await option.getAttribute('role')).toBe('option');
    await expectAccessible(page, 'grid dashboard with the grid list open');
    await option.click();
    await expect.poll(() => page.textContent('h1, h2, h3, h4')).toContain(other.name);
  });

  it('shows the town each community’s property score and emergency fund, and the property companies compared', async () => {
    const page = await b.page({ as: 'admin' });
    await page.getByTestId('menu-town').click();
    const table = page.getByTestId('town-table');
    await table.locator('tr.ant-table-row').first().waitFor();
    expect(await table.textContent()).toMatch(/物业得分|Property score/);
    expect(await table.textContent()).toMatch(/¥[\d,]+/);
    const companies = page.getByTestId('town-companies');
    await companies.locator('tr.ant-table-row').first().waitFor();
    expect(await companies.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'town view with companies');
  });
});
