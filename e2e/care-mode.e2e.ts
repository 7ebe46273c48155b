import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { APIRequestContext, APIResponse, Page } from 'playwright-core';
import { api, communityId, demoPassword, expectAccessible, networkQuiet, useBrowser, visit } from './support/browser';
import { answer } from './support/answers';
import { h5Routes, measureTargets } from './support/targets';

const PHONE = { width: 390, height: 844 };
/** Care mode's promise (SPEC: 关怀模式) and, outside it, WCAG 2.5.5's 44 × 44 px for every target. */
const CARE = { target: 60, text: 20 };
const NORMAL = { target: 44, text: 14 };

/** Every resident page, how to open it, and whether it needs a signed-in resident. */
const PAGES: Record<string, { signedIn: boolean; open: (page: Page) => Promise<unknown> }> = {
  login: { signedIn: false, open: (p) => visit(p, '/h5/login') },
  join: { signedIn: false, open: (p) => visit(p, '/h5/join') },
  '': { signedIn: true, open: (p) => visit(p, '/h5/') },
  password: { signedIn: true, open: (p) => visit(p, '/h5/password') },
  'tickets/new': { signedIn: true, open: (p) => visit(p, '/h5/tickets/new') },
  tickets: { signedIn: true, open: (p) => visit(p, '/h5/tickets') },
  'tickets/board': { signedIn: true, open: (p) => visit(p, '/h5/tickets/board') },
  'tickets/:id': {
    signedIn: true,
    open: (p) => openFirst(p, '/h5/tickets', '[data-testid=my-tickets] a[href^="/h5/tickets/"]'),
  },
  consultations: { signedIn: true, open: (p) => visit(p, '/h5/consultations') },
  'consultations/:id': { signedIn: true, open: (p) => openFirst(p, '/h5/consultations', 'a.cs-item-link') },
  verify: { signedIn: false, open: (p) => visit(p, '/h5/verify') },
  notifications: { signedIn: true, open: (p) => visit(p, '/h5/notifications') },
  'notifications/prefs': { signedIn: true, open: (p) => visit(p, '/h5/notifications/prefs') },
  activities: { signedIn: true, open: (p) => visit(p, '/h5/activities') },
  'activities/:id/check': { signedIn: true, open: (p) => openCheckIn(p) },
  duty: { signedIn: true, open: (p) => visit(p, '/h5/duty') },
  repairs: {
    signedIn: true,
    open: async (p) => {
      await repairToAccept();
      return visit(p, '/h5/repairs');
    },
  },
  'repairs/:id': { signedIn: true, open: async (p) => visit(p, `/h5/repairs/${await repairToAccept()}`) },
  projects: { signedIn: true, open: (p) => visit(p, '/h5/projects') },
  parking: { signedIn: true, open: (p) => visit(p, '/h5/parking') },
  evaluations: { signedIn: true, open: (p) => visit(p, '/h5/evaluations') },
  'evaluations/:id': { signedIn: true, open: (p) => openFirst(p, '/h5/evaluations', 'a.ev-item-link') },
};

/** The check-in page as the QR of the demo's activity under way opens it (its code comes from the staff screen's route). */
async function openCheckIn(page: Page) {
  const staff = await api('staff');
  try {
    const base = `/api/communities/${await communityId(staff)}`;
    const list = (
      await answer<'/api/communities/{communityId}/activities'>(staff.get(`${base}/activities?when=upcoming`))
    ).items;
    const under = list.find((a) => Date.parse(a.startsAt) <= Date.now()) ?? list[0];
    const { url } = await answer<'/api/communities/{communityId}/activities/{id}/checkin-code'>(
      staff.get(`${base}/activities/${under.id}/checkin-code`),
    );
    await page.goto(url);
  } finally {
    await staff.dispose();
  }
}

let repair: Promise<string> | undefined;
/** A repair of resident1's own ticket, done and waiting for their acceptance (made once, through the API). */
function repairToAccept(): Promise<string> {
  repair ??= (async () => {
    const [staff, resident] = [await api('staff'), await api('resident1')];
    const base = `/api/communities/${await communityId(staff)}`;
    const ok = async (r: Promise<APIResponse>) => {
      const res = await r;
      if (!res.ok()) throw new Error(`${res.url()} → ${res.status()} ${await res.text()}`);
      return res;
    };
    const estateId = (await answer<'/api/communities/{communityId}/estates'>(ok(staff.get(`${base}/estates`)))).items[0]
      .id;
    const ticket = await answer<'/api/communities/{communityId}/tickets', 'post'>(
      ok(
        resident.post(`${base}/tickets`, {
          data: {
            title: '楼道水管接头滴水',
            description: '二楼楼道水管接头一直滴水',
            locationKind: 'public_area',
            area: '2号楼楼道',
            estateId,
          },
        }),
      ),
    );
    const wo = await answer<'/api/communities/{communityId}/work-orders', 'post'>(
      ok(
        staff.post(`${base}/work-orders`, {
          data: {
            title: '楼道水管接头滴水',
            source: 'ticket',
            sourceId: ticket.id,
            location: '2号楼二楼楼道',
            fundingSource: 'property',
          },
        }),
      ),
    );
    const item = (
      await answer<'/api/communities/{communityId}/fee-list'>(ok(staff.get(`${base}/fee-list`)))
    ).items.find((i) => i.code === 'GD-01')!;
    await ok(
      staff.put(`${base}/work-orders/${wo.id}/quote`, { data: { items: [{ feeItemId: item.id, quantity: 1 }] } }),
    );
    await ok(staff.post(`${base}/work-orders/${wo.id}/start`, { data: {} }));
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#789' } })
      .jpeg()
      .toBuffer();
    await ok(
      staff.post(`${base}/work-orders/${wo.id}/complete`, {
        multipart: {
          data: JSON.stringify({ note: '已更换接头' }),
          photos: { name: 'p.jpg', mimeType: 'image/jpeg', buffer: jpeg },
        },
      }),
    );
    await staff.dispose();
    await resident.dispose();
    return wo.id as string;
  })();
  return repair;
}

async function openFirst(page: Page, list: string, link: string) {
  await visit(page, list);
  await page.locator(link).first().click();
  await page.waitForURL((u) => u.pathname !== list);
}

/** The page settled: no request in flight, no loading indicator. */
async function settled(page: Page) {
  await networkQuiet(page);
  await page
    .locator('.h5-loading, .adm-dot-loading, .adm-skeleton')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 });
}

/**
 * Presses Tab until the focused element matches `selector` (or sits inside it). Fails after `max`
 * presses: the target cannot be reached by keyboard, or only after an unreasonable walk.
 */
async function tabTo(page: Page, selector: string, max = 40, text?: string) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      ([s, x]) => {
        const el = document.activeElement?.closest(s);
        return !!el && (!x || !!el.textContent?.includes(x));
      },
      [selector, text] as const,
    );
    if (reached) return;
  }
  throw new Error(`${selector}${text ? ` (${text})` : ''} was not reached with ${max} presses of Tab on ${page.url()}`);
}

async function signInByKeyboard(page: Page, login: string) {
  await page.goto('/h5/login');
  await settled(page);
  await tabTo(page, '[data-testid=login-name]');
  await page.keyboard.type(login);
  await tabTo(page, '[data-testid=login-password]', 3);
  await page.keyboard.type(demoPassword);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
}

describe('resident H5 for elderly residents: care mode to its numbers, every flow by keyboard alone', () => {
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

  it('walks every H5 page the sources register', () => {
    const routes = h5Routes();
    expect(routes.length).toBeGreaterThanOrEqual(11);
    expect(
      routes.filter((r) => !(r in PAGES)),
      'H5 pages this spec does not measure: add them to PAGES',
    ).toEqual([]);
  });

  it('motion: a phone that asks for reduced motion, or care mode, gets dialogs without a fade; otherwise they animate', async () => {
    const reduced = () => document.documentElement.classList.contains('reduce-motion');
    const moving = await b.page({ h5: true, viewport: PHONE, motion: 'no-preference' });
    await moving.goto('/h5/login');
    expect(await moving.evaluate(reduced)).toBe(false);
    await moving.locator('label:has([data-testid=care-switch])').click();
    await expect.poll(() => moving.evaluate(reduced)).toBe(true);
    const still = await b.page({ h5: true, viewport: PHONE });
    await still.goto('/h5/login');
    expect(await still.evaluate(reduced)).toBe(true);
  });

  for (const mode of ['normal', 'care'] as const) {
    it(`${mode} mode: every target on every page is at least ${mode === 'care' ? '60 × 60' : '44 × 44'} px, text at least ${mode === 'care' ? CARE.text : NORMAL.text} px`, async () => {
      const min = mode === 'care' ? CARE : NORMAL;
      const signedOut = await b.page({ h5: true, viewport: PHONE });
      const signedIn = await b.page({ h5: true, viewport: PHONE, as: 'resident1' });
      const misses: string[] = [];
      let targets = 0;
      for (const [route, how] of Object.entries(PAGES)) {
        const page = how.signedIn ? signedIn : signedOut;
        await how.open(page);
        await settled(page);
        const care = await page.evaluate(() => document.documentElement.classList.contains('care'));
        if (care !== (mode === 'care')) {
          await page.locator('label:has([data-testid=care-switch])').click();
          await expect
            .poll(() => page.evaluate(() => document.documentElement.classList.contains('care')))
            .toBe(mode === 'care');
        }
        const m = await measureTargets(page, min);
        expect(m.targets, `no targets found on /h5/${route}`).toBeGreaterThan(2);
        targets += m.targets;
        if (m.smallTargets.length) misses.push(`/h5/${route} targets: ${JSON.stringify(m.smallTargets)}`);
        if (m.smallText.length) misses.push(`/h5/${route} text: ${JSON.stringify(m.smallText)}`);
        if (mode === 'care') await expectAccessible(page, `/h5/${route} in care mode`);
      }
      console.log(`[care-mode] ${mode}: ${Object.keys(PAGES).length} pages, ${targets} targets measured`);
      expect(misses, misses.join('\n')).toEqual([]);
    });
  }

  it('a resident signs in, reports a ticket with category, place and urgency, and confirms it resolved — by keyboard alone', async () => {
    const page = await b.page({ h5: true, viewport: PHONE });
    await signInByKeyboard(page, 'resident1');
    await page.goto('/h5/tickets/new');
    await settled(page);
    await tabTo(page, '[data-testid=report-title]');
    await page.keyboard.type('二号楼门口路灯不亮');
    await tabTo(page, '[data-testid=report-description]', 3);
    await page.keyboard.type('晚上门口一片黑，老人进出看不清台阶。');
    // Category: Tab enters the group at its checked (or first) choice; the arrows move the choice.
    await tabTo(page, '[data-testid=report-category]', 3);
    const categories = await page
      .locator('[data-testid=report-category] input[type=radio]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(categories.length).toBeGreaterThan(3);
    const from = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    const target = categories.at(-1)!;
    const steps = (categories.indexOf(target) - categories.indexOf(from) + categories.length) % categories.length;
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('[data-testid=report-category] .h5-choice.on input').inputValue())
      .toBe(target);
    await tabTo(page, '[data-testid=report-where]', 2);
    await page.keyboard.press('ArrowDown'); // my building → a building
    await expect
      .poll(() => page.locator('[data-testid=report-where] .h5-choice.on input').inputValue())
      .toBe('building');
    await tabTo(page, '[data-testid=report-building]', 2);
    await page.keyboard.press('ArrowDown'); // the first building in the list
    await tabTo(page, '[data-testid=report-urgency]', 2);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('[data-testid=report-urgency] .h5-choice.on input').inputValue())
      .toBe('urgent');
    await tabTo(page, '[data-testid=report-submit]', 4);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/h5\/tickets\/[^/?]+\?/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const filed = await answer<'/api/communities/{communityId}/tickets/{id}'>(resident.get(`${base}/tickets/${id}`));
    expect(filed).toMatchObject({ title: '二号楼门口路灯不亮', category: target, urgency: 'urgent' });

    for (const [to, message] of [
      ['accepted', '收到，今晚去看'],
      ['resolved', '灯泡已更换'],
    ] as const) {
      const r = await staff.post(`${base}/tickets/${id}/transition`, { data: { to, message } });
      expect(r.status(), await r.text()).toBe(200);
    }
    await page.reload();
    await settled(page);
    await tabTo(page, '[data-testid=rate]');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight'); // first star → fourth
    await tabTo(page, '[data-testid=confirm]', 4);
    await page.keyboard.press('Enter');
    await expect
      .poll(
        async () =>
          (await answer<'/api/communities/{communityId}/tickets/{id}'>(resident.get(`${base}/tickets/${id}`))).state,
      )
      .toBe('closed');
    expect(
      (await answer<'/api/communities/{communityId}/tickets/{id}'>(resident.get(`${base}/tickets/${id}`))).satisfaction,
    ).toBe(4);
  });

  it('a household representative votes and checks the receipt — by keyboard alone', async () => {
    const { myBuildingId } = await answer<'/api/communities/{communityId}/tickets/places'>(
      resident.get(`${base}/tickets/places`),
    );
    const now = Date.now();
    const created = await staff.post(`${base}/consultations`, {
      data: {
        title: '2号楼门口加装感应灯征询',
        description: '请各户表态。',
        scope: { kind: 'buildings', ids: [myBuildingId] },
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 86_400_000).toISOString(),
        questions: [
          {
            key: 'light',
            text: '是否同意在单元门口加装感应灯',
            options: [
              { key: 'agree', label: '同意' },
              { key: 'disagree', label: '不同意' },
            ],
            approveOption: 'agree',
          },
        ],
        participation: { op: '>=', num: 1, den: 100 },
        approval: { op: '>', num: 1, den: 2 },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const cid = (await answer<'/api/communities/{communityId}/consultations', 'post'>(created)).id;
    const opened = await staff.post(`${base}/consultations/${cid}/open`);
    expect(opened.status(), await opened.text()).toBe(200);

    const page = await b.page({ h5: true, viewport: PHONE });
    await signInByKeyboard(page, 'resident1');
    await page.goto(`/h5/consultations/${cid}`);
    await settled(page);
    await tabTo(page, '[data-testid=vote-light-agree]');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('vote-light-agree').getAttribute('aria-pressed')).toBe('true');
    await tabTo(page, '[data-testid=vote-submit]', 4);
    await page.keyboard.press('Enter');
    // The confirmation dialog takes the focus; its confirm button is reached and pressed by keyboard.
    await page.getByTestId('vote-confirm-text').waitFor();
    await tabTo(page, '.adm-dialog button', 6, '确认提交');
    await page.keyboard.press('Enter');
    await page.getByTestId('receipt').waitFor();
    const hash = (await page.getByTestId('receipt-hash').textContent())!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    // Checking the receipt on the public check page, signed out, also by keyboard.
    const visitor = await b.page({ h5: true, viewport: PHONE });
    await visitor.goto('/h5/verify');
    await settled(visitor);
    await tabTo(visitor, '[data-testid=verify-consultation]');
    await visitor.keyboard.type(cid);
    await tabTo(visitor, '[data-testid=verify-hash]', 3);
    await visitor.keyboard.type(hash);
    await visitor.keyboard.press('Enter');
    await expect.poll(() => visitor.getByTestId('verify-intact').textContent()).toMatch(/^✓/);
  });

  it('a newcomer joins their household with a one-time code — by keyboard alone', async () => {
    const buildings = (
      await answer<'/api/communities/{communityId}/buildings'>(staff.get(`${base}/buildings?q=3号楼&pageSize=5`))
    ).items;
    expect(buildings.length).toBeGreaterThan(0);
    const issued = await answer<'/api/communities/{communityId}/buildings/{id}/join-codes', 'post'>(
      staff.post(`${base}/buildings/${buildings[0].id}/join-codes`),
    );
    const { code } = issued.items[0];
    const page = await b.page({ h5: true, viewport: PHONE });
    await page.goto('/h5/join');
    await settled(page);
    await tabTo(page, '[data-testid=join-code]');
    await page.keyboard.type(code);
    await tabTo(page, '[data-testid=join-name]', 3);
    await page.keyboard.type('孙桂英');
    await tabTo(page, '[data-testid=join-phone]', 3);
    await page.keyboard.type('13912340077');
    await tabTo(page, '[data-testid=join-password]', 3);
    await page.keyboard.type('sun-guiying-2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.h5-welcome').textContent()).toContain('孙桂英');
  });
});
