import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness';
import { TEST_DIALECT } from '../testing/database';
import { bodySchemaOf, freeTextPaths, openapiOf, stringsOf } from './routes';
import { FORMULA_PAYLOADS, plant, uncoveredFreeText, XSS_PAYLOADS, type Call } from './plant';

/**
 * Content attacks on the server side: every free-text field of the route table is planted (so the
 * browser sweep e2e/xss.e2e.ts sees them all), hostile text is stored and answered verbatim as data,
 * and every .xlsx export keeps formula-looking text as text.
 */
let t: TestApp;
let spec: any;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
beforeAll(async () => {
  t = await createTestApp();
  spec = await openapiOf(t);
});
const counts: string[] = [];
afterAll(async () => {
  console.log(`[security ${TEST_DIALECT}] content: ${counts.join(', ')}`);
  await t?.close();
});

const call: Call = async (as, method, url, body) => {
  const res = await t.req({ method: method as any, url, payload: body as any, ...(as ? { as } : {}) });
  return {
    status: res.statusCode,
    body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body,
  };
};

describe(`content attacks (${TEST_DIALECT})`, () => {
  it('plants every free-text field the route table declares', () => {
    const declared = t.app.routeTable
      .filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method))
      .flatMap((r) =>
        freeTextPaths(bodySchemaOf(spec, r.method, r.url)).map((field) => ({ route: `${r.method} ${r.url}`, field })),
      );
    expect(declared.length).toBeGreaterThan(40);
    counts.push(`${declared.length} free-text fields in the route table`);
    // A new free-text field fails here until server/security/plant.ts plants it (or exempts it with a reason).
    expect(uncoveredFreeText(declared)).toEqual([]);
  });

  it('stores script and template text verbatim and answers it as JSON data', async () => {
    const p = await plant(call, t.fx.A.id, XSS_PAYLOADS);
    counts.push(`${p.fields.length} fields planted with ${XSS_PAYLOADS.length} XSS payloads`);
    const A = `/api/communities/${t.fx.A.id}`;
    const answers = await Promise.all(
      [
        `${A}/topics/${p.topicId}`,
        `${A}/meetings/${p.meetingId}`,
        `${A}/consultations/${p.consultationId}`,
        `${A}/tickets/${p.ticketIds[0]}`,
        `${A}/activities/${p.activityId}`,
        `${A}/referrals/${p.referralId}`,
        `${A}/proposals/${p.proposalId}`,
        `${A}/work-orders/${p.workOrderId}`,
      ].map((url) => t.req({ method: 'GET', url, as: 'staff' })),
    );
    expect(answers).toHaveLength(8);
    for (const a of answers) {
      expect(a.headers['content-type']).toMatch(/^application\/json/);
      expect(a.headers['x-content-type-options']).toBe('nosniff');
      const strings = stringsOf(a.json());
      // Stored as typed: no payload was mangled or half-escaped on the way in.
      expect(XSS_PAYLOADS.filter((x) => strings.includes(x)).length, a.body.slice(0, 300)).toBeGreaterThan(0);
    }
  });

  it('every .xlsx export keeps formula-looking text as text', async () => {
    await plant(call, t.fx.A.id, FORMULA_PAYLOADS);
    // Every export the route table has: an .xlsx path, or a GET answering the spreadsheet type.
    const exports: string[] = [];
    for (const r of t.app.routeTable.filter((x) => x.method === 'GET' && !x.url.includes(':id'))) {
      const url = r.url.replace(':communityId', t.fx.A.id);
      if (r.url.endsWith('.xlsx') && r.url.includes('/ledgers/:key/')) {
        // The ledgers registry: every ledger staff may export, over the periods planted records fall in (most are of
        // today; the planted donation was received in 2024, the planted evaluation round is of 2031-Q1).
        const list = (await t.req({ method: 'GET', url: `/api/communities/${t.fx.A.id}/ledgers`, as: 'staff' })).json();
        const year = new Date().getUTCFullYear();
        for (const l of list.ledgers as Array<{ key: string }>)
          for (const [from, to] of [
            ['2024-01', '2024-12'],
            [`${year - 1}-01`, `${year}-12`],
            ['2031-01', '2031-03'],
          ])
            exports.push(`${url.replace(':key', l.key)}?from=${from}&to=${to}`);
        continue;
      }
      if (r.url.endsWith('.xlsx')) {
        exports.push(url);
        continue;
      }
      if (/:[A-Za-z]/.test(url)) continue;
      const res = await t.req({ method: 'GET', url, as: 'staff' });
      if (String(res.headers['content-type']).startsWith(XLSX)) exports.push(url);
    }
    expect(exports.length).toBeGreaterThanOrEqual(4);
    let cells = 0;
    let planted = 0;
    const failures: string[] = [];
    /** Planted values found per export, a ledger's periods counted together. */
    const foundIn = new Map<string, number>();
    for (const url of exports) {
      const res = await t.req({ method: 'GET', url, as: 'staff' });
      expect(res.statusCode, url).toBe(200);
      expect(String(res.headers['content-type'])).toContain(XLSX);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as any);
      let found = 0;
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            cells++;
            if (cell.type === ExcelJS.ValueType.Formula || cell.formula)
              failures.push(`${url} ${ws.name}!${cell.address} is a formula: ${cell.formula}`);
            const v = cell.value;
            if (typeof v !== 'string') return;
            if (/^[=+\-@\t\r]/.test(v)) failures.push(`${url} ${ws.name}!${cell.address} starts like a formula: ${v}`);
            if (FORMULA_PAYLOADS.some((x) => v === `'${x}`)) found++;
          }),
        ),
      );
      planted += found;
      const key = url.split('?')[0];
      foundIn.set(key, (foundIn.get(key) ?? 0) + found);
    }
    // The template is empty; every other export shows planted rows, prefixed with an apostrophe.
    for (const [url, found] of foundIn)
      if (!url.endsWith('template.xlsx') && found === 0)
        failures.push(`${url}: no planted value found; is the export still covered?`);
    counts.push(
      `${exports.length} xlsx exports, ${cells} cells read, ${planted} planted formula payloads kept as text`,
    );
    expect(failures).toEqual([]);
  });
});
