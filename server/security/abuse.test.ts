import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_PIXELS, MAX_REQUEST_PIXELS } from '../core/files/images';
import { useTestApp } from '../testing/harness';
import { TEST_DIALECT } from '../testing/database';
import { multipart, pngOf, ticketBody, tUrl } from '../modules/tickets/tickets.test-helpers';

/**
 * One account flooding the grid teams (issue 11, last item): ticket reports per account and hour, and
 * the pixels all photos of one report may declare together (each within the per-photo limit).
 */
const t = useTestApp({ env: { GONGZHI_REPORTS_PER_HOUR: '12' } });

/** A real 1×1 PNG whose header declares w×h: what a decoder must plan for, at no cost to build. */
async function pngDeclaring(w: number, h: number): Promise<Buffer> {
  const png = Buffer.from(await pngOf(1, 1));
  png.writeUInt32BE(w, 16);
  png.writeUInt32BE(h, 20);
  png.writeUInt32BE((zlib as any).crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}
const tickets = async () =>
  Number(
    (
      await t.db
        .selectFrom('tickets')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`abuse limits (${TEST_DIALECT})`, () => {
  it('the photos of one report may declare at most MAX_REQUEST_PIXELS together, refused before decoding', async () => {
    // Each photo is under the per-photo limit; four of them are not under the per-request one.
    const side = Math.floor(Math.sqrt(MAX_IMAGE_PIXELS * 0.9));
    const count = Math.floor(MAX_REQUEST_PIXELS / (side * side)) + 1;
    expect(side * side).toBeLessThan(MAX_IMAGE_PIXELS);
    const big = await pngDeclaring(side, side);
    const before = await tickets();
    const mp = multipart(
      ticketBody(t),
      Array.from({ length: count }, () => ({ type: 'image/png', name: 'p.png', body: big })),
    );
    const res = await t.req({
      method: 'POST',
      url: tUrl(t),
      as: 'resident2',
      payload: mp.payload,
      headers: mp.headers,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.details).toEqual({ reason: 'too_many_pixels' });
    expect(await tickets()).toBe(before);
    // Real photos well within it still go through.
    const ok = multipart(ticketBody(t), [
      { type: 'image/png', body: await pngOf(400, 300) },
      { type: 'image/png', body: await pngOf(300, 400) },
    ]);
    expect(
      (await t.req({ method: 'POST', url: tUrl(t), as: 'resident2', payload: ok.payload, headers: ok.headers }))
        .statusCode,
    ).toBe(201);
  });

  it('an account files at most GONGZHI_REPORTS_PER_HOUR reports an hour; others are not affected; the hour passes', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 13; i++)
      codes.push(
        (await t.req({ method: 'POST', url: tUrl(t), as: 'resident1', payload: ticketBody(t, { title: `刷单 ${i}` }) }))
          .statusCode,
      );
    expect(codes).toEqual([...Array(12).fill(201), 429]);
    const res = await t.req({ method: 'POST', url: tUrl(t), as: 'resident1', payload: ticketBody(t) });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(3000);
    expect((await t.req({ method: 'POST', url: tUrl(t), as: 'resident3', payload: ticketBody(t) })).statusCode).toBe(
      201,
    );
    t.clock.advance(3600_000 + 1000);
    const later = await t.req({
      method: 'POST',
      url: tUrl(t),
      payload: ticketBody(t),
      headers: { cookie: await t.login('resident1') },
    });
    expect(later.statusCode).toBe(201);
  });
});
