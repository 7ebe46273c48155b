import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { answer } from './support/answers';
import { api, communityId, expectAccessible, useBrowser } from './support/browser';
import { readPdf } from './support/pdf';

const PHONE = { width: 390, height: 844 };

/**
 * 公示栏: staff publish a notice from a closed consultation's result, print it (A4 and the A3 poster, with the QR to
 * the online copy), and anyone opens the public page without signing in and sees the record unchanged.
 */
describe('公示栏: a notice created from a consultation result, printed, checked online', () => {
  const b = useBrowser();
  let staff: APIRequestContext;
  let base: string;
  let consultation: { id: string; title: string };

  beforeAll(async () => {
    staff = await api('staff');
    base = `/api/communities/${await communityId(staff)}`;
    const closed = (
      await answer<'/api/communities/{communityId}/consultations'>(staff.get(`${base}/consultations?status=closed`))
    ).items;
    expect(closed.length).toBeGreaterThan(0);
    consultation = closed[0];
  });
  afterAll(async () => {
    await staff?.dispose();
  });

  it('publishes from the record, prints A4 and A3 with the QR, and the QR opens the public page: unchanged', async () => {
    const page = await b.page({ as: 'staff', at: '/notices' });
    await page.getByTestId('notice-list').waitFor();
    await expectAccessible(page, 'notice board');

    await page.getByTestId('notice-create').click();
    await page.getByTestId('notice-type').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '征询结果' }).click();
    await page.getByTestId('notice-record').click();
    await page.locator('.ant-select-item-option').filter({ hasText: consultation.title }).first().click();
    await page.getByTestId('notice-submit').click();

    await expect
      .poll(async () => {
        const l = await answer<'/api/communities/{communityId}/notices'>(staff.get(`${base}/notices`));
        return l.items.some((n) => n.sourceId === consultation.id && n.status === 'published');
      })
      .toBe(true);
    const notice = (await answer<'/api/communities/{communityId}/notices'>(staff.get(`${base}/notices`))).items.find(
      (n) => n.sourceId === consultation.id && n.status === 'published',
    )!;
    expect(notice).toMatchObject({ sourceType: 'consultation_result', title: consultation.title });

    // A4
    await page.getByTestId(`notice-print-a4-${notice.id}`).click();
    await page.getByTestId('notice-print-page').waitFor();
    expect(await page.locator('.nt-qr svg').count()).toBe(1);
    await expectAccessible(page, 'notice print A4');
    const a4 = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect((await readPdf(a4)).pages).toBeGreaterThanOrEqual(1);
    const url = await page.getByTestId('notice-public-url').textContent();
    expect(url).toMatch(new RegExp(`^https?://.+/p/notices/${notice.id}$`));

    // A3 poster
    await page.goto(`/notices/${notice.id}/print?size=a3`);
    await page.getByTestId('notice-print-page').waitFor();
    expect(await page.locator('.nt-a3').count()).toBe(1);
    const a3 = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect((await readPdf(a3)).pages).toBeGreaterThanOrEqual(1);

    // The QR's URL, opened by anyone (no sign-in): the online copy, unchanged since publication.
    const phone = await b.page({ viewport: PHONE });
    // The entry asks for the record while the page's code downloads (lib/prefetch.ts); the page takes that answer
    // instead of asking again.
    const asked: string[] = [];
    const scripts = new Set<string>();
    let scriptsBeforeAsking = -1;
    phone.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (p.startsWith('/api/')) {
        asked.push(p);
        if (scriptsBeforeAsking < 0) scriptsBeforeAsking = scripts.size;
      }
    });
    phone.on('requestfinished', (r) => {
      if (r.resourceType() === 'script') scripts.add(r.url());
    });
    await phone.goto(url!);
    await phone.getByTestId('public-notice').waitFor();
    expect(asked).toEqual([`/api/public/notices/${notice.id}`]);
    expect(scriptsBeforeAsking, 'scripts loaded before the record was asked for').toBeLessThan(scripts.size / 2);
    expect(await phone.getByTestId('public-notice-title').textContent()).toBe(consultation.title);
    await phone.getByTestId('notice-unchanged').waitFor();
    expect(await phone.getByTestId('notice-changed').count()).toBe(0);
    await expectAccessible(phone, 'public notice');
  });
});
