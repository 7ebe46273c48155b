import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { api, communityId, expectAccessible, field, signIn, useBrowser } from './support/browser';
import { answer } from './support/answers';
import { measureTargets } from './support/targets';

const PHONE = { width: 390, height: 844 };

describe('resident H5', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let base: string;

  beforeAll(async () => {
    staff = await api('staff');
    base = `/api/communities/${await communityId(staff)}`;
  });
  afterAll(async () => {
    await staff?.dispose();
  });

  it('care mode makes text at least 20 px and every control at least 60 × 60 px on a 390 × 844 phone', async () => {
    const page = await b.page({ h5: true, viewport: PHONE });
    await signIn(page, 'resident1', { h5: true });
    await page.locator('.h5-welcome').waitFor();
    await page.locator('label:has([data-testid=care-switch])').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
    const m = await measureTargets(page, { target: 60, text: 20 });
    expect(m.smallText, `text under 20 px: ${JSON.stringify(m.smallText)}`).toEqual([]);
    expect(m.smallTargets, `controls under 60×60: ${JSON.stringify(m.smallTargets)}`).toEqual([]);
    expect(m.texts).toBeGreaterThan(5);
    await expectAccessible(page, 'H5 home in care mode');
    // Remembered on this device: a reload keeps it on.
    await page.reload();
    await page.locator('.h5-welcome').waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
  });

  it('a resident joins their household with the one-time code that staff issued', async () => {
    const buildings = (
      await answer<'/api/communities/{communityId}/buildings'>(staff.get(`${base}/buildings?q=2号楼&pageSize=5`))
    ).items;
    const building = buildings.find((x) => x.estateName === '洞北小区') ?? buildings[0];
    const issued = await answer<'/api/communities/{communityId}/buildings/{id}/join-codes', 'post'>(
      staff.post(`${base}/buildings/${building.id}/join-codes`),
    );
    const { code, householdId } = issued.items[0];
    const household = await answer<'/api/communities/{communityId}/households/{id}'>(
      staff.get(`${base}/households/${householdId}`),
    );

    const page = await b.page({ h5: true, viewport: PHONE });
    await page.goto(`/h5/join?code=${code}`);
    expect(await field(page, 'join-code').inputValue()).toBe(code);
    await expectAccessible(page, 'H5 join');
    await field(page, 'join-name').fill('钱晓红');
    await field(page, 'join-phone').fill('13912340001');
    await field(page, 'join-password').fill('my-own-password-2026');
    await page.getByTestId('join-submit').click();
    await expect.poll(() => page.locator('.h5-welcome').textContent()).toContain('钱晓红');
    const me = await answer<'/api/me'>(page.request.get('/api/me'));
    expect(me.communities[0]).toMatchObject({ householdId, roles: expect.arrayContaining(['resident']) });
    expect(household.code).toBeTruthy();
    await expectAccessible(page, 'H5 home after joining');

    // The code is one-time: a second use is refused with a message.
    const again = await b.page({ h5: true, viewport: PHONE });
    await again.goto(`/h5/join?code=${code}`);
    await field(again, 'join-name').fill('冒用者');
    await field(again, 'join-phone').fill('13912340002');
    await field(again, 'join-password').fill('another-password-2026');
    await again.getByTestId('join-submit').click();
    await expect.poll(() => again.getByTestId('join-error').textContent()).toMatch(/户码无效|已被使用/);
    const members = (
      await answer<'/api/communities/{communityId}/households/{id}'>(staff.get(`${base}/households/${householdId}`))
    ).residents.map((r) => r.name);
    expect(members).toContain('钱晓红');
    expect(members).not.toContain('冒用者');
  });
});
