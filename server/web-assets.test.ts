import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { loadConfig } from './core/config';
import { openTestDatabase, type TestDatabase } from './testing/database';
import { TEST_SECRET } from './testing/harness';

// A web/dist laid out as `vite build` leaves it: hashed assets with their .br and .gz, three entries' HTML.
const SCRIPT = `console.log(${JSON.stringify('共治'.repeat(800))});\n`;
function writeDist(dir: string) {
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'h5'), { recursive: true });
  const asset = path.join(dir, 'assets/main-AbC123.js');
  fs.writeFileSync(asset, SCRIPT);
  fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(SCRIPT));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>console</title>');
  fs.writeFileSync(path.join(dir, 'h5/index.html'), '<!doctype html><title>h5</title>');
  fs.mkdirSync(path.join(dir, 'p'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'p/index.html'), '<!doctype html><title>public</title>');
}

describe('web assets', () => {
  let tdb: TestDatabase;
  let app: FastifyInstance;
  let dist: string;

  beforeAll(async () => {
    tdb = await openTestDatabase();
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-dist-'));
    writeDist(dist);
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', GONGZHI_DATA_DIR: tdb.dataDir } as never), webDist: dist };
    app = await buildApp({ config, database: tdb.database, secret: TEST_SECRET });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await tdb?.cleanup();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('sends a hashed asset precompressed by Accept-Encoding (brotli first, then gzip), cached for a year', async () => {
    const br = await app.inject({ url: '/assets/main-AbC123.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);

    const gz = await app.inject({ url: '/assets/main-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);

    const plain = await app.inject({ url: '/assets/main-AbC123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('makes browsers revalidate the HTML entries, direct or as a client route fallback', async () => {
    for (const url of ['/', '/index.html', '/h5/', '/h5/tickets/123', '/tickets']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('opens the page for a malformed page address (its page says it found nothing); the API still answers JSON', async () => {
    for (const [url, title] of [
      ['/p/consultations/%E0%A4%A', 'public'],
      ['/h5/tickets/%E0%A4%A', 'h5'],
      ['/tickets/%E0%A4%A', 'console'],
    ]) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.body, url).toContain(`<title>${title}</title>`);
    }
    const api = await app.inject({ url: '/api/public/consultations/%E0%A4%A' });
    expect(api.statusCode).toBe(400);
    expect(api.json().error.code).toBe('bad_url');
  });

  it('answers 404 JSON, not an entry page, for unknown API paths and for an asset that is not there', async () => {
    for (const url of ['/api/nothing-here', '/assets/main-Old999.js']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('not_found');
      expect(String(res.headers['cache-control'] ?? ''), url).not.toMatch(/immutable/);
    }
  });
});
