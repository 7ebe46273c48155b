import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/harness';
import { TEST_DIALECT } from '../testing/database';
import { jpegWithExif, pngBomb, ticketBody } from '../modules/tickets/tickets.test-helpers';
import { MAX_IMAGE_BYTES } from '../core/files/images';
import { ROSTER_MAX_BYTES } from '../modules/org/roster.service';
import { runJobsOnce } from '../core/scheduler';

/**
 * The upload attack matrix: every route that reads multipart files gets files that lie about their
 * type, SVG and HTML with script, truncated files, decompression bombs, oversized files, too many
 * files and hostile file names. Refused ones get a clear 4xx with a code and change no row and no file
 * on disk; accepted ones (a real image under a hostile name) keep nothing of the name.
 */
let t: TestApp;
let A: string;
/** A project, a donation, a work order under way and a rectification, whose photo routes are attacked. */
let projectId: string;
let donationId: string;
let workOrderId: string;
let workOrderUnderWay: () => Promise<string>;
let rectificationId: string;
beforeAll(async () => {
  t = await createTestApp();
  A = `/api/communities/${t.fx.A.id}`;
  projectId = (
    await t.req({
      method: 'POST',
      url: `${A}/projects`,
      as: 'staff',
      payload: { name: '上传攻击测试项目', funder: '镇政府', year: 2025, budgetFen: 100 },
    })
  ).json().id;
  donationId = (
    await t.req({
      method: 'POST',
      url: `${A}/donations`,
      as: 'staff',
      payload: {
        item: '绿植',
        quantity: 1,
        valueFen: 1,
        donorName: '企业',
        destination: '绿化带',
        receivedOn: '2024-05-01',
      },
    })
  ).json().id;
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await t.req({ method, url: `${A}${url}`, as: 'staff', payload });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
    return res.json();
  };
  await ok('PUT', '/fee-list', {
    items: [{ code: 'GD-01', name: '楼道给水管接头更换', unit: '处', unitPriceFen: 8000, standardHours: 1 }],
  });
  workOrderUnderWay = async () => {
    const id = (
      await ok('POST', '/work-orders', {
        title: '楼道水管漏水',
        source: 'inspection',
        location: '1号楼二楼',
        fundingSource: 'property',
      })
    ).id;
    await ok('PUT', `/work-orders/${id}/quote`, {
      items: [{ feeItemId: (await ok('GET', '/fee-list')).items[0].id, quantity: 1 }],
    });
    await ok('POST', `/work-orders/${id}/start`, {});
    return id as string;
  };
  workOrderId = await workOrderUnderWay();
  // A round closed by its deadline (nobody scored), so a rectification can be raised from it.
  const company = (await ok('POST', '/organizations', { kind: 'property_company', name: '上传测试物业' })).id;
  const round = (
    await ok('POST', '/evaluations', {
      estateId: t.fx.A.estates[0],
      companyId: company,
      quarter: '2030-Q1',
      deadlineAt: new Date(t.clock.now() + 86_400_000).toISOString(),
    })
  ).id;
  await t.db
    .updateTable('evaluation_rounds')
    .set({ deadline_at: new Date(t.clock.now() - 1000).toISOString() })
    .where('id', '=', round)
    .execute();
  await runJobsOnce(t.app.ctx, 'evaluations.close-due');
  rectificationId = (
    await ok('POST', `/evaluations/${round}/rectifications`, {
      itemKey: 'cleaning',
      title: '垃圾房日产日清',
      dueDate: '2030-06-30',
    })
  ).id;
});
const tried = new Map<string, number>();
afterAll(async () => {
  console.log(`[security ${TEST_DIALECT}] uploads: ${[...tried].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  await t?.close();
});

interface Part {
  field: string;
  file?: { name: string; type: string };
  body: Buffer | string;
}
function multipartOf(parts: Part[]) {
  const boundary = `----sec${crypto.randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = p.file
      ? `form-data; name="${p.field}"; filename="${p.file.name}"\r\nContent-Type: ${p.file.type}`
      : `form-data; name="${p.field}"`;
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`, 'latin1'),
      Buffer.from(p.body),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A roster workbook: one household row. */
async function roster(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const h = wb.addWorksheet('户');
  h.addRow(['小区', '楼栋', '室号', '户号', '备注']);
  h.addRow(['嘉和景苑', '1号楼', '909', '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
/** A valid roster whose sheet inflates to `mb` MB of whitespace from about 1/1000 of that on the wire. */
async function zipBomb(mb: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await roster());
  const sheet = Object.keys(zip.files).find((n) => n.startsWith('xl/worksheets/sheet'))!;
  const xml = await zip.file(sheet)!.async('string');
  zip.file(sheet, xml.replace('<sheetData>', `<!--${' '.repeat(mb * 1024 * 1024)}--><sheetData>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

const SCRIPT = '<script>window.__xss=1</script>';
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1"><script>window.__xss=1</script></svg>`;
const HTML = `<!doctype html><html><body><img src=x onerror="window.__xss=1">${SCRIPT}</body></html>`;
const TRAVERSAL_NAMES = [
  '../../etc/passwd.jpg',
  '..\\..\\windows\\x.png',
  '/etc/cron.d/evil.jpg',
  'a\u0000.jpg.php',
  '....//....//x.jpg',
  '%2e%2e%2fx.jpg',
];

/** Everything the data directory holds apart from the database itself: uploads must land in files/<xx>/<random>.jpg only. */
function filesOnDisk(): string[] {
  const root = t.testDb.dataDir;
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => fs.statSync(path.join(root, f)).isFile() && !/^gongzhi\.sqlite/.test(f) && f !== 'secret.key')
    .sort();
}
async function rows(): Promise<string> {
  const n = await Promise.all(
    [
      'tickets',
      'ticket_photos',
      'households',
      'residents',
      'audit_events',
      'project_photos',
      'donation_photos',
      'work_order_photos',
      'evaluation_rectifications',
      'work_orders',
    ].map(async (tb) =>
      Number(
        (
          await t.db
            .selectFrom(tb as any)
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ),
  );
  return n.join(',');
}

interface Attack {
  name: string;
  category: string;
  parts: Promise<Part[]> | Part[];
  code?: string | RegExp;
}
interface UploadRoute {
  url: string;
  as: string;
  /** request path with query */
  target: () => string;
  /** a new target for each accepted upload, where one upload uses the record up (a work order completes once) */
  fresh?: () => Promise<string>;
  /** files a real upload leaves in the data directory (a ticket photo and its thumbnail; a roster dry run none) */
  stores: number;
  /** the route's file field and, for tickets, its JSON data field */
  wrap: (files: Array<{ name: string; type: string; body: Buffer | string }>) => Part[];
  real: () => Promise<{ name: string; type: string; body: Buffer }>;
  attacks: () => Promise<Attack[]>;
}

const jpeg = () => jpegWithExif(64, 48);
/** The attacks on a one-photo route (core/files/photo-upload.ts): the image checks are the tickets' ones, one file only. */
async function onePhotoAttacks(wrap: UploadRoute['wrap']): Promise<Attack[]> {
  const real = await jpeg();
  return [
    {
      category: 'type lie',
      name: 'script renamed .jpg',
      parts: [{ name: 'x.jpg', type: 'image/jpeg', body: SCRIPT }],
      code: 'invalid_image',
    },
    {
      category: 'type lie',
      name: 'PNG header on a script',
      parts: [
        {
          name: 'x.png',
          type: 'image/png',
          body: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(SCRIPT)]),
        },
      ],
      code: 'invalid_image',
    },
    {
      category: 'svg',
      name: 'SVG with script',
      parts: [{ name: 'x.svg', type: 'image/svg+xml', body: SVG }],
      code: 'invalid_image',
    },
    {
      category: 'html',
      name: 'HTML page',
      parts: [{ name: 'x.html', type: 'text/html', body: HTML }],
      code: 'invalid_image',
    },
    {
      category: 'truncated',
      name: 'JPEG cut in half',
      parts: [{ name: 'x.jpg', type: 'image/jpeg', body: real.subarray(0, real.length >> 1) }],
      code: 'invalid_image',
    },
    {
      category: 'bomb',
      name: 'PNG declaring 30000×30000',
      parts: [{ name: 'x.png', type: 'image/png', body: await pngBomb() }],
      code: 'invalid_image',
    },
    {
      category: 'oversized',
      name: `photo over ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
      parts: [{ name: 'x.jpg', type: 'image/jpeg', body: Buffer.concat([real, Buffer.alloc(MAX_IMAGE_BYTES)]) }],
      code: 'photo_too_large',
    },
    {
      category: 'too many files',
      name: 'two photos',
      parts: [
        { name: 'a.jpg', type: 'image/jpeg', body: real },
        { name: 'b.jpg', type: 'image/jpeg', body: real },
      ],
      code: 'payload_too_large',
    },
  ].map((a) => ({ ...a, parts: wrap(a.parts) }));
}
const photoParts =
  (kind?: string) =>
  (files: Array<{ name: string; type: string; body: Buffer | string }>): Part[] => [
    ...(kind ? [{ field: 'kind', body: kind }] : []),
    ...files.map((f) => ({ field: 'photo', file: f, body: f.body })),
  ];
/** A photo form (core/files readPhotoForm): `photos` files, with the JSON `data` part when the route takes one. */
const photoForm =
  (data?: object) =>
  (files: Array<{ name: string; type: string; body: Buffer | string }>): Part[] => [
    ...(data ? [{ field: 'data', body: JSON.stringify(data) }] : []),
    ...files.map((f) => ({ field: 'photos', file: f, body: f.body })),
  ];
async function photoFormAttacks(wrap: UploadRoute['wrap'], tooMany: number): Promise<Attack[]> {
  const real = await jpeg();
  const one = await onePhotoAttacks(wrap);
  return [
    ...one.filter((a) => a.category !== 'too many files'),
    {
      category: 'too many files',
      name: `${tooMany} photos`,
      parts: wrap(Array.from({ length: tooMany }, (_, i) => ({ name: `p${i}.jpg`, type: 'image/jpeg', body: real }))),
      code: /too_many_photos|payload_too_large/,
    },
  ];
}
const ROUTES: UploadRoute[] = [
  {
    url: '/api/communities/:communityId/tickets',
    as: 'resident1',
    target: () => `${A}/tickets`,
    stores: 2,
    wrap: (files) => [
      { field: 'data', body: JSON.stringify(ticketBody(t, { title: '上传攻击测试' })) },
      ...files.map((f) => ({ field: 'photos', file: f, body: f.body })),
    ],
    real: async () => ({ name: 'photo.jpg', type: 'image/jpeg', body: await jpeg() }),
    attacks: async () => {
      const real = await jpeg();
      return [
        {
          category: 'type lie',
          name: 'script renamed .jpg',
          parts: [{ name: 'x.jpg', type: 'image/jpeg', body: SCRIPT }],
          code: 'invalid_image',
        },
        {
          category: 'type lie',
          name: 'HTML as image/png',
          parts: [{ name: 'x.png', type: 'image/png', body: HTML }],
          code: 'invalid_image',
        },
        {
          category: 'type lie',
          name: 'PNG header on a script',
          parts: [
            {
              name: 'x.png',
              type: 'image/png',
              body: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(SCRIPT)]),
            },
          ],
          code: 'invalid_image',
        },
        {
          category: 'svg',
          name: 'SVG with script',
          parts: [{ name: 'x.svg', type: 'image/svg+xml', body: SVG }],
          code: 'invalid_image',
        },
        {
          category: 'html',
          name: 'HTML page',
          parts: [{ name: 'x.html', type: 'text/html', body: HTML }],
          code: 'invalid_image',
        },
        {
          category: 'truncated',
          name: 'JPEG cut in half',
          parts: [{ name: 'x.jpg', type: 'image/jpeg', body: real.subarray(0, real.length >> 1) }],
          code: 'invalid_image',
        },
        {
          category: 'bomb',
          name: 'PNG declaring 30000×30000',
          parts: [{ name: 'x.png', type: 'image/png', body: await pngBomb() }],
          code: 'invalid_image',
        },
        {
          category: 'oversized',
          name: `photo over ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
          parts: [{ name: 'x.jpg', type: 'image/jpeg', body: Buffer.concat([real, Buffer.alloc(MAX_IMAGE_BYTES)]) }],
          code: 'photo_too_large',
        },
        {
          category: 'too many files',
          name: '10 photos',
          parts: Array.from({ length: 10 }, (_, i) => ({ name: `p${i}.jpg`, type: 'image/jpeg', body: real })),
          code: 'too_many_photos',
        },
      ].map((a) => ({ ...a, parts: ROUTES[0].wrap(a.parts) }));
    },
  },
  {
    url: '/api/communities/:communityId/rosters/import',
    as: 'staff',
    target: () => `${A}/rosters/import?dryRun=1`,
    stores: 0,
    wrap: (files) => files.map((f) => ({ field: 'file', file: f, body: f.body })),
    real: async () => ({
      name: 'roster.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: await roster(),
    }),
    attacks: async () => {
      const real = await roster();
      const X = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return [
        {
          category: 'type lie',
          name: 'script renamed .xlsx',
          parts: [{ name: 'x.xlsx', type: X, body: SCRIPT }],
          code: 'roster_unreadable',
        },
        {
          category: 'type lie',
          name: 'zip header on a script',
          parts: [
            {
              name: 'x.xlsx',
              type: X,
              body: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(SCRIPT)]),
            },
          ],
          code: 'roster_unreadable',
        },
        {
          category: 'svg',
          name: 'SVG with script',
          parts: [{ name: 'x.svg', type: 'image/svg+xml', body: SVG }],
          code: 'roster_unreadable',
        },
        {
          category: 'html',
          name: 'HTML page',
          parts: [{ name: 'x.html', type: 'text/html', body: HTML }],
          code: 'roster_unreadable',
        },
        {
          category: 'truncated',
          name: '.xlsx cut in half',
          parts: [{ name: 'x.xlsx', type: X, body: real.subarray(0, real.length >> 1) }],
          code: 'roster_unreadable',
        },
        {
          category: 'bomb',
          name: '.xlsx inflating to 60 MB',
          parts: [{ name: 'x.xlsx', type: X, body: await zipBomb(60) }],
          code: 'roster_too_large',
        },
        {
          category: 'oversized',
          name: `file over ${ROSTER_MAX_BYTES / 1024 / 1024} MB`,
          parts: [{ name: 'x.xlsx', type: X, body: Buffer.concat([real, Buffer.alloc(ROSTER_MAX_BYTES)]) }],
          code: /too_large/,
        },
        {
          category: 'too many files',
          name: 'two workbooks',
          parts: [
            { name: 'a.xlsx', type: X, body: real },
            { name: 'b.xlsx', type: X, body: real },
          ],
          code: 'too_many_files',
        },
      ].map((a) => ({ ...a, parts: ROUTES[1].wrap(a.parts) }));
    },
  },
  {
    url: '/api/communities/:communityId/projects/:id/photos',
    as: 'staff',
    target: () => `${A}/projects/${projectId}/photos`,
    stores: 2,
    wrap: photoParts('invoice'),
    real: async () => ({ name: 'invoice.jpg', type: 'image/jpeg', body: await jpeg() }),
    attacks: () => onePhotoAttacks(photoParts('invoice')),
  },
  {
    url: '/api/communities/:communityId/donations/:id/photos',
    as: 'staff',
    target: () => `${A}/donations/${donationId}/photos`,
    stores: 2,
    wrap: photoParts(),
    real: async () => ({ name: 'plants.jpg', type: 'image/jpeg', body: await jpeg() }),
    attacks: () => onePhotoAttacks(photoParts()),
  },
  {
    url: '/api/communities/:communityId/work-orders/:id/complete',
    as: 'staff',
    target: () => `${A}/work-orders/${workOrderId}/complete`,
    stores: 2,
    fresh: async () => `${A}/work-orders/${await workOrderUnderWay()}/complete`,
    wrap: photoForm({ note: '已更换接头' }),
    real: async () => ({ name: 'site.jpg', type: 'image/jpeg', body: await jpeg() }),
    attacks: () => photoFormAttacks(photoForm({ note: '已更换接头' }), 10),
  },
  {
    url: '/api/communities/:communityId/rectifications/:id/photos',
    as: 'staff',
    target: () => `${A}/rectifications/${rectificationId}/photos`,
    stores: 2,
    wrap: photoForm(),
    real: async () => ({ name: 'done.jpg', type: 'image/jpeg', body: await jpeg() }),
    attacks: () => photoFormAttacks(photoForm(), 10),
  },
];

describe(`upload attack matrix (${TEST_DIALECT})`, () => {
  it('covers every route that reads multipart files', () => {
    // A new upload route fails this until it is listed above with its attacks.
    const dir = path.resolve(import.meta.dirname, '../modules');
    const readers = (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .reduce(
        (n, f) =>
          n +
          (fs.readFileSync(path.join(dir, f), 'utf8').match(/\breq\.(parts|file|files|saveRequestFiles)\(/g)?.length ??
            0),
        0,
      );
    // core/files/photo-upload.ts reads the photo uploads of the modules (readOnePhoto, readPhotoForm): its callers are counted instead.
    const onePhoto = (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .reduce(
        (n, f) =>
          n + (fs.readFileSync(path.join(dir, f), 'utf8').match(/\b(readOnePhoto|readPhotoForm)\(/g)?.length ?? 0),
        0,
      );
    expect(readers + onePhoto).toBe(ROUTES.length);
    const table = new Set(t.app.routeTable.map((r) => `${r.method} ${r.url}`));
    for (const r of ROUTES) expect(table.has(`POST ${r.url}`), r.url).toBe(true);
  });

  for (const r of ROUTES) {
    it(`${r.url}: refuses every attack with a clear 4xx and writes nothing`, async () => {
      const failures: string[] = [];
      for (const a of await r.attacks()) {
        tried.set(a.category, (tried.get(a.category) ?? 0) + 1);
        const before = [await rows(), filesOnDisk().join('|')];
        const m = multipartOf(await a.parts);
        const res = await t.req({ method: 'POST', url: r.target(), as: r.as, payload: m.payload, headers: m.headers });
        const code = res.headers['content-type']?.toString().includes('json') ? res.json().error?.code : undefined;
        if (res.statusCode < 400 || res.statusCode >= 500)
          failures.push(`${a.name} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (a.code && !(typeof a.code === 'string' ? code === a.code : a.code.test(code ?? '')))
          failures.push(`${a.name} → ${res.statusCode} ${code}, expected ${a.code}`);
        const after = [await rows(), filesOnDisk().join('|')];
        if (after[0] !== before[0]) failures.push(`${a.name}: rows changed ${before[0]} → ${after[0]}`);
        if (after[1] !== before[1]) failures.push(`${a.name}: files on disk changed`);
      }
      expect(failures).toEqual([]);
    }, 120_000);

    it(`${r.url}: a real file under a hostile name is taken by its content; nothing of the name reaches the disk`, async () => {
      const real = await r.real();
      const before = new Set(filesOnDisk());
      for (const name of TRAVERSAL_NAMES) {
        tried.set('path traversal', (tried.get('path traversal') ?? 0) + 1);
        const m = multipartOf(r.wrap([{ ...real, name }]));
        const res = await t.req({
          method: 'POST',
          url: r.fresh ? await r.fresh() : r.target(),
          as: r.as,
          payload: m.payload,
          headers: m.headers,
        });
        expect(res.statusCode, `${JSON.stringify(name)}: ${res.body}`).toBeLessThan(300);
      }
      const added = filesOnDisk().filter((f) => !before.has(f));
      expect(added).toHaveLength(TRAVERSAL_NAMES.length * r.stores);
      for (const f of added) expect(f).toMatch(/^files\/[0-9a-f]{2}\/[0-9a-f]{32}\.jpg$/);
      for (const f of ['passwd.jpg', 'x.png', 'evil.jpg', 'x.jpg'])
        expect(fs.existsSync(path.join(t.testDb.dataDir, '..', f))).toBe(false);
      // Re-encoded: no script trailer or EXIF of the upload survives in what was stored.
      for (const f of added) expect(fs.readFileSync(path.join(t.testDb.dataDir, f)).includes('secret')).toBe(false);
    }, 120_000);
  }
});
