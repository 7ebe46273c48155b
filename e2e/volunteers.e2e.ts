import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { answer } from './support/answers';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';

const PHONE = { width: 390, height: 844 };

/** 内力 on screen: a resident signs up and checks in and out by the event's QR; a ticket goes to a department and stays 挂账. */
describe('activities and department referrals', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let resident: APIRequestContext;
  let base: string;

  beforeAll(async () => {
    staff = await api('staff');
    resident = await api('resident1');
    base = `/api/communities/${await communityId(staff)}`;
  });
  afterAll(async () => {
    await staff?.dispose();
    await resident?.dispose();
  });

  it('a resident signs up on the phone, checks in by opening the QR URL, checks out, and the service counts in her hours', async () => {
    const now = Date.now();
    const created = await staff.post(`${base}/activities`, {
      data: {
        kind: 'festival',
        title: '端午包粽子（演示）',
        location: '嘉和景苑活动室',
        startsAt: new Date(now - 60_000).toISOString(),
        endsAt: new Date(now + 3 * 3_600_000).toISOString(),
        capacity: 20,
      },
    });
    expect(created.status()).toBe(201);
    const activity = await answer<'/api/communities/{communityId}/activities', 'post'>(created);
    const before = await answer<'/api/communities/{communityId}/activities/mine'>(
      resident.get(`${base}/activities/mine`),
    );

    const phone = await b.page({ h5: true, viewport: PHONE, as: 'resident1', at: '/h5/activities' });
    const row = phone.getByTestId(`vo-activity-${activity.id}`);
    await row.getByTestId('vo-signup').click();
    await expect.poll(() => row.getByTestId('vo-state').textContent()).toBe('已报名');
    await expectAccessible(phone, 'H5 activities after signing up');

    // The staff screen at the event: the activity's check-in QR, which encodes the H5 URL.
    const screen = await b.page({ as: 'staff', at: '/activities' });
    await screen.getByTestId(`vo-row-${activity.id}`).click();
    await screen.getByTestId('vo-screen').click();
    const qr = screen.getByTestId('vo-qr');
    await qr.waitFor();
    const url = await qr.getAttribute('data-url');
    expect(url).toMatch(new RegExp(`^/h5/activities/${activity.id}/check\\?code=\\w+`));
    await expectAccessible(screen, 'check-in screen');

    // Scanning opens the URL on the phone: one big button, 签到 then 签退.
    await phone.goto(url!);
    const button = phone.getByTestId('vo-check-button');
    await expect.poll(() => button.textContent()).toContain('签到');
    await button.click();
    await expect.poll(() => phone.getByTestId('vo-check-msg').textContent()).toBe('签到成功');
    await expect.poll(() => button.textContent()).toContain('签退');
    await expectAccessible(phone, 'H5 check-in page');
    await button.click();
    await expect.poll(() => phone.getByTestId('vo-check-msg').textContent()).toMatch(/^签退成功/);
    await phone.getByTestId('vo-check-done').waitFor();
    await phone.screenshot({ path: 'test-results/volunteers-h5-check.png', fullPage: true });

    // Her hours: one more person-time, and the activity listed as checked out.
    const after = await answer<'/api/communities/{communityId}/activities/mine'>(
      resident.get(`${base}/activities/mine`),
    );
    expect(after.personTimes).toBe(before.personTimes + 1);
    await phone.goto('/h5/activities');
    await expect.poll(() => phone.getByTestId('vo-my-hours').textContent()).toContain(`共 ${after.personTimes} 人次`);
    await phone.screenshot({ path: 'test-results/volunteers-h5-list.png', fullPage: true });
    const detail = await answer<'/api/communities/{communityId}/activities/{id}'>(
      staff.get(`${base}/activities/${activity.id}`),
    );
    expect(detail.signups).toEqual([
      expect.objectContaining({ checkedInAt: expect.any(String), checkedOutAt: expect.any(String) }),
    ]);
    // Checking in again with the same code is refused.
    const again = await resident.post(`${base}/activities/${activity.id}/check-in`, {
      data: { code: new URL(url!, 'http://x').searchParams.get('code') },
    });
    expect((await again.json()).error.code).toBe('already_checked_in');
  });

  it("staff refer a ticket to a department; it is shown as outstanding and on the ticket's timeline", async () => {
    const estateId = (await answer<'/api/communities/{communityId}/estates'>(staff.get(`${base}/estates`))).items[0].id;
    const t = await answer<'/api/communities/{communityId}/tickets', 'post'>(
      resident.post(`${base}/tickets`, {
        data: {
          title: '楼道要改电路',
          description: '楼道电线老化，需要供电所来改线',
          locationKind: 'estate',
          estateId,
        },
      }),
    );
    const page = await b.page({ as: 'staff', at: '/referrals' });
    await page.getByTestId('rf-new').click();
    await field(page, 'rf-ticket').fill(t.id);
    await page.getByTestId('rf-department').click();
    await page.locator('.ant-select-item-option', { hasText: '供电所' }).first().click();
    await field(page, 'rf-contact').fill('客户经理 钱明');
    await field(page, 'rf-need').fill('楼道线路老化，需供电所勘查改线');
    const date = new Date(Date.now() + 10 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await field(page, 'rf-date').fill(date);
    await field(page, 'rf-date').press('Enter');
    await expectAccessible(page, 'refer dialog');
    await page.getByTestId('rf-form-submit').click();
    const table = page.getByTestId('rf-table');
    await expect.poll(() => table.textContent(), { timeout: 10_000 }).toContain(t.number);
    const row = table.locator('tr', { hasText: t.number });
    expect(await row.getByTestId('rf-outstanding').textContent()).toBe('挂账中');
    await expectAccessible(page, 'referrals 挂账 list');

    const onTicket = await answer<'/api/communities/{communityId}/tickets/{id}'>(staff.get(`${base}/tickets/${t.id}`));
    expect(onTicket.links).toEqual([expect.objectContaining({ targetType: 'referral' })]);
    expect(onTicket.timeline.some((e) => e.kind === 'linked')).toBe(true);
    await page.screenshot({ path: 'test-results/volunteers-referrals.png', fullPage: true });
  });
});
