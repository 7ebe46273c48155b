import fs from 'node:fs';
import path from 'node:path';
import { chromium, request, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest';
import { RESULTS } from './global-setup';

export const baseUrl = inject('baseUrl');
export const demoPassword = inject('demoPassword');

export interface PageOptions {
  /** Sign in as this demo account first (console login page, or the H5 one when `h5`). */
  as?: string;
  h5?: boolean;
  viewport?: { width: number; height: number };
}

/**
 * Per spec file: connects to the run's Chromium, hands out pages in fresh contexts (one per
 * signed-in person), screenshots the last page used when a test fails, and closes everything after.
 */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let last: Page | undefined;

  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      if (!last || last.isClosed()) return;
      fs.mkdirSync(RESULTS, { recursive: true });
      const name = `${path.basename(task.file.name, '.e2e.ts')}--${task.name}`.replace(/[^\p{L}\p{N}-]+/gu, '_').slice(0, 120);
      const file = path.join(RESULTS, `${name}.png`);
      await last.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.error(`Screenshot of the failing page: ${file}`);
    });
  });

  return {
    async page(o: PageOptions = {}): Promise<Page> {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'zh-CN', viewport: o.viewport ?? { width: 1366, height: 860 }, ...(o.h5 ? { isMobile: true, hasTouch: true } : {}) });
      contexts.push(context);
      const page = await context.newPage();
      last = page;
      if (o.as) await signIn(page, o.as, { h5: o.h5 });
      return page;
    },
  };
}

/** Signs in through the login page (console at /login, H5 at /h5/login) and waits to leave it. */
export async function signIn(page: Page, login: string, o: { h5?: boolean; password?: string } = {}): Promise<void> {
  await page.goto(o.h5 ? '/h5/login' : '/login');
  await field(page, 'login-name').fill(login);
  await field(page, 'login-password').fill(o.password ?? demoPassword);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 15_000 });
}

/** The <input> behind a test id: antd puts the id on the input itself, antd-mobile on a wrapper around it. */
export function field(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], textarea[data-testid="${testId}"], [data-testid="${testId}"] input, [data-testid="${testId}"] textarea`).first();
}

/** An API client signed in as a demo account: for setup and for checking what the server holds. */
export async function api(login: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL: baseUrl });
  const r = await ctx.post('/api/auth/login', { data: { login, password: demoPassword } });
  if (!r.ok()) throw new Error(`API sign-in as ${login} failed: ${r.status()} ${await r.text()}`);
  return ctx;
}

/** The demo community's id, as an account sees it. */
export async function communityId(client: APIRequestContext): Promise<string> {
  const me = await (await client.get('/api/me')).json();
  return me.communities[0].id;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and fails with a readable list of every WCAG 2.2 AA violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Judge the settled page, not a loading spinner or a list half-way through rendering.
  await page.locator('.ant-spin-spinning, .adm-dot-loading, [aria-busy=true]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
  // Nor a "saved" toast fading out, or any transition half-way: axe reads a fading text's colour as too pale.
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
  await page.evaluate(() => Promise.race([
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))),
    new Promise((resolve) => setTimeout(resolve, 2_000)),
  ]));
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const lines = result.violations.flatMap((v) => [
    `• ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replaceAll('\n', '\n      ')}`),
    ...(v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : []),
  ]);
  expect(result.violations.length, `axe found ${result.violations.length} violation(s) on ${label} (${page.url()}):\n${lines.join('\n')}`).toBe(0);
}
