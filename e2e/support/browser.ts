import fs from 'node:fs';
import path from 'node:path';
import {
  chromium,
  request,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';
import axeCore, { type AxeResults, type RunOptions } from 'axe-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { RESULTS } from './global-setup';
import { answer } from './answers';

export const baseUrl = inject('baseUrl');
export const demoPassword = inject('demoPassword');

export interface PageOptions {
  /**
   * Sign in as this demo account first and open its home page (the console's, or the H5 one when `h5`).
   * The sign-in goes through the API in the page's own context (the same cookie the login page gets).
   */
  as?: string;
  /** With `as`: the page to open once signed in, instead of the home page. */
  at?: string;
  /** With `as`: sign in through the login page, as a person does, and land where it leads (for specs about that). */
  viaLoginPage?: boolean;
  h5?: boolean;
  viewport?: { width: number; height: number };
  /** What the device asks for; 'reduce' unless a spec is about motion itself. */
  motion?: 'reduce' | 'no-preference';
}

/**
 * Per spec file: connects to the run's Chromium, hands out pages in fresh contexts (one per
 * signed-in person), screenshots the last page used when a test fails, and closes everything after.
 *
 * Every page handed out is checked with axe automatically (see `watchAccessibility`): each page it
 * navigates to and each dialog it opens, once settled, unless the run has judged that page or dialog
 * already (`judgedInRun`); a test fails on any WCAG 2.2 AA violation found during it, or a page that
 * never settles.
 */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let last: Page | undefined;
  const axe = newAxeState();

  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    reportAxe(axe);
  });
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      if (!last || last.isClosed()) return;
      fs.mkdirSync(RESULTS, { recursive: true });
      const name = `${path.basename(task.file.name, '.e2e.ts')}--${task.name}`
        .replace(/[^\p{L}\p{N}-]+/gu, '_')
        .slice(0, 120);
      const file = path.join(RESULTS, `${name}.png`);
      await last.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.error(`Screenshot of the failing page: ${file}`);
    });
  });
  afterEach(async () => {
    // Checks still running in the background belong to this test.
    await axe.queue;
    const problems = axe.problems.splice(0);
    expect(problems, `axe on the pages and dialogs this test opened:\n${problems.join('\n')}`).toEqual([]);
  });

  return {
    async page(o: PageOptions = {}): Promise<Page> {
      // Reduced motion, as a phone set to it asks: the app then opens dialogs without a fade, so axe never judges
      // colours half-way through one (a 1.01 contrast ratio mid-fade was a flaky failure under load).
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'zh-CN',
        reducedMotion: o.motion ?? 'reduce',
        viewport: o.viewport ?? { width: 1366, height: 860 },
        ...(o.h5 ? { isMobile: true, hasTouch: true } : {}),
      });
      contexts.push(context);
      const page = await context.newPage();
      last = page;
      trackTraffic(page);
      await watchAccessibility(page, axe, `${o.as ?? 'signed out'}${o.h5 ? ' (H5)' : ''}`);
      if (o.as && o.viaLoginPage) await signIn(page, o.as, { h5: o.h5 });
      else if (o.as) {
        const r = await context.request.post('/api/auth/login', { data: { login: o.as, password: demoPassword } });
        if (!r.ok()) throw new Error(`Sign-in as ${o.as} failed: ${r.status()} ${await r.text()}`);
        await page.goto(o.at ?? (o.h5 ? '/h5/' : '/'));
      }
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
  return page
    .locator(
      `input[data-testid="${testId}"], textarea[data-testid="${testId}"], [data-testid="${testId}"] input, [data-testid="${testId}"] textarea`,
    )
    .first();
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
  const me = await answer<'/api/me'>(client.get('/api/me'));
  return me.communities[0].id;
}

const SPINNERS = '.ant-spin-spinning, .ant-btn-loading, .adm-dot-loading, .adm-spin-loading, [aria-busy=true]';
const DIALOGS = '[role=dialog], [role=alertdialog]';

/** Each handed-out page's requests in flight, and when one last started or ended (see `networkQuiet`). */
const traffic = new WeakMap<Page, { inflight: Set<Request>; last: number }>();
function trackTraffic(page: Page): void {
  const t = { inflight: new Set<Request>(), last: Date.now() };
  traffic.set(page, t);
  page.on('request', (r) => {
    // As Playwright's networkidle: a stream that stays open is not a page still loading.
    if (r.resourceType() === 'eventsource') return;
    t.inflight.add(r);
    t.last = Date.now();
  });
  const ended = (r: Request) => {
    if (t.inflight.delete(r)) t.last = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
}

const QUIET_MS = 150;
/**
 * Waits until no request is in flight and none started or ended for QUIET_MS, and the page has then run its
 * pending work (a response's handler, the render and effects it causes) without starting another. Cheaper than
 * Playwright's `networkidle` (500 ms of quiet after every load) and sounder: that one fires once per document, so
 * after an in-app navigation it answered at once while the new page's data was still loading; this looks at the
 * requests of the moment. A page whose network never goes quiet fails after `timeout`, naming what is in flight.
 */
export async function networkQuiet(page: Page, timeout = 15_000): Promise<void> {
  const t = traffic.get(page);
  if (!t) return page.waitForLoadState('networkidle', { timeout });
  const until = Date.now() + timeout;
  for (;;) {
    if (page.isClosed()) throw new Error('the page was closed');
    while (t.inflight.size || Date.now() - t.last < QUIET_MS) {
      if (Date.now() > until)
        throw new Error(
          `the network was not quiet within ${timeout / 1000} s; in flight: ${
            [...t.inflight]
              .slice(0, 3)
              .map((r) => r.url())
              .join(', ') || 'none (requests kept starting)'
          }`,
        );
      await new Promise((r) => setTimeout(r, 25));
    }
    const seen = t.last;
    // One frame and one task later, everything queued before has run; a navigation meanwhile just means look again.
    const ran = await page
      .evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const done = () => setTimeout(() => resolve(true), 0);
            requestAnimationFrame(done);
            setTimeout(done, 100); // a page without frames (hidden) still answers
          }),
      )
      .catch(() => false);
    if (ran && t.last === seen && !t.inflight.size) return;
    if (Date.now() > until) throw new Error(`the page kept loading for ${timeout / 1000} s`);
  }
}

/**
 * Waits until the app shows the view of the page's address (`ViewMark` in the web app): after an in-app navigation
 * the address changes at once while React may keep the previous view up for a while, and that view's requests may
 * have ended long ago, so the network alone looked quiet before the new view had asked for anything. A document
 * without the mark (the app not started yet, or a page without a router) passes.
 */
async function viewShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const v = document.documentElement.dataset.view;
      return v === undefined || v === location.pathname + location.search;
    },
    null,
    { timeout: 15_000 },
  );
}

/**
 * Waits until the page is settled: loaded, no request in flight (`networkQuiet`), no spinner, no toast, no finite
 * animation running (axe reads a fading text's colour as too pale). A wait that times out throws: a page that
 * never settles is a failure, not something to judge half-loaded.
 */
async function settle(page: Page, scope = 'body'): Promise<void> {
  await page.waitForLoadState('load', { timeout: 15_000 });
  await viewShown(page);
  await networkQuiet(page);
  await page.locator(scope).locator(SPINNERS).first().waitFor({ state: 'detached', timeout: 15_000 });
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
  const running = await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
          .map((a) => a.finished.catch(() => {})),
      ).then(() => 0),
      new Promise<number>((resolve) =>
        setTimeout(
          () =>
            resolve(
              document
                .getAnimations()
                .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity).length,
            ),
          5_000,
        ),
      ),
    ]),
  );
  if (running) throw new Error(`${running} animation(s) still running after 5 s`);
}

interface AxeState {
  /** Page and dialog keys already checked in this spec file (per person), or earlier in the run (`judgedInRun`). */
  checked: Set<string>;
  /** Keys this spec file met that an earlier spec of the run had already judged. */
  earlier: number;
  /** Checks run one after another (axe cannot run twice at once in a page). */
  queue: Promise<void>;
  /** Violations and pages that never settled, for the current test. */
  problems: string[];
  /** `incomplete` results (axe could not decide; a person should look), by rule. */
  incomplete: Map<string, Set<string>>;
  /** Pages and dialogs gone before they settled (the spec moved on): not judged. */
  missed: string[];
  checks: number;
}
const newAxeState = (): AxeState => ({
  checked: new Set(),
  earlier: 0,
  queue: Promise.resolve(),
  problems: [],
  incomplete: new Map(),
  missed: [],
  checks: 0,
});
/**
 * The run's register of judged keys: a page (path template, person) or dialog that one spec of the run has had
 * judged is not judged again by the next spec, in this lane or another of the same `npm test` (they share the file).
 * The same page opened by a later spec has the same markup with other records in it; judging each template once per
 * run instead of once per spec was about a third of the e2e suite's axe runs. A spec run alone judges all it opens.
 */
const RUN_CHECKED = inject('axeChecked');
function judgedInRun(axe: AxeState, key: string): boolean {
  let known: string[] = [];
  try {
    known = fs.readFileSync(RUN_CHECKED, 'utf8').split('\n');
  } catch {
    // no page judged yet in this run
  }
  if (!known.includes(key)) return false;
  axe.checked.add(key);
  axe.earlier++;
  return true;
}
const recordJudged = (key: string) => fs.appendFileSync(RUN_CHECKED, `${key}\n`);

/** Each watched page's state, so an explicit expectAccessible waits its turn behind the automatic checks. */
const watched = new WeakMap<Page, AxeState>();
/** Runs a check after the ones queued before it; an error becomes a problem of the current test, never a stuck queue. */
function enqueue(axe: AxeState, check: () => Promise<void>): Promise<void> {
  axe.queue = axe.queue.then(check).catch((e: Error) => {
    axe.problems.push(`axe check failed: ${e.message.split('\n')[0]}`);
  });
  return axe.queue;
}

/** Same page template, same check: ids in the path and query values do not make a new page. */
const pageKey = (url: string) => {
  const u = new URL(url);
  const path = u.pathname.replace(/\/[0-9a-zA-Z_-]{16,}(?=\/|$)/g, '/:id');
  return `${path}${[...u.searchParams.keys()]
    .sort()
    .map((k) => `?${k}`)
    .join('')}`;
};

/**
 * axe-core run in the page itself, its source put into each document once. `@axe-core/playwright` evaluates the
 * 570 KB source twice per check (once to look, once per frame) before running it: measured on the demo's ticket list,
 * 0.3 s each against 1.1 s for the run itself, on every check. Its default mode also opened a new page per check to
 * finish the run; the app has no frames from other origins, the one thing only that mode can see into. Passed and
 * inapplicable rules are not listed node by node (only what is reported is).
 */
const AXE_OPTIONS: RunOptions = {
  resultTypes: ['violations', 'incomplete'],
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
};
async function runAxe(page: Page, include?: string): Promise<AxeResults> {
  const run = () =>
    page.evaluate(
      ([include, options]) => {
        const w = window as unknown as { axe?: typeof axeCore };
        if (!w.axe) return null;
        return w.axe.run(include ? { include: [include] } : document, options);
      },
      [include, AXE_OPTIONS] as const,
    );
  // Through the DevTools protocol, so the app's Content-Security-Policy does not apply to it (as for any evaluate).
  // A navigation between the two calls only means a new document without axe: put it in again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await run();
    if (result) return result;
    await page.evaluate(axeCore.source);
  }
  throw new Error('axe-core could not be put into the page (it kept navigating)');
}

/** Judges the page (or the part `include` selects); `key`, when given, goes into the run's register once judged. */
async function analyze(page: Page, label: string, axe: AxeState, key?: string, include?: string): Promise<void> {
  const result = await runAxe(page, include);
  axe.checks++;
  if (key) recordJudged(key);
  for (const v of result.incomplete) {
    if (!axe.incomplete.has(v.id)) axe.incomplete.set(v.id, new Set());
    axe.incomplete.get(v.id)!.add(`${label} (${v.nodes.length} element(s)): ${v.help}`);
  }
  if (!result.violations.length) return;
  const lines = result.violations.flatMap((v) => [
    `• ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes
      .slice(0, 5)
      .map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replaceAll('\n', '\n      ')}`),
    ...(v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : []),
  ]);
  axe.problems.push(
    `axe found ${result.violations.length} violation(s) on ${label} (${page.url()}):\n${lines.join('\n')}`,
  );
}

/**
 * axe on every page and dialog, without the spec asking: `goto` and `waitForURL` check the page
 * they arrive at before returning (once settled; a page that never settles fails); navigations the
 * spec does not wait for and dialogs that open are checked in the background, once settled, and the
 * test waits for those checks at its end.
 */
async function watchAccessibility(page: Page, axe: AxeState, who: string): Promise<void> {
  watched.set(page, axe);
  const checkPage = () =>
    enqueue(axe, async () => {
      if (page.isClosed()) return;
      const url = page.url();
      if (url === 'about:blank') return;
      const key = `${who} ${pageKey(url)}`;
      // A page judged before is still waited for: `goto` returns a settled page whatever the run judged earlier, so a
      // spec does not act on a page still starting in one run and a settled one in the next (a menu read as closed
      // before it was drawn, then clicked shut).
      const judge = !(axe.checked.has(key) || judgedInRun(axe, key));
      try {
        await settle(page);
      } catch (e) {
        if (page.isClosed() || page.url() !== url)
          return void (judge && axe.missed.push(`${key} (left before it settled)`));
        return void axe.problems.push(`${url} as ${who} never settled: ${(e as Error).message.split('\n')[0]}`);
      }
      if (!judge) return;
      if (page.url() !== url) return void axe.missed.push(`${key} (left before it was checked)`);
      axe.checked.add(key);
      await analyze(page, `${pageKey(url)} as ${who}`, axe, key).catch((e: Error) => {
        if (page.isClosed() || page.url() !== url) axe.missed.push(`${key} (left while axe ran)`);
        else if (/Execution context was destroyed/.test(e.message)) {
          // Reloaded while axe ran (same URL, new document): not judged now, so the next check of this page judges it.
          axe.checked.delete(key);
          axe.missed.push(`${key} (reloaded while axe ran)`);
        } else throw e;
      });
    });
  const checkDialog = (title: string) =>
    enqueue(axe, async () => {
      if (page.isClosed()) return;
      const key = `${who} ${pageKey(page.url())} dialog ${title}`;
      if (axe.checked.has(key) || judgedInRun(axe, key)) return;
      const dialog = page.locator(`[data-gz-dialog="${title.replaceAll('"', '\\"')}"]`).last();
      try {
        await settle(page, `[data-gz-dialog]`);
      } catch (e) {
        if (!(await dialog.isVisible().catch(() => false)))
          return void axe.missed.push(`${key} (closed before it settled)`);
        return void axe.problems.push(
          `dialog ${title} on ${page.url()} as ${who} never settled: ${(e as Error).message.split('\n')[0]}`,
        );
      }
      // antd-mobile fades dialogs in with JS (react-spring), which getAnimations() does not see: wait until the dialog is fully opaque and stays so.
      // (Pages ask for reduced motion, so this is a guard.) The element is held, not looked up again: a dialog closed
      // and opened anew with the same title is a new element, checked on its own.
      const handle = await dialog.elementHandle({ timeout: 1000 }).catch(() => null);
      const opaque =
        handle &&
        (await handle
          .evaluate(async (el) => {
            const opacity = () => {
              let o = 1;
              for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
              return o;
            };
            for (let stable = 0, i = 0; i < 50; i++) {
              if (!el.isConnected) return null;
              stable = opacity() === 1 ? stable + 1 : 0;
              if (stable >= 3) return true;
              await new Promise((r) => setTimeout(r, 100));
            }
            return false;
          })
          .catch(() => null));
      if (opaque === null || !handle || !(await handle.isVisible().catch(() => false)))
        return void axe.missed.push(`${key} (closed before it was checked)`);
      if (!opaque)
        return void axe.problems.push(
          `dialog ${title} on ${page.url()} as ${who} never became fully opaque within 5 s`,
        );
      axe.checked.add(key);
      await analyze(
        page,
        `dialog 「${title}」 on ${pageKey(page.url())} as ${who}`,
        axe,
        key,
        `[data-gz-dialog="${title.replaceAll('"', '\\"')}"]`,
      ).catch((e: Error) => {
        if (page.isClosed() || /No elements found for include/.test(e.message))
          axe.missed.push(`${key} (closed while axe ran)`);
        else throw e;
      });
    });

  const goto = page.goto.bind(page);
  page.goto = (async (...args: Parameters<Page['goto']>) => {
    const res = await goto(...args);
    await checkPage();
    return res;
  }) as Page['goto'];
  const waitForURL = page.waitForURL.bind(page);
  page.waitForURL = (async (...args: Parameters<Page['waitForURL']>) => {
    await waitForURL(...args);
    await checkPage();
  }) as Page['waitForURL'];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) void checkPage();
  });
  await page.exposeBinding('__gzDialogOpened', (_source, title: string) => {
    void checkDialog(title);
  });
  await page.addInitScript((selector) => {
    // A dialog is reported once, when it first shows; it is named by its title for the report.
    let n = 0;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        if (el.dataset.gzDialog || !el.getClientRects().length) continue;
        const title =
          (el.querySelector('.ant-modal-title, .ant-drawer-title, .adm-dialog-title, h1, h2, h3')?.textContent ?? '')
            .trim()
            .slice(0, 40) || `dialog ${++n}`;
        el.dataset.gzDialog = title;
        (window as unknown as { __gzDialogOpened: (t: string) => void }).__gzDialogOpened(title);
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
  }, DIALOGS);
}

/** What axe could not decide, and what the spec left before it could be checked: printed for a person to review. */
function reportAxe(axe: AxeState): void {
  const lines = [
    `axe: ${axe.checks} pages and dialogs checked, ${axe.checked.size} distinct, ${axe.earlier} of them judged earlier in the run`,
  ];
  if (axe.incomplete.size) {
    lines.push(`axe incomplete (needs a person to review), ${axe.incomplete.size} rule(s):`);
    for (const [id, where] of axe.incomplete)
      lines.push(
        `  ${id}: ${[...where].slice(0, 3).join(' | ')}${where.size > 3 ? ` … and ${where.size - 3} more` : ''}`,
      );
  }
  if (axe.missed.length) lines.push(`not judged (the spec moved on before they settled): ${axe.missed.join(', ')}`);
  console.log(lines.join('\n'));
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.appendFileSync(path.join(RESULTS, 'axe-report.txt'), `${lines.join('\n')}\n`);
}

/** The single-page app a path belongs to: the console, the resident H5 or the public pages. */
const appOf = (url: string) => /^\/(h5|p)\//.exec(new URL(url, baseUrl).pathname)?.[1] ?? 'console';

/**
 * Opens `url` as the app's own links do when the page already shows that app (history.pushState and a popstate
 * for its router), otherwise with `goto`; returns once the new view is on screen and settled, and judged by axe if
 * the run has not judged it yet. The app renders the view from its own state, with the same React rendering as
 * after a fresh load, without loading and starting its whole bundle again: for sweeps over many views (a fresh
 * document per view cost the XSS sweep 1.8 s a view, 140 core-seconds in all; reached in the app, 78).
 */
export async function visit(page: Page, url: string): Promise<void> {
  if (page.url() === 'about:blank' || appOf(page.url()) !== appOf(url)) {
    await page.goto(url);
    return;
  }
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  await settle(page);
  await judged(page);
}

/**
 * Waits for the automatic checks of the page queued so far: `goto` waits for its own, but after an in-app navigation
 * (a click, or history.pushState) the check runs in the background, and a spec that moves straight on leaves the page
 * before it is judged.
 */
async function judged(page: Page): Promise<void> {
  await watched.get(page)?.queue;
}

/** Runs axe on the page as it is now, once settled, and fails with a readable list of every WCAG 2.2 AA violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const own = newAxeState();
  const run = async () => {
    await settle(page);
    await analyze(page, label, own);
  };
  const axe = watched.get(page);
  if (axe) {
    await axe.queue;
    const done = axe.queue.then(run);
    axe.queue = done.catch(() => {});
    await done;
  } else await run();
  expect(own.problems, own.problems.join('\n')).toEqual([]);
}
