import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';
import { answer, type Json } from './support/answers';
import { readPdf } from './support/pdf';

type Detail = Json<'/api/communities/{communityId}/tickets/{id}'>;
type Resident = Json<'/api/communities/{communityId}/residents'>['items'][number];

/** Picks an option of an antd Select by keyboard alone: focus, type, wait for the option, Enter. */
async function choose(page: Page, testId: string, typed: string, option: string | RegExp = typed) {
  await field(page, testId).focus();
  await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/**
 * Issue #17 item 2: the steps that were API-only, done from their pages — a ticket recorded for a resident with a
 * building, building QR sheets printed for several buildings, a category corrected, a merge with its reason, a
 * group-chat message joined to an open ticket, a counted paper ballot corrected, action items across meetings.
 */
describe('steps done from pages, not the API', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let resident: APIRequestContext;
  let base: string;
  let places: Json<'/api/communities/{communityId}/tickets/places'>;

  const detail = (id: string): Promise<Detail> =>
    answer<'/api/communities/{communityId}/tickets/{id}'>(staff.get(`${base}/tickets/${id}`));
  const report = async (data: Record<string, unknown>) => {
    const r = await resident.post(`${base}/tickets`, {
      data: { locationKind: 'public_area', area: '南门', ...data },
      headers: { 'Idempotency-Key': `pages-${crypto.randomUUID()}` },
    });
    expect(r.status(), await r.text()).toBe(201);
    return answer<'/api/communities/{communityId}/tickets', 'post'>(r);
  };
  /** A resident of another household than resident1's, living in a building (so the record page preselects it). */
  const neighbour = async (estateName?: string): Promise<Resident> => {
    const mine = (await answer<'/api/me'>(resident.get('/api/me'))).communities[0].householdId;
    const rows = (
      await answer<'/api/communities/{communityId}/residents'>(staff.get(`${base}/residents?pageSize=100`))
    ).items.filter(
      (r) =>
        r.householdId &&
        r.householdId !== mine &&
        r.buildingName &&
        r.estateName &&
        (!estateName || r.estateName === estateName),
    );
    expect(rows.length).toBeGreaterThan(0);
    return rows[0];
  };

  beforeAll(async () => {
    staff = await api('staff');
    resident = await api('resident1');
    base = `/api/communities/${await communityId(staff)}`;
    places = await answer<'/api/communities/{communityId}/tickets/places'>(staff.get(`${base}/tickets/places`));
  });
  afterAll(async () => {
    for (const c of [staff, resident]) await c?.dispose();
  });

  it('代居民登记: staff record a phoned-in problem for a resident, by keyboard, in another building than theirs', async () => {
    const who = await neighbour();
    const estate = places.estates.find((e) => e.name === who.estateName)!;
    const own = estate.buildings.find((x) => x.name === who.buildingName)!;
    const other = estate.buildings.find((x) => x.id !== own.id)!;
    expect(other).toBeTruthy();

    const page = await b.page({ as: 'staff' });
    // Reached from the menu: 民呼我应 → 代居民登记 (the submenu is open when it holds the current page).
    const item = page.getByTestId('menu-tickets-record');
    if (!(await item.isVisible())) await page.getByTestId('menu-tickets').click();
    await item.click();
    await page.waitForURL((u) => u.pathname === '/tickets/record');
    await page.getByTestId('record-form').waitFor();
    await choose(page, 'record-resident', who.name, who.householdCode!);
    // The resident's own building is preselected; the problem is in the next building, chosen by keyboard.
    await expect.poll(() => page.getByTestId('record-building').textContent()).toContain(`${estate.name} ${own.name}`);
    await choose(page, 'record-building', `${estate.name} ${other.name}`);
    await expect
      .poll(() => page.getByTestId('record-building').textContent())
      .toContain(`${estate.name} ${other.name}`);
    await page.getByRole('radio', { name: '走访' }).focus();
    await page.keyboard.press('Space');
    await field(page, 'record-title').focus();
    await page.keyboard.type('楼道堆放杂物堵住消防通道');
    await page.keyboard.press('Tab');
    await page.keyboard.type('走访时居民反映：三楼楼道堆满纸箱和旧家具，消防通道走不通。');
    await page.keyboard.press('Tab');
    // Leaving the description suggests a category; staff may keep or change it.
    await expect.poll(() => page.getByTestId('record-category').textContent()).not.toBe('');
    await page.getByRole('radio', { name: '紧急' }).focus();
    await page.keyboard.press('Space');
    await expectAccessible(page, 'record a ticket for a resident, filled in');
    await page.getByTestId('record-submit').focus();
    await page.keyboard.press('Enter');
    const created = (await page.getByTestId('record-created').textContent())!;
    const number = /MH-\d{4}-\d+/.exec(created)![0];
    await page.getByTestId('record-open').click();
    await page.waitForURL(/\/tickets\/[^/]+$/);
    const d = await detail(new URL(page.url()).pathname.split('/').pop()!);
    expect(d).toMatchObject({
      number,
      channel: 'visit',
      urgency: 'urgent',
      buildingName: other.name,
      estateName: estate.name,
      // The detail masks the reporter's name (范**); it is theirs.
      reporterName: expect.stringMatching(new RegExp(`^${[...who.name][0]}`)),
    });
    expect(d.gridName, 'the building decides the grid that handles it').toBeTruthy();
  });

  it('楼栋二维码: staff tick three buildings of two estates and print one A4 sheet each, QR code and all', async () => {
    expect(places.estates.length).toBeGreaterThan(1);
    const [e1, e2] = places.estates;
    const chosen = [e1.buildings[0], e1.buildings[1], e2.buildings[0]];
    expect(chosen.filter(Boolean)).toHaveLength(3);
    const page = await b.page({ as: 'staff', at: '/tickets/qr' });
    for (const x of chosen) {
      await page.getByRole('checkbox', { name: x.name, exact: true }).first().waitFor();
      const box = page.getByTestId(`qr-estate-${x === chosen[2] ? e2.id : e1.id}`).getByRole('checkbox', {
        name: x.name,
        exact: true,
      });
      await box.focus();
      await page.keyboard.press('Space');
    }
    await expect.poll(() => page.getByTestId('qr-sheet').count()).toBe(3);
    expect(await page.getByTestId('qr-print').textContent()).toContain('3 张 A4');
    const sheets = page.getByTestId('qr-sheet');
    for (const [i, x] of chosen.entries()) {
      const sheet = sheets.nth(i);
      expect(await sheet.textContent()).toContain(x.name);
      expect(await sheet.textContent()).toContain('扫码反映问题');
      await expect
        .poll(() => sheet.locator('img.qr-code').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
    }
    await expectAccessible(page, 'building QR sheets, three chosen');

    // Print: only the sheets, one A4 page each, the QR code large (≥ 120 mm, read from a metre away).
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('qr-print').isVisible()).toBe(false);
    const mm = await sheets
      .first()
      .locator('img.qr-code')
      .evaluate((img) => (img.getBoundingClientRect().width * 25.4) / 96);
    expect(mm).toBeGreaterThanOrEqual(120);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect((await readPdf(pdf)).pages).toBe(3);
    await page.emulateMedia({ media: 'screen' });
  });

  it('更正类别: staff correct a ticket’s category on its page; the timeline and the ticket follow', async () => {
    const tk = await report({ title: '小区花坛里的树枝断了', description: '花坛边的树枝被风刮断了，挂在半空' });
    const before = (await detail(tk.id)).category;
    const page = await b.page({ as: 'staff', at: `/tickets/${tk.id}` });
    await page.getByTestId('ticket-detail').waitFor();
    const to = before === 'greening' ? '其他' : '绿化';
    await choose(page, 'recategorize', to);
    await page.getByTestId('recategorize-submit').click();
    await expect.poll(async () => (await detail(tk.id)).category).toBe(before === 'greening' ? 'other' : 'greening');
    await expect.poll(() => page.getByTestId('ticket-detail').textContent()).toContain(to);
    await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('调整类别');
  });

  it('合并: the page refuses a merge without its reason, and keeps the reason given', async () => {
    const kept = await report({ title: '西门道闸抬杆太慢', description: '早上出门道闸抬杆要等很久' });
    const dup = await report({ title: '西门道闸又坏了', description: '道闸抬不起来，车排到马路上' });
    const page = await b.page({ as: 'staff', at: `/tickets/${dup.id}` });
    await page.getByTestId('ticket-detail').waitFor();
    await field(page, 'merge-into').fill(kept.number);
    await page.getByTestId('merge').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('请填写合并说明');
    expect((await detail(dup.id)).state).toBe('submitted');
    await field(page, 'merge-reason').fill('同一个西门道闸');
    await page.getByTestId('merge').click();
    await expect.poll(() => page.getByTestId('ticket-state').textContent()).toBe('重复已合并');
    expect(await detail(dup.id)).toMatchObject({ state: 'duplicate', closingReason: '同一个西门道闸' });
  });

  it('群聊收集: a message about a problem already reported is joined to that ticket; the speaker’s household supports it', async () => {
    const open = await report({ title: '南门外卖电动车乱停', description: '南门口电动车停满，老人进出不方便' });
    const estate = places.estates[0];
    const speaker = await neighbour(estate.name);
    const before = (await detail(open.id)).supportCount;
    const page = await b.page({ as: 'staff', at: '/meetings/intake' });
    await page.getByTestId('intake-estate').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: estate.name }).click();
    await field(page, 'intake-text').fill(
      `2026-05-03 19:42 ${speaker.name}:\n南门口外卖电动车又停满了，推婴儿车都过不去\n`,
    );
    await page.getByTestId('intake-split').click();
    await page.getByTestId('candidate-0').waitFor();
    await choose(page, 'candidate-0-resident', speaker.name, speaker.householdCode!);
    await choose(page, 'candidate-0-join-to', open.number);
    await page.getByTestId('candidate-0-join').click();
    await page.getByTestId('candidate-0-joined').waitFor();
    await expectAccessible(page, 'group-chat intake, a candidate joined to a ticket');
    const d = await detail(open.id);
    expect(d.supportCount).toBe(before + 1);
    expect(d.timeline.at(-1)).toMatchObject({ kind: 'joined' });
    expect(d.timeline.at(-1)!.message).toContain('推婴儿车都过不去');
  });

  it('征询: a counted paper ballot is corrected from the page while the consultation is open, with its reason', async () => {
    const { myBuildingId } = await answer<'/api/communities/{communityId}/tickets/places'>(
      resident.get(`${base}/tickets/places`),
    );
    const now = Date.now();
    const c = await answer<'/api/communities/{communityId}/consultations', 'post'>(
      staff.post(`${base}/consultations`, {
        data: {
          title: '楼道加装扶手征询',
          description: '',
          scope: { kind: 'buildings', ids: [myBuildingId] },
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 86_400_000).toISOString(),
          questions: [
            {
              key: 'rail',
              text: '楼道加装扶手',
              options: [
                { key: 'agree', label: '同意' },
                { key: 'disagree', label: '不同意' },
              ],
            },
          ],
          participation: { op: '>=', num: 1, den: 100 },
          approval: { op: '>', num: 1, den: 2 },
        },
      }),
    );
    expect((await staff.post(`${base}/consultations/${c.id}/open`)).status()).toBe(200);
    const eligible = await answer<'/api/communities/{communityId}/consultations/{id}/eligible'>(
      staff.get(`${base}/consultations/${c.id}/eligible`),
    );
    const household = eligible.items[0];
    const entered = await answer<'/api/communities/{communityId}/consultations/{id}/paper-ballots', 'post'>(
      staff.post(`${base}/consultations/${c.id}/paper-ballots`, {
        data: {
          householdId: household.householdId,
          channel: 'paper',
          formNumber: 'FS-001',
          answers: { rail: 'agree' },
        },
        headers: { 'Idempotency-Key': `pages-${crypto.randomUUID()}` },
      }),
    );
    const secretary = await api('secretary');
    expect((await secretary.post(`${base}/consultations/${c.id}/ballots/${entered.ballotId}/confirm`)).status()).toBe(
      200,
    );
    await secretary.dispose();

    const page = await b.page({ as: 'staff', at: `/consultations/${c.id}` });
    await page.getByTestId(`correct-counted-${household.code}`).click();
    await page.getByTestId('ballot-rail').getByText('不同意', { exact: true }).click();
    await field(page, 'ballot-reason').fill('录入时看错了表单，居民选的是不同意');
    await page.getByTestId('ballot-modal-submit').click();
    await expect.poll(() => page.getByTestId('pending-table').textContent()).toContain('录入时看错了表单');
    const pending = await answer<'/api/communities/{communityId}/consultations/{id}/pending'>(
      staff.get(`${base}/consultations/${c.id}/pending`),
    );
    expect(pending.items).toEqual([
      expect.objectContaining({ ballotId: entered.ballotId, kind: 'correction', answers: { rail: 'disagree' } }),
    ]);
  });

  it('待办事项: open and overdue action items across meetings, each opening its meeting', async () => {
    const page = await b.page({ as: 'staff', at: '/meetings' });
    await page.getByTestId('meetings-items-link').click();
    await page.waitForURL((u) => u.pathname === '/meetings/action-items');
    const open = await answer<'/api/communities/{communityId}/meetings/action-items'>(
      staff.get(`${base}/meetings/action-items?done=false`),
    );
    const done = await answer<'/api/communities/{communityId}/meetings/action-items'>(
      staff.get(`${base}/meetings/action-items?done=true`),
    );
    expect(open.items.length + done.items.length).toBeGreaterThan(0);
    const rows = page.getByTestId('items-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(Math.min(open.items.length, 50));
    await page.getByTestId('items-filter').getByText('已完成').click();
    await expect.poll(() => rows.count()).toBe(Math.min(done.items.length, 50));
    await page.getByTestId('items-filter').getByText('已超期').click();
    await page.waitForURL((u) => u.search === '?show=overdue');
    const overdue = await answer<'/api/communities/{communityId}/meetings/action-items'>(
      staff.get(`${base}/meetings/action-items?overdue=true`),
    );
    await expect.poll(() => rows.count()).toBe(Math.min(overdue.items.length, 50));
    await page.getByTestId('items-filter').getByText('全部').click();
    const first = [...open.items, ...done.items].sort((x, y) => x.dueDate.localeCompare(y.dueDate))[0];
    await page.getByTestId(`item-meeting-${first.id}`).click();
    await page.waitForURL((u) => u.pathname === `/meetings/${first.meetingId}`);
    await expect.poll(() => page.getByTestId('meeting-action-items').textContent()).toContain(first.text);
  });
});
