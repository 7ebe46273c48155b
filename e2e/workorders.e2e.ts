import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { answer } from './support/answers';
import { api, communityId, expectAccessible, field, useBrowser } from './support/browser';
import { RESULTS } from './support/global-setup';

const PHONE = { width: 390, height: 844 };
const photo = () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 90, g: 110, b: 130 } } })
    .jpeg({ quality: 80 })
    .toBuffer();

/** The article's practice end to end: a shared-area leak reported by a resident is repaired under the fee list and paid from the emergency repair fund. */
describe('a leak ticket becomes a work order, paid from the emergency repair fund', () => {
  const b = useBrowser();
  let staffApi: APIRequestContext;
  let residentApi: APIRequestContext;
  let base: string;
  let ticketId: string;
  let workOrderId: string;

  beforeAll(async () => {
    staffApi = await api('staff');
    residentApi = await api('resident1');
    base = `/api/communities/${await communityId(staffApi)}`;
    const estateId = (await answer<'/api/communities/{communityId}/estates'>(staffApi.get(`${base}/estates`))).items[0]
      .id;
    const r = await residentApi.post(`${base}/tickets`, {
      data: {
        title: '三楼楼道墙面渗水',
        description: '楼顶渗水流到三楼楼道，墙面发霉掉皮',
        locationKind: 'public_area',
        area: '3号楼楼道',
        estateId,
      },
    });
    expect(r.status(), await r.text()).toBe(201);
    ticketId = (await answer<'/api/communities/{communityId}/tickets', 'post'>(r)).id;
  });
  afterAll(async () => {
    await staffApi?.dispose();
    await residentApi?.dispose();
  });

  const sign = async (page: Page) => {
    await page.goto(`/work-orders/${workOrderId}`);
    await page.getByTestId('wo-sign').click();
    await expect.poll(() => page.getByTestId('wo-signoff').textContent()).not.toContain('未签');
  };

  it('staff escalate the ticket and quote it from the fee list; above the threshold it waits for two signatures', async () => {
    const page = await b.page({ as: 'staff', at: `/tickets/${ticketId}` });
    await page.getByTestId('ticket-to-work-order').click();
    await field(page, 'wo-title').waitFor();
    await expectAccessible(page, 'work order create form');
    await page.getByTestId('wo-create-submit').click();
    await page.waitForURL(/\/work-orders\/[^/]+$/);
    workOrderId = new URL(page.url()).pathname.split('/').pop()!;

    // 楼道墙面渗水处理 at ¥120 per m², 20 m²: ¥2,400, above the demo's ¥2,000 threshold.
    await page.getByTestId('wo-line-item-0').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'FS-02' }).click();
    await field(page, 'wo-line-qty-0').fill('20');
    await expect.poll(() => page.getByTestId('wo-quote-total').textContent()).toContain('2,400.00');
    await page.getByTestId('wo-save-quote').click();
    await expect.poll(() => page.getByTestId('wo-total').textContent()).toContain('2,400.00');
    expect(await page.getByTestId('wo-start').count()).toBe(0);
    await expectAccessible(page, 'work order awaiting sign-off');
    await page.getByTestId('wo-sign').click();
    await expect.poll(() => page.getByTestId('wo-signoff').textContent()).not.toContain('居委工作人员：未签');
    // Staff have signed; the same person cannot sign for the committee too.
    expect(await page.getByTestId('wo-sign').count()).toBe(0);

    const committee = await b.page({ as: 'committee1' });
    await sign(committee);
  });

  it('the property company starts, completes with a site photo; the reporter accepts on the phone', async () => {
    const ledger = () => answer<'/api/communities/{communityId}/funds/{fund}'>(staffApi.get(`${base}/funds/emergency`));
    const before = (await ledger()).fund.balanceFen;
    const page = await b.page({ as: 'property', at: `/work-orders/${workOrderId}` });
    await page.getByTestId('wo-start').click();
    await expect.poll(() => page.getByTestId('wo-status').textContent()).toBe('施工中');
    await field(page, 'wo-complete-note').fill('已铲除霉变墙皮，做防水并重新粉刷');
    await page
      .getByTestId('wo-photos')
      .setInputFiles({ name: 'IMG_0520.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await page.getByTestId('wo-complete').click();
    await expect.poll(() => page.getByTestId('wo-status').textContent()).toBe('待验收');
    await page.getByTestId('wo-photo-list').waitFor();

    const phone = await b.page({ as: 'resident1', h5: true, viewport: PHONE, at: '/h5/repairs' });
    await phone.getByTestId('repair-row').filter({ hasText: '三楼楼道墙面渗水' }).click();
    await phone.getByTestId('repair-accept-box').waitFor();
    await expectAccessible(phone, 'repair acceptance on the phone');
    await phone.getByTestId('repair-accept').click();
    await expect.poll(() => phone.getByTestId('repair-status').textContent()).toBe('已验收');

    // Paid from the emergency repair fund in the same transaction, and the ticket resolved for the reporter to confirm.
    const fund = await ledger();
    expect(fund.fund.balanceFen).toBe(before - 240_000);
    expect(fund.entries[0]).toMatchObject({ kind: 'spend', amountFen: 240_000, workOrderId });
    const ticket = await answer<'/api/communities/{communityId}/tickets/{id}'>(
      residentApi.get(`${base}/tickets/${ticketId}`),
    );
    expect(ticket.state).toBe('resolved');

    await page.goto(`/work-orders/${workOrderId}`);
    await expect.poll(() => page.getByTestId('wo-status').textContent()).toBe('已验收');
    await page.screenshot({ path: `${RESULTS}/workorders-detail.png`, fullPage: true });
    await page.goto('/funds');
    await page.getByTestId('fund-ledger').waitFor();
    await expect.poll(() => page.getByTestId('fund-ledger').textContent()).toContain('三楼楼道墙面渗水');
    await page.screenshot({ path: `${RESULTS}/workorders-fund-ledger.png`, fullPage: true });
  });

  it('staff cancel an order before work starts, with a reason; nothing is spent', async () => {
    const made = await staffApi.post(`${base}/work-orders`, {
      data: { title: '楼道灯不亮（重复报修）', source: 'inspection', location: '5号楼楼道', fundingSource: 'property' },
    });
    expect(made.status(), await made.text()).toBe(201);
    const id = (await answer<'/api/communities/{communityId}/work-orders', 'post'>(made)).id;
    const funds = () => answer<'/api/communities/{communityId}/funds'>(staffApi.get(`${base}/funds`));
    const before = await funds();
    const page = await b.page({ as: 'staff', at: `/work-orders/${id}` });
    expect(await page.getByTestId('wo-cancel').isDisabled()).toBe(true);
    await field(page, 'wo-cancel-reason').fill('与WX工单重复，已合并处理');
    await page.getByTestId('wo-cancel').click();
    await expect.poll(() => page.getByTestId('wo-status').textContent()).toBe('已取消');
    expect(await page.getByTestId('wo-cancellation').textContent()).toContain('与WX工单重复');
    expect(await page.getByTestId('wo-cancel').count()).toBe(0);
    expect(await funds()).toEqual(before);
  });

  it("a closed topic's implementation points at the real fee list, roster and work order", async () => {
    const topics = await answer<'/api/communities/{communityId}/topics'>(staffApi.get(`${base}/topics?status=closed`));
    const page = await b.page({ as: 'staff' });
    for (const [title, label, target] of [
      ['维修收费不透明', '维修费用清单', /\/fee-list$/],
      ['物业夜间无人值守', '24小时驻扎值班表', /\/duty$/],
      ['公共区域漏水渗水', '维修工单', /\/work-orders\/[^/]+$/],
    ] as const) {
      const topic = topics.items.find((x) => x.title === title);
      expect(topic, title).toBeTruthy();
      await page.goto(`/topics/${topic!.id}`);
      const link = page.getByTestId('evidence-link').filter({ hasText: label }).first();
      await link.waitFor();
      await link.getByRole('link').click();
      await page.waitForURL(target);
    }
    await page.getByTestId('wo-status').waitFor();
    expect(await page.getByTestId('wo-status').textContent()).toBe('已验收');
  });

  it('shows the resident who is on duty now, with a button that calls them', async () => {
    const phone = await b.page({ as: 'resident1', h5: true, viewport: PHONE, at: '/h5/duty' });
    const call = phone.getByTestId('duty-call').first();
    await call.waitFor();
    expect(await call.getAttribute('href')).toMatch(/^tel:021\d{8}$/);
    await phone.screenshot({ path: `${RESULTS}/workorders-duty-h5.png` });

    const console = await b.page({ as: 'property', at: '/duty' });
    await console.getByTestId('duty-table').waitFor();
    await expectAccessible(console, 'duty roster');
  });
});
