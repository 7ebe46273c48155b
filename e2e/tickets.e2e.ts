import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type APIRequestContext, type Page } from 'playwright-core';
import { api, baseUrl, communityId, expectAccessible, field, signIn, useBrowser } from './support/browser';
import { answer, type Json } from './support/answers';
import { runSql } from './support/database';

const PHONE = { width: 390, height: 844 };
const NEIGHBOUR = { name: '邵佩芳', phone: '13912349901', password: 'neighbour-password-2026' };

type Detail = Json<'/api/communities/{communityId}/tickets/{id}'>;
type Created = Json<'/api/communities/{communityId}/tickets', 'post'>;

/** A small real JPEG, as a phone camera would hand it over (sharp makes it; the server re-encodes it). */
const photo = () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 120, g: 140, b: 90 } } })
    .jpeg({ quality: 80 })
    .toBuffer();

describe('民呼我应 tickets, from a phone report to a confirmed fix', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let resident: APIRequestContext;
  let neighbour: APIRequestContext;
  let base: string;
  let filed: { id: string; number: string; title: string };
  let late: Created;

  const detail = (as: APIRequestContext, id: string): Promise<Detail> =>
    answer<'/api/communities/{communityId}/tickets/{id}'>(as.get(`${base}/tickets/${id}`));
  /** Files a ticket through the API, as the H5 form does (the same Idempotency-Key header). */
  const report = async (as: APIRequestContext, data: Record<string, unknown>): Promise<Created> => {
    const r = await as.post(`${base}/tickets`, {
      data: { locationKind: 'public_area', area: '南门道闸', ...data },
      headers: { 'Idempotency-Key': `e2e-${crypto.randomUUID()}` },
    });
    expect(r.status(), await r.text()).toBe(201);
    return answer<'/api/communities/{communityId}/tickets', 'post'>(r);
  };

  beforeAll(async () => {
    staff = await api('staff');
    resident = await api('resident1');
    base = `/api/communities/${await communityId(staff)}`;
    // A second household's representative: staff issue a join code for a building other than resident1's, and a neighbour joins with it.
    const mine = (await answer<'/api/communities/{communityId}/tickets/places'>(resident.get(`${base}/tickets/places`)))
      .myBuildingId;
    const other = (
      await answer<'/api/communities/{communityId}/buildings'>(staff.get(`${base}/buildings?pageSize=20`))
    ).items.find((x) => x.id !== mine)!;
    const { code } = (
      await answer<'/api/communities/{communityId}/buildings/{id}/join-codes', 'post'>(
        staff.post(`${base}/buildings/${other.id}/join-codes`),
      )
    ).items[0];
    neighbour = await request.newContext({ baseURL: baseUrl });
    const joined = await neighbour.post('/api/join', { data: { code, ...NEIGHBOUR } });
    expect(joined.status(), await joined.text()).toBe(200);

    // The overdue test's ticket, filed and aged now: the server's escalation job runs once a minute, so by the time
    // that test looks, the tests before it have spent the wait (it still polls for the escalation, up to 100 s).
    late = await report(resident, {
      title: '单元门禁坏了关不上',
      description: '门禁一直开着，陌生人随便进出',
      locationKind: 'building',
      buildingId: (
        await answer<'/api/communities/{communityId}/tickets/places'>(resident.get(`${base}/tickets/places`))
      ).myBuildingId,
      area: undefined,
    });
    // The clock of the running server cannot be moved; age the ticket instead: due three hours ago, one step of escalation per hour.
    const past = new Date(Date.now() - 3 * 3600_000).toISOString();
    await runSql('UPDATE tickets SET response_due_at = ?, resolution_due_at = ?, escalation_step_ms = ? WHERE id = ?', [
      past,
      past,
      3600_000,
      late.id,
    ]);
  });
  afterAll(async () => {
    for (const c of [staff, resident, neighbour]) await c?.dispose();
  });

  it('resident1 reports a leak with a photo on a phone, sees the suggested category, and finds it in my tickets', async () => {
    const page = await b.page({ h5: true, viewport: PHONE, as: 'resident1', at: '/h5/tickets/new' });
    await field(page, 'report-title').waitFor();
    await expectAccessible(page, 'H5 report form');
    const title = '楼道天花板漏水，一直往下滴';
    const description = '这两天下雨，三楼楼道顶上渗水滴水，地面很滑，老人走路怕摔跤。';
    await field(page, 'report-title').fill(title);
    await field(page, 'report-description').fill(description);
    const suggestion = await answer<'/api/communities/{communityId}/tickets/category-suggestion', 'post'>(
      resident.post(`${base}/tickets/category-suggestion`, { data: { text: `${title} ${description}` } }),
    );
    expect(suggestion.category).toBe('leak');
    const label = (
      await answer<'/api/communities/{communityId}/ticket-categories'>(resident.get(`${base}/ticket-categories`))
    ).items.find((c) => c.code === 'leak')!.labelZh;
    // The suggestion is preselected and said in words under the choices (no popover to find).
    await expect.poll(() => page.getByTestId('report-category').locator('.h5-choice.on').textContent()).toBe(label);
    await expect
      .poll(() => page.getByTestId('report-category').locator('.h5-choices-hint').textContent())
      .toBe(`系统建议：${label}`);

    await page
      .getByTestId('report-photos')
      .setInputFiles({ name: 'IMG_0412.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await expect.poll(() => page.locator('.tk-photo img').count()).toBe(1);
    await expectAccessible(page, 'H5 report form with a photo');
    await page.getByTestId('report-submit').click();

    await page.waitForURL(/\/h5\/tickets\/[^/?]+\?/);
    await expect.poll(() => page.getByTestId('report-done').textContent()).toMatch(/已提交，编号 MH-\d{4}-\d+/);
    const number = /MH-\d{4}-\d+/.exec((await page.getByTestId('report-done').textContent())!)![0];
    expect(await page.getByTestId('ticket-state').textContent()).toBe('已提交');
    await expect.poll(() => page.locator('.tk-thumbs img').count()).toBe(1);
    await expectAccessible(page, 'H5 ticket just filed');
    const id = new URL(page.url()).pathname.split('/').pop()!;
    filed = { id, number, title };

    const d = await detail(resident, id);
    expect(d).toMatchObject({ number, category: 'leak', state: 'submitted' });
    expect(d.photos).toHaveLength(1);
    const image = await resident.get(d.photos[0].url);
    expect(image.headers()['content-type']).toBe('image/jpeg');
    expect((await sharp(await image.body()).metadata()).exif).toBeUndefined();

    await page.goto('/h5/tickets');
    const row = page.getByTestId('ticket-row').filter({ hasText: title });
    await expect.poll(() => row.textContent()).toContain(number);
    expect(await row.locator('.tk-state').textContent()).toBe('已提交');
    await expectAccessible(page, 'H5 my tickets');
  });

  it('leader1 is told of the new ticket (bell and inbox), finds it in the grid inbox, accepts it and resolves it with a message', async () => {
    const page = await b.page({ as: 'leader1', at: '/tickets' });
    await page.getByTestId('ticket-row').first().waitFor();
    await expectAccessible(page, 'console grid inbox as leader1');
    await page.getByTestId('search').fill(filed.number);
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => page.getByTestId('ticket-row').count()).toBe(1);
    expect(await page.getByTestId('ticket-row').textContent()).toContain(filed.number);

    // The bell counts the unread messages; the new ticket is one of them, and its message leads to the ticket and is read on the way.
    await expect
      .poll(async () => Number((await page.getByTestId('bell').getAttribute('aria-label'))?.match(/\d+/)?.[0] ?? 0))
      .toBeGreaterThan(0);
    await page.getByTestId('bell').click();
    const message = page.getByTestId('nt-item').filter({ hasText: `新诉求 ${filed.number}` });
    await expect.poll(() => message.textContent()).toContain('新指派');
    expect(await message.textContent()).toContain('未读');
    await expectAccessible(page, 'console notifications as leader1');
    await message.getByTestId('nt-link').click();
    await page.getByTestId('ticket-detail').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/tickets/${filed.id}`);
    const leader = await api('leader1');
    try {
      const read = async () =>
        (await answer<'/api/notifications'>(leader.get('/api/notifications?pageSize=100'))).items.find(
          (n) => n.title === `新诉求 ${filed.number}`,
        )?.read;
      await expect.poll(read).toBe(true);
    } finally {
      await leader.dispose();
    }
    await expectAccessible(page, 'console ticket as leader1');

    await move(page, 'accepted', '您好，已收到，今天下午上门查看。', '已响应');
    await move(page, 'resolved', '已请物业维修屋面防水，楼道渗水已止住，地面已清理。', '已解决');
    const d = await detail(staff, filed.id);
    expect(d.state).toBe('resolved');
    expect(d.timeline.map((e) => e.message)).toContain('已请物业维修屋面防水，楼道渗水已止住，地面已清理。');
    await expectAccessible(page, 'console ticket resolved');
  });

  it('resident1 confirms with four stars and a comment; the ticket is closed (已办结)', async () => {
    const page = await b.page({ h5: true, viewport: PHONE, as: 'resident1' });
    // From the home page: 我的消息 holds the request to confirm, which opens the ticket.
    await page.goto('/h5/');
    await page.getByTestId('tile-notifications').click();
    const request = page.getByTestId('nt-item').filter({ hasText: `诉求 ${filed.number} 已解决，请确认并评价` });
    await expect.poll(() => request.textContent()).toContain('已请物业维修屋面防水');
    await expectAccessible(page, 'H5 messages');
    await request.getByTestId('nt-link').click();
    await page.getByTestId('confirm-box').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/h5/tickets/${filed.id}`);
    await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('楼道渗水已止住');
    await expectAccessible(page, 'H5 ticket waiting for confirmation');
    await page.locator('label:has([data-testid=stars-4])').click();
    await field(page, 'confirm-comment').fill('修得很快，谢谢网格员');
    await page.getByTestId('confirm').click();
    await expect.poll(() => page.getByTestId('ticket-state').textContent()).toBe('已办结');
    await expect.poll(() => page.getByTestId('confirm-box').count()).toBe(0);
    // The 操作成功 toast fades out over the page; judge the page once it is gone.
    await page
      .locator('.adm-toast-mask')
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => {});
    await expectAccessible(page, 'H5 ticket closed');
    expect(await detail(resident, filed.id)).toMatchObject({
      state: 'closed',
      satisfaction: 4,
      satisfactionComment: '修得很快，谢谢网格员',
    });

    // Nobody else may confirm it, and a closed ticket cannot be confirmed twice.
    const again = await resident.post(`${base}/tickets/${filed.id}/confirm`, { data: { satisfaction: 1 } });
    expect(again.status()).toBe(409);
    expect((await detail(resident, filed.id)).satisfaction).toBe(4);
  });

  it('同问 on a phone: a neighbour supports from the estate board once; both households see the count; the reporter is not offered 同问 on their own; the neighbour sees no description and withdraws', async () => {
    const myBuilding = (
      await answer<'/api/communities/{communityId}/tickets/places'>(resident.get(`${base}/tickets/places`))
    ).myBuildingId;
    const open = await report(resident, {
      title: '南门道闸抬杆坏了，车进不来',
      description: '早上七点起道闸一直不抬，车都堵在门口',
      locationKind: 'building',
      buildingId: myBuilding,
      area: undefined,
    });
    const { estateId } = await answer<'/api/communities/{communityId}/tickets/{id}'>(
      resident.get(`${base}/tickets/${open.id}`),
    );
    const boardRow = (page: Page) => page.getByTestId('board-row').filter({ hasText: open.number });

    const page = await b.page({ h5: true, viewport: PHONE });
    await signIn(page, NEIGHBOUR.phone, { h5: true, password: NEIGHBOUR.password });
    await page.goto(`/h5/tickets/board?estate=${estateId}`);
    await boardRow(page).getByTestId('board-support').waitFor();
    await expectAccessible(page, 'H5 board with 同问');
    await boardRow(page).getByTestId('board-support').click();
    await expect.poll(() => boardRow(page).getByTestId('board-supported').count()).toBe(1);
    expect(await boardRow(page).getByTestId('board-support').count()).toBe(0);
    await expect.poll(() => boardRow(page).textContent()).toContain('1 户同问');
    // Past the board, the server refuses a second support from the same household, and the reporter's own.
    const second = await neighbour.post(`${base}/tickets/${open.id}/support`);
    expect(second.status()).toBe(409);
    expect((await second.json()).error).toMatchObject({
      code: 'already_supported',
      message_zh: '您家已经同问过这条诉求',
    });
    expect((await (await resident.post(`${base}/tickets/${open.id}/support`)).json()).error.code).toBe('own_ticket');
    expect((await detail(resident, open.id)).supportCount).toBe(1);

    // The neighbour follows it under 我同问的.
    await page.goto('/h5/tickets');
    await page.getByRole('tab', { name: '我同问的' }).click();
    await expect
      .poll(() => page.getByTestId('ticket-row').filter({ hasText: open.number }).textContent())
      .toContain('1 户同问');
    await expectAccessible(page, 'H5 supported tickets');

    // The reporter sees the count on the ticket, and on the board their own ticket is marked, with no 同问 button.
    const mine = await b.page({ h5: true, viewport: PHONE, as: 'resident1', at: `/h5/tickets/${open.id}` });
    await expect.poll(() => mine.getByTestId('ticket-detail').textContent()).toContain('1 户同问');
    await mine.goto(`/h5/tickets/board?estate=${estateId}`);
    await expect.poll(() => boardRow(mine).getByTestId('board-mine').textContent()).toBe('我家反映的');
    expect(await boardRow(mine).getByTestId('board-support').count()).toBe(0);
    await expectAccessible(mine, 'H5 board as the reporter');

    // The neighbour sees the ticket as the board does (no description), and withdraws the 同问.
    await page.goto(`/h5/tickets/${open.id}`);
    await expect
      .poll(() => page.getByTestId('ticket-detail').textContent())
      .toContain('同问的诉求只显示公开栏上的内容和办理进度');
    expect(await page.getByTestId('ticket-detail').textContent()).not.toContain('早上七点');
    await expectAccessible(page, 'H5 ticket as a supporter');
    await page.getByTestId('withdraw-support').click();
    await page.getByRole('button', { name: '确定' }).click();
    await page.waitForURL((u) => u.pathname === '/h5/tickets');
    await expect.poll(async () => (await detail(resident, open.id)).supportCount).toBe(0);
    expect((await neighbour.get(`${base}/tickets/${open.id}`)).status()).toBe(404);
  });

  it('staff merge a duplicate into the kept ticket; its reporter and supporters carry over', async () => {
    const resident1 = (await answer<'/api/me'>(resident.get('/api/me'))).communities[0];
    const people = (
      await answer<'/api/communities/{communityId}/residents'>(staff.get(`${base}/residents?pageSize=50`))
    ).items;
    const neighbourHousehold = (await answer<'/api/me'>(neighbour.get('/api/me'))).communities[0].householdId;
    const third = people.find((p) => p.householdId !== resident1.householdId && p.householdId !== neighbourHousehold)!;
    const kept = await report(staff, {
      title: '垃圾房门口堆满垃圾没人清',
      description: '垃圾房门口垃圾堆了两天，味道很大',
      onBehalfOfResidentId: third.id,
      channel: 'phone',
    });
    const dup = await report(resident, { title: '垃圾房旁边垃圾满了', description: '垃圾满出来了，夏天很臭' });
    expect(
      (
        await answer<'/api/communities/{communityId}/tickets/{id}/support', 'post'>(
          neighbour.post(`${base}/tickets/${dup.id}/support`),
        )
      ).supportCount,
    ).toBe(1);
    const keptBefore = (await detail(staff, kept.id)).supportCount;

    const page = await b.page({ as: 'staff', at: `/tickets/${dup.id}` });
    await page.getByTestId('ticket-detail').waitFor();
    await expectAccessible(page, 'console duplicate ticket');
    await page.getByTestId('merge-into').fill(kept.number);
    await field(page, 'merge-reason').fill('同一个垃圾房');
    await page.getByTestId('merge').click();
    await expect.poll(() => page.getByTestId('ticket-state').textContent()).toBe('重复已合并');

    // resident1's household (the duplicate's reporter) and the neighbour's (its supporter) now support the kept ticket.
    expect((await detail(staff, kept.id)).supportCount).toBe(keptBefore + 2);
    const supported = (
      await answer<'/api/communities/{communityId}/tickets'>(neighbour.get(`${base}/tickets?scope=supported`))
    ).items.map((t) => t.id);
    expect(supported).toContain(kept.id);
    await page.goto(`/tickets/${kept.id}`);
    const count = page
      .locator('.ant-descriptions-item-label', { hasText: /^同问$/ })
      .locator('xpath=following-sibling::td[1]');
    await expect.poll(() => count.textContent()).toBe(String(keptBefore + 2));
    await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('合并');
    await expectAccessible(page, 'console kept ticket after the merge');
  });

  it('overdue: a ticket past its deadline is in the overdue list and the scheduler escalates it to the grid leader, then to staff', async () => {
    const page = await b.page({ as: 'staff', at: '/tickets/overdue' });
    await page.getByTestId('ticket-row').first().waitFor();
    const overdue = await answer<'/api/communities/{communityId}/tickets/overdue'>(
      staff.get(`${base}/tickets/overdue?pageSize=100`),
    );
    expect(overdue.total).toBeGreaterThan(1); // the demo year has some too
    await page.getByTestId('search').fill(late.number);
    await page.getByTestId('search').press('Enter');
    const row = page.getByTestId('ticket-row').filter({ hasText: late.number });
    await expect.poll(() => row.textContent()).toContain('已超期');
    await expectAccessible(page, 'console overdue list');

    // The escalation job runs every minute in the server: level 1 tells the grid's 楼组长, level 2 community staff.
    await expect
      .poll(async () => (await detail(staff, late.id)).escalationLevel, { timeout: 100_000, interval: 2000 })
      .toBe(2);
    const leader = await api('leader1');
    try {
      const inbox = (await answer<'/api/notifications'>(leader.get('/api/notifications?pageSize=50'))).items;
      expect(inbox.find((n) => n.entityId === late.id && n.kind === 'ticket_overdue')?.title).toContain('超期');
    } finally {
      await leader.dispose();
    }
    expect((await detail(staff, late.id)).timeline.filter((e) => e.kind === 'escalated')).toHaveLength(2);
    // Staff see the level-2 escalation in their console inbox, marked 超期提醒, leading to the ticket.
    await page.goto('/notifications');
    const escalated = page.getByTestId('nt-item').filter({ hasText: `诉求 ${late.number} 超期未响应（已上报居委）` });
    await expect.poll(() => escalated.textContent()).toContain('超期提醒');
    await expectAccessible(page, 'console notifications with an escalation');
    await escalated.getByTestId('nt-link').click();
    await expect.poll(() => page.getByTestId('ticket-detail').textContent()).toContain('已超期');
    expect(new URL(page.url()).pathname).toBe(`/tickets/${late.id}`);
  }, 300_000);

  it('bad input in the form: a text file named .jpg is refused with the message shown, and the title stops at 60 characters', async () => {
    const page = await b.page({ h5: true, viewport: PHONE, as: 'resident1', at: '/h5/tickets/new' });
    const title = '假图片测试：楼下路灯不亮';
    await field(page, 'report-title').fill(title);
    await field(page, 'report-description').fill('晚上一片黑，看不清路');
    await page.getByTestId('report-photos').setInputFiles({
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('#!/bin/sh\necho "not a photo"\n'),
    });
    await page.getByTestId('report-submit').click();
    await expect
      .poll(() => page.getByTestId('report-error').textContent())
      .toContain('只能上传 JPEG、PNG 或 WebP 图片');
    expect(new URL(page.url()).pathname).toBe('/h5/tickets/new');
    await expectAccessible(page, 'H5 report form with an error');
    expect(
      (
        await answer<'/api/communities/{communityId}/tickets'>(
          resident.get(`${base}/tickets?scope=mine&q=${encodeURIComponent('假图片测试')}`),
        )
      ).total,
    ).toBe(0);

    const long = '一'.repeat(80);
    await field(page, 'report-title').fill(long);
    expect(await field(page, 'report-title').inputValue()).toHaveLength(60);
    // Past the form, the server refuses it too, and files nothing.
    const r = await resident.post(`${base}/tickets`, {
      data: { title: '长'.repeat(61), description: '标题太长', locationKind: 'public_area', area: '南门' },
      headers: { 'Idempotency-Key': `e2e-${crypto.randomUUID()}` },
    });
    expect(r.status()).toBe(400);
    expect((await r.json()).error.code).toBe('validation_failed');
    expect(
      (
        await answer<'/api/communities/{communityId}/tickets'>(
          resident.get(`${base}/tickets?scope=mine&q=${encodeURIComponent('长长长')}`),
        )
      ).total,
    ).toBe(0);
  });

  it("诉求设置: staff add a keyword to a category and it is used; a response window longer than the resolution window is refused with the server's message", async () => {
    const greening = async () =>
      (
        await answer<'/api/communities/{communityId}/ticket-categories'>(staff.get(`${base}/ticket-categories`))
      ).items.find((c) => c.code === 'greening')!;
    const page = await b.page({ as: 'staff', at: '/tickets/settings' });
    await page.getByTestId('category-edit-greening').click();
    await field(page, 'category-keywords').fill('爬山虎');
    await field(page, 'category-keywords').press('Enter');
    await page.getByTestId('category-form-submit').click();
    await expect.poll(async () => (await greening()).keywords).toContain('爬山虎');
    await expect.poll(() => page.getByTestId('category-row-greening').textContent()).toMatch(/等 \d+ 个/);
    expect(
      (
        await answer<'/api/communities/{communityId}/tickets/category-suggestion', 'post'>(
          staff.post(`${base}/tickets/category-suggestion`, { data: { text: '爬山虎太多了' } }),
        )
      ).category,
    ).toBe('greening');

    await page.getByTestId('category-edit-greening').click();
    await field(page, 'category-responseHoursUrgent').fill('30');
    await page.getByTestId('category-form-submit').click();
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').first().textContent())
      .toBe('紧急诉求的响应时限不能长于办结时限');
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('响应时限不能长于办结时限');
    await expectAccessible(page, 'console ticket settings, the category form refusing a value');
    expect((await greening()).responseHoursUrgent).toBe(2);
  });

  it('分类学习: a staff correction teaches the suggestion, shows on 诉求设置, and 忘记 there puts the suggestion back', async () => {
    const LOCKER = '快递柜又坏了，扫码没反应取不了件';
    const suggest = async () =>
      (
        await answer<'/api/communities/{communityId}/tickets/category-suggestion', 'post'>(
          staff.post(`${base}/tickets/category-suggestion`, { data: { text: LOCKER } }),
        )
      ).category;
    expect(await suggest()).toBe('repair');
    const { id, number } = await report(resident, {
      title: '快递柜坏了',
      description: '门口的快递柜屏幕坏了，取不了件',
    });
    const moved = await staff.post(`${base}/tickets/${id}/category`, { data: { category: 'other' } });
    expect(moved.status(), await moved.text()).toBe(200);
    expect(await suggest()).toBe('other');

    const page = await b.page({ as: 'staff', at: '/tickets/settings' });
    const row = page.getByTestId('lesson-row').filter({ hasText: number });
    await expect.poll(() => row.textContent()).toContain('设施报修 → 其他');
    await row.getByTestId('lesson-forget').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '是' }).click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('已忘记 1 条');
    await expect.poll(() => row.count()).toBe(0);
    expect(await suggest()).toBe('repair');
    expect((await detail(staff, id)).category, 'the ticket keeps its corrected category').toBe('other');
  });
});

/** Picks a move on the console ticket page, writes the reply, submits, and waits for the new state. */
async function move(page: Page, to: string, message: string, stateLabel: string) {
  await page.getByTestId(`move-${to}`).click();
  await field(page, 'move-message').fill(message);
  await page.getByTestId('move-submit').click();
  await expect.poll(() => page.getByTestId('ticket-state').textContent()).toBe(stateLabel);
}
