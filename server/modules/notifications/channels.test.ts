import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { loadConfig } from '../../core/config';
import { runJobsOnce } from '../../core/scheduler';
import { createTestApp, type TestApp } from '../../testing/harness';
import { expectEvery } from '../../testing/expect-every';
import { consultationRequests } from '../consultations/consultations.test-helpers';
import { freshReq, report, ticketBody, tUrl } from '../tickets/tickets.test-helpers';
import { sendDigests } from './digest';
import { deliveriesSettled } from './notifications.service';
import { afterQuietHours } from './prefs';

/** A stand-in for an SMS provider's HTTP relay on 127.0.0.1, whose answers each test decides. */
class FakeSmsGateway {
  received: Array<{ auth: string | undefined; body: { phone: string; sign: string; content: string } }> = [];
  answer: { code: number | string; message?: string } = { code: 0 };
  server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      this.received.push({ auth: req.headers.authorization, body: JSON.parse(data) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.answer));
    });
  });
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/sms/send`;
  }
  stop() {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(r));
  }
}

let t: TestApp;
const gateway = new FakeSmsGateway();
beforeAll(async () => {
  const url = await gateway.start();
  t = await createTestApp({
    env: { GONGZHI_SMS_URL: url, GONGZHI_SMS_KEY: 'sms-key-1', GONGZHI_SMS_SIGN: '共治社区' },
  });
});
afterAll(async () => {
  await deliveriesSettled();
  await gateway.stop();
  await t?.close();
});

const NO_QUIET = { quietStart: '00:00', quietEnd: '00:00' };
const setPrefs = (as: string, body: Record<string, unknown>) =>
  t.req({ method: 'PUT', url: '/api/notification-prefs', as, payload: body });
const smsLog = async () =>
  (await t.req({ method: 'GET', url: `/api/communities/${t.fx.A.id}/notification-sms`, as: 'staff' })).json().items;
const sendDue = async () => {
  await deliveriesSettled();
  await runJobsOnce(t.app.ctx, 'notifications.sms');
};

describe('preferences', () => {
  it('starts from the defaults, shows where an SMS would go masked, and keeps each person to their own', async () => {
    const mine = (await t.req({ method: 'GET', url: '/api/notification-prefs', as: 'resident2' })).json();
    expect(mine).toMatchObject({ sms: false, quietStart: '21:30', quietEnd: '07:30', smsAvailable: true });
    expect(mine.phoneMasked).toMatch(/^138\*{4}\d{4}$/);
    const set = await setPrefs('resident2', { sms: true, smsKinds: ['consultations'], ...NO_QUIET, digest: false });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ sms: true, smsKinds: ['consultations'], quietStart: '00:00' });
    expect((await t.req({ method: 'GET', url: '/api/notification-prefs', as: 'resident1b' })).json().sms).toBe(false);
  });

  it('refuses a time that is not HH:MM, an unknown kind and unknown fields, and keeps what was saved', async () => {
    for (const bad of [
      { sms: true, smsKinds: [], quietStart: '25:00', quietEnd: '07:00', digest: true },
      { sms: true, smsKinds: ['lottery'], ...NO_QUIET, digest: true },
      { sms: true, smsKinds: [], ...NO_QUIET, digest: true, phone: '13900000000' },
    ]) {
      const res = await setPrefs('resident2', bad);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect((await t.req({ method: 'GET', url: '/api/notification-prefs', as: 'resident2' })).json().smsKinds).toEqual([
      'consultations',
    ]);
  });
});

describe('SMS through the gateway', () => {
  it('sends a ticket change by SMS to a resident who asked for it, with the key and signature, and logs it for staff', async () => {
    expect(
      (await setPrefs('resident1', { sms: true, smsKinds: ['tickets'], ...NO_QUIET, digest: true })).statusCode,
    ).toBe(200);
    const { id, number } = await report(t, 'resident1');
    const before = gateway.received.length;
    const moved = await t.req({
      method: 'POST',
      url: tUrl(t, id, '/transition'),
      as: 'leader1',
      payload: { to: 'accepted' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    await sendDue();
    const sent = gateway.received.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].auth).toBe('Bearer sms-key-1');
    expect(sent[0].body).toMatchObject({ sign: '共治社区', content: `诉求 ${number} 已响应` });
    expect(sent[0].body.phone).toMatch(/^1380000\d{4}$/);
    const log = (await smsLog()).filter((s: { kind: string }) => s.kind === 'ticket_state');
    expect(log[0]).toMatchObject({ status: 'sent', attempts: 1, recipient: 'resident1' });
    // The log names the person, never the number or the text.
    expect(JSON.stringify(log)).not.toMatch(/1380000|已响应/);
  });

  it('sends nothing by SMS for kinds the person did not choose, nor to people who did not opt in', async () => {
    const before = gateway.received.length;
    await report(t, 'resident2'); // resident2 chose consultations only; the grid team never opted in
    await sendDue();
    expect(gateway.received.slice(before)).toEqual([]);
  });
});

describe('quiet hours', () => {
  it('moves a time inside the window to its end, across midnight too, and leaves other times alone', () => {
    // 23:00 Beijing = 15:00 UTC, window 21:30–07:30 → 07:30 Beijing = 23:30 UTC.
    expect(afterQuietHours('2026-12-03T15:00:00.000Z', '21:30', '07:30')).toBe('2026-12-03T23:30:00.000Z');
    expect(afterQuietHours('2026-12-03T22:00:00.000Z', '21:30', '07:30')).toBe('2026-12-03T23:30:00.000Z');
    expect(afterQuietHours('2026-12-03T04:00:00.000Z', '21:30', '07:30')).toBe('2026-12-03T04:00:00.000Z');
    expect(afterQuietHours('2026-12-03T05:00:00.000Z', '12:00', '14:00')).toBe('2026-12-03T06:00:00.000Z');
    expect(afterQuietHours('2026-12-03T05:00:00.000Z', '00:00', '00:00')).toBe('2026-12-03T05:00:00.000Z');
  });

  it('needs all three SMS settings or none', () => {
    expect(() => loadConfig({ GONGZHI_SMS_URL: 'https://sms.example.com/send' })).toThrow(/set all three/);
    expect(loadConfig({}).sms).toBeUndefined();
  });
});

describe('notifications from consultations, meetings and the digest', () => {
  it('tells every account of an eligible household that a consultation opened, in Chinese and English', async () => {
    const { opened } = consultationRequests(t);
    const c = await opened();
    for (const who of ['resident1', 'resident1b', 'resident2']) {
      const n = (await freshReq(t, who, { method: 'GET', url: '/api/notifications' }))
        .json()
        .items.find((i: { entityId: string }) => i.entityId === c.id);
      expect(n, who).toMatchObject({
        kind: 'consultation_opened',
        title: `征询开始：${c.title}`,
        titleEn: `Consultation open: ${c.title}`,
      });
    }
    // Nobody outside the community hears of it.
    const b = (await freshReq(t, 'residentB', { method: 'GET', url: '/api/notifications' })).json().items;
    expect(b.filter((i: { entityId: string }) => i.entityId === c.id)).toEqual([]);

    // A day before it closes, the households that have not answered are reminded, once.
    const { vote } = consultationRequests(t);
    expect((await vote(c.id, 'resident2')).statusCode).toBe(201);
    await runJobsOnce(t.app.ctx, 'consultations.remind-closing');
    await runJobsOnce(t.app.ctx, 'consultations.remind-closing');
    const reminders = await t.db
      .selectFrom('notifications')
      .select(['user_id'])
      .where('kind', '=', 'consultation_closing')
      .where('entity_id', '=', c.id)
      .execute();
    const ids = reminders.map((r) => r.user_id);
    expect(ids).toContain(t.fx.users.resident1);
    expect(ids).not.toContain(t.fx.users.resident2);
    expect(new Set(ids).size).toBe(ids.length);
    // Later runs (every server, every 10 minutes, for a day) skip it before looking up its households again.
    const statements: string[] = [];
    const watch: KyselyPlugin = {
      transformQuery: ({ node }) => (statements.push(node.kind), node),
      transformResult: async ({ result }) => result,
    };
    await runJobsOnce({ ...t.app.ctx, db: t.app.ctx.db.withPlugin(watch) }, 'consultations.remind-closing');
    expect(statements, 'the due consultations, then which were reminded').toEqual([
      'SelectQueryNode',
      'SelectQueryNode',
    ]);
    // resident2 chose SMS for consultations: the opening reached the gateway too.
    await sendDue();
    expect(gateway.received.some((r) => r.body.content === `征询开始：${c.title}`)).toBe(true);
  });

  it('invites the four parties to a meeting (not its organiser, not residents)', async () => {
    const m = await freshReq(t, 'secretary', {
      method: 'POST',
      url: `/api/communities/${t.fx.A.id}/meetings`,
      payload: {
        kind: 'monthly',
        title: '12月月例会',
        scheduledAt: new Date(t.clock.now()).toISOString(),
        location: '居委会议室',
      },
    });
    expect(m.statusCode, m.body).toBe(201);
    const told = await t.db
      .selectFrom('notifications')
      .select(['user_id', 'title', 'title_en'])
      .where('kind', '=', 'meeting_invited')
      .where('entity_id', '=', m.json().id)
      .execute();
    const users = told.map((r) => r.user_id);
    for (const who of ['staff', 'leader1', 'property', 'committee1']) expect(users, who).toContain(t.fx.users[who]);
    expect(users).not.toContain(t.fx.users.secretary);
    expect(users).not.toContain(t.fx.users.resident1);
    expectEvery(
      told,
      (r) => r.title === '月例会邀请：12月月例会' && r.title_en === 'Monthly meeting invitation: 12月月例会',
    );
  });
});

// These move the clock past the sessions' idle limit (so they sign in afresh) and run last.
describe('later: quiet hours, retries and the morning digest', () => {
  const accept = async (id: string) => {
    const res = await freshReq(t, 'leader1', {
      method: 'POST',
      url: tUrl(t, id, '/transition'),
      payload: { to: 'accepted' },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const reportNow = async () => {
    const res = await freshReq(t, 'resident1', { method: 'POST', url: tUrl(t), payload: ticketBody(t) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; number: string };
  };
  const prefsNow = (body: Record<string, unknown>) =>
    freshReq(t, 'resident1', { method: 'PUT', url: '/api/notification-prefs', payload: body });

  it('holds an SMS until quiet hours end, while the inbox shows the message at once', async () => {
    const beijing = t.clock.now() + 8 * 3600_000;
    const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
    const quiet = { quietStart: hhmm(beijing - 3600_000), quietEnd: hhmm(beijing + 3600_000) };
    expect((await prefsNow({ sms: true, smsKinds: ['tickets'], ...quiet, digest: true })).statusCode).toBe(200);
    const { id, number } = await reportNow();
    const before = gateway.received.length;
    await accept(id);
    await sendDue();
    expect(gateway.received.slice(before)).toEqual([]);
    const mine = (await freshReq(t, 'resident1', { method: 'GET', url: '/api/notifications' })).json().items;
    expect(mine[0].title).toBe(`诉求 ${number} 已响应`);
    const held = await t.db.selectFrom('notification_sms').selectAll().where('status', '=', 'pending').execute();
    expect(held).toHaveLength(1);
    expect(Date.parse(held[0].next_attempt_at) - t.clock.now()).toBeGreaterThan(55 * 60_000);
    t.clock.advance(61 * 60_000);
    await sendDue();
    expect(gateway.received.slice(before).map((r) => r.body.content)).toEqual([`诉求 ${number} 已响应`]);
  });

  it('retries a message the gateway refused, and gives up after five tries', async () => {
    expect((await prefsNow({ sms: true, smsKinds: ['tickets'], ...NO_QUIET, digest: true })).statusCode).toBe(200);
    gateway.answer = { code: 'isv.BUSINESS_LIMIT_CONTROL', message: 'limit for 13800001234' };
    const { id } = await reportNow();
    await accept(id);
    for (let i = 0; i < 5; i++) {
      await sendDue();
      t.clock.advance(2 * 3600_000);
    }
    const rows = await t.db.selectFrom('notification_sms').selectAll().where('status', '=', 'failed').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0].attempts).toBe(5);
    // The gateway's error text is kept with any phone number in it masked.
    expect(rows[0].last_error).toContain('BUSINESS_LIMIT_CONTROL');
    expect(rows[0].last_error).not.toContain('13800001234');
    gateway.answer = { code: 0 };
  });

  it('sends staff one digest a morning, however often the job runs, and none to residents', async () => {
    const now = t.clock.now();
    const day = 86_400_000;
    const halfPastMidnightUtc = Math.ceil((now - 30 * 60_000) / day) * day + 30 * 60_000; // 08:30 in Beijing
    t.clock.advance(halfPastMidnightUtc - now);
    expect(await sendDigests(t.app.ctx)).toBeGreaterThanOrEqual(1);
    expect(await sendDigests(t.app.ctx)).toBe(0);
    const digests = await t.db
      .selectFrom('notifications')
      .select(['user_id', 'body', 'body_en'])
      .where('kind', '=', 'digest')
      .execute();
    const mine = digests.filter((d) => d.user_id === t.fx.users.staff);
    expect(mine).toHaveLength(1);
    expect(mine[0].body).toMatch(/未办结诉求 \d+ 件/);
    expect(mine[0].body).toMatch(/征询「.+」.+结束，已参与 \d+\/\d+ 户/);
    expect(mine[0].body_en).toMatch(/\d+ tickets not closed/);
    expect(digests.map((d) => d.user_id)).not.toContain(t.fx.users.resident1);
  });
});
