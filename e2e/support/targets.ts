import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface TargetFigures {
  /** Visible text nodes looked at, and those under the minimum size: [text, size]. */
  texts: number;
  smallText: Array<[string, string]>;
  /** Interactive targets looked at, and those under the minimum: [name, width, height]. */
  targets: number;
  smallTargets: Array<[string, number, number]>;
}

/**
 * Measures every visible interactive target (links, buttons, fields, the labels around checkboxes and
 * radios, anything focusable) and the font size of every visible text node of the page as it is now.
 */
export function measureTargets(page: Page, min: { target: number; text: number }): Promise<TargetFigures> {
  return page.evaluate((m) => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return (
        r.width > 1 &&
        r.height > 1 &&
        s.visibility !== 'hidden' &&
        s.display !== 'none' &&
        !el.closest('[aria-hidden=true], .sr-only, .tk-sr')
      );
    };
    const out = {
      texts: 0,
      smallText: [] as Array<[string, string]>,
      targets: 0,
      smallTargets: [] as Array<[string, number, number]>,
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || !visible(el)) continue;
      out.texts++;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < m.text) out.smallText.push([n.textContent.trim().slice(0, 20), `${px}px`]);
    }
    const selector = [
      'a[href]',
      'button',
      'select',
      'textarea',
      '[role=button]',
      '[tabindex]:not([tabindex="-1"])',
      'input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden])',
      'label:has(input[type=checkbox])',
      'label:has(input[type=radio])',
    ].join(', ');
    for (const el of document.querySelectorAll(selector)) {
      if (!visible(el)) continue;
      out.targets++;
      const r = el.getBoundingClientRect();
      if (r.width < m.target || r.height < m.target) {
        const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || el.tagName)
          .trim()
          .slice(0, 24);
        out.smallTargets.push([name, Math.round(r.width), Math.round(r.height)]);
      }
    }
    return out;
  }, min);
}

/**
 * Every route of the resident H5, read from the sources (the built-in pages in web/src/h5/App.tsx and
 * each module's `routes` in web/src/modules/<name>/h5.tsx), so a spec that walks "every page" fails
 * when a new page is added and not walked.
 */
export function h5Routes(): string[] {
  const web = path.resolve(import.meta.dirname, '../../web/src');
  const app = fs.readFileSync(path.join(web, 'h5/App.tsx'), 'utf8');
  const builtIn = [...app.matchAll(/<Route path="\/([^"*]*)"/g)].map((m) => m[1]);
  const modules = fs
    .readdirSync(path.join(web, 'modules'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(web, 'modules', d.name, 'h5.tsx')))
    .flatMap((d) =>
      [
        ...fs
          .readFileSync(path.join(web, 'modules', d.name, 'h5.tsx'), 'utf8')
          .matchAll(/\{\s*path:\s*'([^']+)',\s*page:/g),
      ].map((m) => m[1]),
    );
  return [...builtIn, ...modules];
}
