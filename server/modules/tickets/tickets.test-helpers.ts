import crypto from 'node:crypto';
import sharp from 'sharp';
import type { TestApp } from '../../testing/harness';

/** A multipart/form-data body the way a phone browser sends it: a `data` JSON field and `photos` files. */
export function multipart(data: unknown, files: Array<{ name?: string; type?: string; body: Buffer }>) {
  const boundary = `----gz${crypto.randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  const push = (s: string) => chunks.push(Buffer.from(s));
  if (data !== undefined)
    push(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n`);
  for (const [i, f] of files.entries()) {
    push(
      `--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="${f.name ?? `p${i}.jpg`}"\r\nContent-Type: ${f.type ?? 'image/jpeg'}\r\n\r\n`,
    );
    chunks.push(f.body);
    push('\r\n');
  }
  push(`--${boundary}--\r\n`);
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A small real photo, with an EXIF description standing in for the GPS position a phone writes. */
export async function jpegWithExif(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a7' } })
    .withExif({ IFD0: { ImageDescription: 'GPS 31.1234N 121.2345E secret' } })
    .jpeg()
    .toBuffer();
}

export const pngOf = (w = 40, h = 30) =>
  sharp({ create: { width: w, height: h, channels: 4, background: '#00f8' } })
    .png()
    .toBuffer();
export const webpOf = () =>
  sharp({ create: { width: 30, height: 30, channels: 3, background: '#f80' } })
    .webp()
    .toBuffer();

/** A tiny PNG whose header claims 30000 × 30000 pixels: a decompression bomb as far as a decoder can tell. */
export async function pngBomb(): Promise<Buffer> {
  const png = Buffer.from(await pngOf(1, 1));
  // IHDR data starts at byte 16 (8 signature + 4 length + 4 type); its CRC covers type + data (17 bytes).
  png.writeUInt32BE(30000, 16);
  png.writeUInt32BE(30000, 20);
  const zlib = await import('node:zlib');
  png.writeUInt32BE((zlib as any).crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}

export const ticketBody = (t: TestApp, over: Record<string, unknown> = {}) => ({
  title: '楼道灯坏了',
  description: '1号楼三楼楼道灯不亮，晚上下楼看不见',
  locationKind: 'building',
  buildingId: t.fx.A.buildings[0],
  ...over,
});

/** Files a ticket as a user and returns its id. */
export async function report(
  t: TestApp,
  as: string,
  over: Record<string, unknown> = {},
): Promise<{ id: string; number: string }> {
  const res = await t.req({
    method: 'POST',
    url: `/api/communities/${t.fx.A.id}/tickets`,
    as,
    payload: ticketBody(t, over),
  });
  if (res.statusCode !== 201) throw new Error(`report failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export const tUrl = (t: TestApp, id?: string, rest = '') =>
  `/api/communities/${t.fx.A.id}/tickets${id ? `/${id}` : ''}${rest}`;

/**
 * After `t.clock.advance` beyond the 30-minute idle limit the harness's cached sessions have expired;
 * this signs in again at the moved clock. Tests that move time run last in their file for that reason.
 */
export async function freshReq(t: TestApp, user: string, o: Parameters<TestApp['req']>[0]) {
  return t.req({ ...o, headers: { ...(o.headers ?? {}), cookie: await t.login(user) } });
}
