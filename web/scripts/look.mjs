// Signs in, opens the main console and H5 pages in headless Chromium, saves screenshots and prints axe
// (WCAG 2.2 AA) violations. Dev tool: node web/scripts/look.mjs http://127.0.0.1:3100 <outDir> <staff login> <resident login> <password> [lang]
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const [base, out, staff, resident, password, onlyLang] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

async function axe(page, name) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  for (const v of r.violations) {
    console.log(
      `  AXE ${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} node(s): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
    );
  }
  return r.violations.length;
}

async function session(lang, care, viewport) {
  const ctx = await browser.newContext({ viewport, locale: lang });
  await ctx.addInitScript(
    ([l, c]) => {
      localStorage.setItem('gz.lang', l);
      localStorage.setItem('gz.care', c ? '1' : '0');
    },
    [lang, care],
  );
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('  PAGE ERROR', e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') console.log('  CONSOLE', m.text().slice(0, 200));
  });
  return { ctx, page };
}

/** Care mode on the resident pages: every visible control at least 60×60 px, text at least 20 px. */
async function careCheck(page, name) {
  const bad = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll(
      'button, a[href], input:not([type=checkbox]), select, textarea, [role=switch], label.gz-toggle',
    )) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      if (r.height < 59.5 || r.width < 59.5)
        out.push(
          `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    for (const el of document.querySelectorAll('main *, header *')) {
      if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
      const fs = parseFloat(getComputedStyle(el).fontSize);
      if (fs < 19.5) out.push(`text "${el.textContent.trim().slice(0, 20)}" ${fs}px`);
    }
    return out;
  });
  for (const b of bad) console.log(`  CARE ${name}: ${b}`);
  return bad.length ? 1 : 0;
}

let problems = 0;
for (const lang of onlyLang ? [onlyLang] : ['zh-CN', 'en']) {
  const { ctx, page } = await session(lang, false, { width: 1366, height: 860 });
  await page.goto(`${base}/login`);
  await page.waitForSelector('[data-testid=login-name]');
  problems += await axe(page, `${lang} login`);
  await page.screenshot({ path: `${out}/console-${lang}-login.png` });
  await page.fill('[data-testid=login-name]', staff);
  await page.fill('[data-testid=login-password]', password);
  await page.click('[data-testid=login-submit]');
  await page.waitForSelector('[data-testid=menu-overview]');
  for (const [name, path] of [
    ['overview', '/'],
    ['estates', '/org/estates'],
    ['grids', '/org/grids'],
    ['buildings', '/org/buildings'],
    ['households', '/org/households'],
    ['residents', '/org/residents'],
    ['organizations', '/org/organizations'],
    ['accounts', '/org/accounts'],
    ['rosters', '/org/rosters'],
  ]) {
    console.log('visit', lang, name);
    await page.goto(`${base}${path}`);
    await page.waitForSelector('.page-head h1');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    problems += await axe(page, `${lang} ${name}`);
    await page.screenshot({ path: `${out}/console-${lang}-${name}.png`, fullPage: true });
  }
  await ctx.close();

  const h5 = await session(lang, true, { width: 390, height: 844 });
  await h5.page.goto(`${base}/h5/join?code=ABCD-1234`);
  await h5.page.waitForSelector('[data-testid=join-code]');
  problems += await axe(h5.page, `${lang} h5 join`);
  problems += await careCheck(h5.page, `${lang} h5 join`);
  await h5.page.screenshot({ path: `${out}/h5-${lang}-join.png`, fullPage: true });
  await h5.page.goto(`${base}/h5/login`);
  await h5.page.waitForSelector('[data-testid=login-name]');
  problems += await axe(h5.page, `${lang} h5 login`);
  await h5.page.screenshot({ path: `${out}/h5-${lang}-login.png`, fullPage: true });
  await h5.page.fill('[data-testid=login-name]', resident);
  await h5.page.fill('[data-testid=login-password]', password);
  await h5.page.click('[data-testid=login-submit]');
  await h5.page.waitForSelector('[data-testid=logout]');
  await h5.page.waitForLoadState('networkidle');
  problems += await axe(h5.page, `${lang} h5 home`);
  problems += await careCheck(h5.page, `${lang} h5 home`);
  await h5.page.screenshot({ path: `${out}/h5-${lang}-home.png`, fullPage: true });
  await h5.ctx.close();
}
await browser.close();
console.log(`${problems} axe violation group(s)`);
