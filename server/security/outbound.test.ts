import { describe, expect, it } from 'vitest';
import { allowListOf, isPublicAddress, postJson, resolveChecked } from '../core/outbound';
import { useTestApp } from '../testing/harness';
import { TEST_DIALECT } from '../testing/database';
import { newId } from '../core/ids';
import { report } from '../modules/tickets/tickets.test-helpers';
import { deliveriesSettled } from '../modules/notifications/notifications.service';

/**
 * Webhooks staff type in (issue 11, item 10) reach https on public addresses only: the settings page
 * must not be a way to probe or call the server's own network, now or after the name resolves elsewhere.
 */
const t = useTestApp();
const put = (url: string) =>
  t.req({
    method: 'PUT',
    url: `/api/communities/${t.fx.A.id}/notification-channels/wecom_robot`,
    as: 'staff',
    payload: { url },
  });
const none = allowListOf([]);

describe(`webhook addresses (${TEST_DIALECT})`, () => {
  it('knows public from loopback, private, link-local, CGNAT, documentation and mapped addresses', () => {
    for (const ip of ['8.8.8.8', '101.91.0.1', '2400:3200::1']) expect(isPublicAddress(ip), ip).toBe(true);
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '2001:db8::1',
      '224.0.0.1',
      'not-an-ip',
    ])
      expect(isPublicAddress(ip), ip).toBe(false);
  });

  it('refuses http and every non-public address when saved, writing nothing', async () => {
    const before = await t.db.selectFrom('notification_channels').select('id').execute();
    const http = await put('http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc');
    expect([http.statusCode, http.json().error.code]).toEqual([422, 'webhook_https_only']);
    for (const url of [
      'https://127.0.0.1/x',
      'https://10.0.0.8:8443/x',
      'https://[::1]/x',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost:5432/',
      'https://[::ffff:7f00:1]/x',
      'https://2130706433/x',
      'https://0x7f.1/x',
    ]) {
      const res = await put(url);
      expect(res.statusCode, url).toBe(422);
      expect(res.json().error.code, url).toBe('webhook_address_not_public');
    }
    expect(await t.db.selectFrom('notification_channels').select('id').execute()).toEqual(before);
  });

  it('resolves before every call: a name that now points inside (DNS rebinding) is refused without connecting', async () => {
    await expect(resolveChecked('localhost', none)).rejects.toMatchObject({ code: 'webhook_address_not_public' });
    await expect(postJson('https://localhost:1/x', {}, none, 1000)).rejects.toMatchObject({
      code: 'webhook_address_not_public',
    });
    // An operator's relay on an allowed address passes the check (and then fails only to connect).
    await expect(postJson('http://127.0.0.1:1/x', {}, allowListOf(['127.0.0.0/8']), 1000)).rejects.toThrow(
      /ECONNREFUSED/,
    );
    // A channel saved while its name was public, resolving to loopback now: the delivery fails with the reason.
    const now = new Date(t.clock.now()).toISOString();
    await t.db
      .insertInto('notification_channels')
      .values({
        id: newId(),
        community_id: t.fx.A.id,
        kind: 'wecom_robot',
        url: 'https://localhost:5432/cgi-bin/webhook/send?key=k',
        active: true,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await report(t, 'resident1');
    // The report's commit starts the sending; wait for it.
    await deliveriesSettled();
    const rows = await t.db.selectFrom('notification_deliveries').select(['status', 'last_error']).execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r.status, r.last_error])).toEqual(
      rows.map(() => ['pending', 'The webhook must be on a public internet address']),
    );
  });
});
