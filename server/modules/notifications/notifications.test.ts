import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { runJobsOnce } from '../../core/scheduler';
import { report } from '../tickets/tickets.test-helpers';
import { deliveriesSettled } from './notifications.service';

/** A stand-in for the WeChat Work robot webhook, on 127.0.0.1, whose answers each test decides. */
class FakeRobot {
  received: Array<{ url: string; body: any }> = [];
  mode: 'ok' | 'fail' | 'errcode' | 'hold' = 'ok';
  held: Array<() => void> = [];
  server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      this.received.push({ url: req.url ?? '', body: JSON.parse(data) });
      const answer = () => {
        if (this.mode === 'fail') res.writeHead(500).end('boom');
        else
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(
              JSON.stringify(
                this.mode === 'errcode'
                  ? { errcode: 93000, errmsg: 'invalid webhook url' }
                  : { errcode: 0, errmsg: 'ok' },
              ),
            );
      };
      if (this.mode === 'hold') this.held.push(answer);
      else answer();
    });
  });
  async start() {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/cgi-bin/webhook/send?key=abcdef-123456`;
  }
  release() {
    this.held.splice(0).forEach((f) => f());
  }
  stop() {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(r));
  }
}

let t: TestApp;
const robot = new FakeRobot();
let hook: string;
beforeAll(async () => {
  // The stand-in listens on 127.0.0.1 over http: allowed the way an operator allows an internal relay.
  t = await createTestApp({ env: { GONGZHI_WEBHOOK_ALLOW: '127.0.0.1' } });
  hook = await robot.start();
});
afterAll(async () => {
  await deliveriesSettled();
  await robot.stop();
  await t?.close();
});

const channelUrl = () => `/api/communities/${t.fx.A.id}/notification-channels/wecom_robot`;
const deliveries = async () =>
  (await t.req({ method: 'GET', url: `/api/communities/${t.fx.A.id}/notification-deliveries`, as: 'staff' })).json()
    .items;

describe('in-app inbox', () => {
  it("lists my messages newest first, marks one or all read, and never someone else's", async () => {
    const { number } = await report(t, 'resident1');
    const inbox = (await t.req({ method: 'GET', url: '/api/notifications', as: 'leader1' })).json();
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
    const n = inbox.items[0];
    expect(n).toMatchObject({ kind: 'ticket_assigned', entityType: 'ticket', read: false });
    expect(n.title).toContain(number);
    expect((await t.req({ method: 'POST', url: `/api/notifications/${n.id}/read`, as: 'specialist' })).statusCode).toBe(
      404,
    );
    expect((await t.req({ method: 'POST', url: `/api/notifications/${n.id}/read`, as: 'leader1' })).statusCode).toBe(
      204,
    );
    expect(
      (await t.req({ method: 'GET', url: '/api/notifications?unread=1', as: 'leader1' }))
        .json()
        .items.map((i: any) => i.id),
    ).not.toContain(n.id);
    await t.req({ method: 'POST', url: '/api/notifications/read-all', as: 'specialist' });
    expect((await t.req({ method: 'GET', url: '/api/notifications', as: 'specialist' })).json().unread).toBe(0);
    expect((await t.req({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });
});

describe('WeChat Work group robot', () => {
  it('is configured by staff only, with the key masked when shown', async () => {
    expect((await t.req({ method: 'PUT', url: channelUrl(), as: 'leader1', payload: { url: hook } })).statusCode).toBe(
      403,
    );
    expect(
      (await t.req({ method: 'PUT', url: channelUrl(), as: 'staff', payload: { url: 'ftp://x' } })).statusCode,
    ).toBe(400);
    const res = await t.req({ method: 'PUT', url: channelUrl(), as: 'staff', payload: { url: hook } });
    expect(res.statusCode).toBe(200);
    const list = (
      await t.req({ method: 'GET', url: `/api/communities/${t.fx.A.id}/notification-channels`, as: 'staff' })
    ).json();
    expect(list.items[0].url).toMatch(/key=abcd\*\*\*\*$/);
    expect(JSON.stringify(list)).not.toContain('123456');
  });

  it('posts {msgtype:text} after the ticket is committed', async () => {
    robot.mode = 'ok';
    const { number } = await report(t, 'resident1', { title: '南门道闸坏了' });
    await deliveriesSettled();
    const last = robot.received.at(-1)!;
    expect(last.url).toContain('key=abcdef-123456');
    expect(last.body.msgtype).toBe('text');
    expect(last.body.text.content).toContain(number);
    expect(last.body.text.content).toContain('南门道闸坏了');
    expect((await deliveries())[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('never holds up the ticket change while the robot is slow', async () => {
    robot.mode = 'hold';
    const before = robot.received.length;
    const res = await t.req({
      method: 'POST',
      url: `/api/communities/${t.fx.A.id}/tickets`,
      as: 'resident1',
      payload: {
        title: '机器人很慢',
        description: '机器人很慢',
        locationKind: 'building',
        buildingId: t.fx.A.buildings[0],
      },
    });
    expect(res.statusCode).toBe(201);
    await new Promise((r) => setTimeout(r, 200));
    expect(robot.received.length).toBe(before + 1);
    expect(robot.held.length).toBe(1);
    robot.mode = 'ok';
    robot.release();
    await deliveriesSettled();
    expect((await deliveries())[0].status).toBe('sent');
  });

  it('keeps the ticket when the robot fails, records the failure, and retries from the job until it goes through', async () => {
    robot.mode = 'fail';
    const { id } = await report(t, 'resident1', { title: '机器人失败时的诉求' });
    await deliveriesSettled();
    expect(
      (await t.req({ method: 'GET', url: `/api/communities/${t.fx.A.id}/tickets/${id}`, as: 'resident1' })).statusCode,
    ).toBe(200);
    let d = (await deliveries())[0];
    expect(d).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 500' });

    robot.mode = 'errcode';
    t.clock.advance(31_000);
    await runJobsOnce(t.app.ctx, 'notifications.deliver');
    d = await t.db.selectFrom('notification_deliveries').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(d).toMatchObject({ status: 'pending', attempts: 2 });
    expect(d.last_error).toContain('93000');

    robot.mode = 'ok';
    await runJobsOnce(t.app.ctx, 'notifications.deliver');
    expect(
      (
        await t.db
          .selectFrom('notification_deliveries')
          .select('attempts')
          .where('id', '=', d.id)
          .executeTakeFirstOrThrow()
      ).attempts,
    ).toBe(2);
    t.clock.advance(61_000);
    await Promise.all([
      runJobsOnce(t.app.ctx, 'notifications.deliver'),
      runJobsOnce(t.app.ctx, 'notifications.deliver'),
    ]);
    const done = await t.db
      .selectFrom('notification_deliveries')
      .selectAll()
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    const sentForTicket = robot.received.filter((r) => r.body.text.content.includes('机器人失败时的诉求'));
    expect(sentForTicket).toHaveLength(3);
  });
});
