import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { answer } from './support/answers';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';
import { runSql } from './support/database';

const PHONE = { width: 390, height: 844 };

/** 通知设置 and 通知渠道 from the pages: a resident chooses SMS on the phone; staff set the group robot and see refusals. */
describe('notification settings and channels', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let resident: APIRequestContext;

  beforeAll(async () => {
    staff = await api('staff');
    resident = await api('resident1');
  });
  afterAll(async () => {
    await staff?.dispose();
    await resident?.dispose();
  });

  it('a resident turns on SMS for consultations with quiet hours, on the phone, and finds it kept', async () => {
    const phone = await b.page({ h5: true, viewport: PHONE, as: 'resident1', at: '/h5/notifications' });
    await phone.getByTestId('nt-prefs').click();
    await phone.getByTestId('prefs-form').waitFor();
    await phone.getByTestId('prefs-sms-on').check();
    const consultations = phone.getByTestId('prefs-kind-consultations');
    if (!(await consultations.isChecked())) await consultations.check();
    const tickets = phone.getByTestId('prefs-kind-tickets');
    if (await tickets.isChecked()) await tickets.uncheck();
    await phone.getByTestId('prefs-quiet-start').fill('22:00');
    await phone.getByTestId('prefs-quiet-end').fill('06:30');
    await phone.getByTestId('prefs-save').click();
    await phone.getByTestId('prefs-saved').waitFor();

    const kept = await answer<'/api/notification-prefs'>(resident.get('/api/notification-prefs'));
    expect(kept).toMatchObject({ sms: true, smsKinds: ['consultations'], quietStart: '22:00', quietEnd: '06:30' });
    // Let the automatic axe check of the saved page finish before reloading it (a reload mid-check destroys its context).
    await expectAccessible(phone, 'notification settings saved');
    await phone.reload();
    await phone.getByTestId('prefs-form').waitFor();
    expect(await phone.getByTestId('prefs-sms-on').isChecked()).toBe(true);
    expect(await phone.getByTestId('prefs-quiet-end').inputValue()).toBe('06:30');
  });

  it('staff set the group robot: an http:// or private address is refused with the reason, a public https one is kept, off', async () => {
    const page = await b.page({ as: 'staff', at: '/notifications/channels' });
    await page.getByTestId('channel-form').waitFor();
    const url = field(page, 'channel-url');

    await url.fill('http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=e2e');
    await page.getByTestId('channel-save').click();
    await expect.poll(() => page.getByTestId('channel-error').textContent()).toContain('https://');

    await url.fill('https://10.0.0.8/cgi-bin/webhook/send?key=e2e');
    await page.getByTestId('channel-save').click();
    await expect.poll(() => page.getByTestId('channel-error').textContent()).toContain('公网');

    // An address given as a public IP is checked without a DNS lookup; it is saved switched off, so nothing is sent.
    await url.fill('https://1.1.1.1/cgi-bin/webhook/send?key=e2e-secret-key');
    await page.getByTestId('channel-active').click();
    await page.getByTestId('channel-save').click();
    await expect.poll(() => page.getByTestId('channel-current').textContent()).toContain('停用');
    expect(await page.getByTestId('channel-current').textContent()).not.toContain('e2e-secret-key');

    const base = `/api/communities/${await communityId(staff)}`;
    const channels = await answer<'/api/communities/{communityId}/notification-channels'>(
      staff.get(`${base}/notification-channels`),
    );
    expect(channels.items).toEqual([expect.objectContaining({ kind: 'wecom_robot', active: false })]);

    // The delivery log: a delivery the robot refused (written as the sender writes one after its last attempt, since
    // the test server reaches no outside address) shows with its status and the robot's answer.
    await runSql(
      `INSERT INTO notification_deliveries (id, community_id, channel_id, content, status, attempts, last_error, next_attempt_at, sent_at, created_at, updated_at)
       SELECT ?, community_id, id, ?, 'failed', 5, ?, ?, NULL, ?, ? FROM notification_channels WHERE community_id = ? AND kind = 'wecom_robot'`,
      [
        crypto.randomUUID(),
        '逾期诉求提醒',
        'HTTP 500 from the robot',
        ...Array(3).fill(new Date().toISOString()),
        await communityId(staff),
      ],
    );
    await expectAccessible(page, 'notification channels saved');
    await page.reload();
    const log = page.getByTestId('channel-deliveries');
    await expect.poll(() => log.textContent()).toContain('HTTP 500 from the robot');
    expect(await log.textContent()).toContain('失败');
  });
});
