import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { api, communityId, expectAccessible, useBrowser } from './support/browser';
import { answer } from './support/answers';
import { runSql } from './support/database';

/** 工作台 (issue #17): staff land on it and open an overdue ticket; a building leader sees only their grid; the structure overview has its own page. */
describe('workbench', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let resident: APIRequestContext;
  let leader: APIRequestContext;
  let base: string;
  let late: { id: string; number: string };

  beforeAll(async () => {
    staff = await api('staff');
    resident = await api('resident1');
    leader = await api('leader1');
    base = `/api/communities/${await communityId(staff)}`;
    const places = await answer<'/api/communities/{communityId}/tickets/places'>(
      resident.get(`${base}/tickets/places`),
    );
    const r = await resident.post(`${base}/tickets`, {
      data: {
        title: '工作台测试：电梯按钮失灵',
        description: '2单元电梯按钮按了没反应',
        locationKind: 'building',
        buildingId: places.myBuildingId,
      },
      headers: { 'Idempotency-Key': `e2e-${crypto.randomUUID()}` },
    });
    expect(r.status(), await r.text()).toBe(201);
    late = await r.json();
    // The running server's clock cannot be moved: the ticket is aged instead, due a year ago (the most overdue,
    // listed first: the section shows the first eight).
    const past = new Date(Date.now() - 365 * 24 * 3600_000).toISOString();
    await runSql('UPDATE tickets SET response_due_at = ?, resolution_due_at = ? WHERE id = ?', [past, past, late.id]);
  });
  afterAll(async () => {
    await staff?.dispose();
    await resident?.dispose();
    await leader?.dispose();
  });

  it('staff sign in and land on 工作台, see the overdue ticket and open it', async () => {
    const page = await b.page({ as: 'staff' });
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    const overdue = page.getByTestId('wb-overdue');
    await overdue.getByText(late.number, { exact: false }).first().waitFor();
    const bench = await answer<'/api/communities/{communityId}/workbench'>(staff.get(`${base}/workbench`));
    expect(bench.tickets!.overdue.map((t) => t.id)).toContain(late.id);
    await expectAccessible(page, 'workbench (staff)');
    await overdue.getByRole('link', { name: new RegExp(late.number) }).click();
    await page.waitForURL((u) => u.pathname === `/tickets/${late.id}`);
    await page.getByText('工作台测试：电梯按钮失灵').first().waitFor();
  });

  it("shows a building leader only their grid's tickets", async () => {
    const mine = await answer<'/api/communities/{communityId}/workbench'>(leader.get(`${base}/workbench`));
    const all = await answer<'/api/communities/{communityId}/workbench'>(staff.get(`${base}/workbench`));
    const grids = await answer<'/api/communities/{communityId}/grid-dashboard'>(leader.get(`${base}/grid-dashboard`));
    const myGrids = new Set(grids.grids.map((g) => g.id));
    const rows = mine.tickets!.grid;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((t) => t.gridId === null || !myGrids.has(t.gridId))).toEqual([]);
    const otherNames = [
      ...new Set(all.tickets!.grid.filter((t) => t.gridId && !myGrids.has(t.gridId)).map((t) => t.gridName!)),
    ];
    expect(otherNames.length).toBeGreaterThan(0);

    const page = await b.page({ as: 'leader1' });
    const section = page.getByTestId('wb-grid');
    await section.getByTestId('wb-grid-row').first().waitFor();
    expect(await section.getByTestId('wb-grid-row').count()).toBe(Math.min(rows.length, 8));
    const text = (await section.textContent()) ?? '';
    for (const name of otherNames) expect(text).not.toContain(name);
    await expectAccessible(page, 'workbench (building leader)');
  });

  it('reaches 结构概览 from the menu', async () => {
    const page = await b.page({ as: 'staff' });
    await page.getByTestId('menu-overview').click();
    await page.waitForURL((u) => u.pathname === '/org/overview');
    const counts = (await answer<'/api/communities/{communityId}'>(staff.get(base))).counts;
    await expect
      .poll(async () => (await page.locator('main').textContent())?.replaceAll(',', ''))
      .toContain(String(counts.residents));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  });
});
