import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/harness';
import { BUSY_RETRY_AFTER_S, setImageLimits, withImageSlot } from '../../core/files/images';
import { jpegWithExif, multipart, pngBomb, pngOf, ticketBody, tUrl, webpOf } from './tickets.test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const filesOnDisk = () => {
  const root = path.join(t.testDb.dataDir, 'files');
  return fs.existsSync(root)
    ? fs.readdirSync(root, { recursive: true }).filter((f) => String(f).endsWith('.jpg')).length
    : 0;
};
const ticketCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('tickets')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const post = (as: string, body: ReturnType<typeof multipart>, headers: Record<string, string> = {}) =>
  t.req({ method: 'POST', url: tUrl(t), as, payload: body.payload, headers: { ...body.headers, ...headers } });

describe('photos', () => {
  it('takes JPEG, PNG and WebP in one request, strips EXIF, makes thumbnails, and shows them only to who may see the ticket', async () => {
    const original = await jpegWithExif(800, 600);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await post(
      'resident1',
      multipart(ticketBody(t), [
        { body: original },
        { body: await pngOf(), name: 'a.png', type: 'image/png' },
        { body: await webpOf(), name: 'b.webp' },
      ]),
      { 'idempotency-key': 'photo-report-1' },
    );
    expect(res.statusCode).toBe(201);
    const d = (await t.req({ method: 'GET', url: tUrl(t, res.json().id), as: 'resident1' })).json();
    expect(d.photos).toHaveLength(3);
    expect(d.photos[0]).toMatchObject({ width: 800, height: 600 });

    const full = await t.req({ method: 'GET', url: d.photos[0].url, as: 'resident1' });
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(full.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(full.rawPayload.includes(Buffer.from('secret'))).toBe(false);
    const thumb = await t.req({ method: 'GET', url: d.photos[0].thumbUrl, as: 'leader1' });
    expect((await sharp(thumb.rawPayload).metadata()).width).toBe(320);

    expect((await t.req({ method: 'GET', url: d.photos[0].url, as: 'resident3' })).statusCode).toBe(404);
    expect((await t.req({ method: 'GET', url: d.photos[0].url })).statusCode).toBe(401);
    expect((await t.req({ method: 'GET', url: d.photos[0].url, as: 'staffB' })).statusCode).toBe(404);
    // Stored under random names in <dataDir>/files, nothing of the upload's name.
    expect(filesOnDisk()).toBe(6);
    const keys = await t.db.selectFrom('ticket_photos').select('file_key').execute();
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k.file_key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}\.jpg$/);
  });

  it('refuses fake, broken, oversized and too many images with a clear 4xx and writes nothing', async () => {
    const jpeg = await jpegWithExif();
    const cases: Array<[string, Array<{ body: Buffer; name?: string; type?: string }>, number, string]> = [
      ['script renamed .jpg', [{ body: Buffer.from('#!/bin/sh\nrm -rf /\n'), name: 'evil.jpg' }], 422, 'invalid_image'],
      [
        'svg',
        [
          {
            body: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
            name: 'x.svg',
            type: 'image/svg+xml',
          },
        ],
        422,
        'invalid_image',
      ],
      ['truncated jpeg', [{ body: jpeg.subarray(0, Math.floor(jpeg.length / 2)) }], 422, 'invalid_image'],
      ['decompression bomb', [{ body: await pngBomb(), name: 'bomb.png' }], 422, 'invalid_image'],
      ['over 10 MB', [{ body: Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024 + 10)]) }], 413, 'photo_too_large'],
      ['ten photos', Array.from({ length: 10 }, () => ({ body: jpeg })), 422, 'too_many_photos'],
      ['a good photo and a bad one', [{ body: jpeg }, { body: Buffer.from('GIF89a....') }], 422, 'invalid_image'],
    ];
    const before = await ticketCount();
    const onDisk = filesOnDisk();
    for (const [label, files, status, code] of cases) {
      const res = await post('resident1', multipart(ticketBody(t), files));
      expect(res.statusCode, label).toBe(status);
      expect(res.json().error.code, label).toBe(code);
    }
    expect(await ticketCount()).toBe(before);
    expect(filesOnDisk()).toBe(onDisk);
  });

  it('removes the stored photos again when the ticket itself is refused', async () => {
    const onDisk = filesOnDisk();
    const res = await post(
      'resident1',
      multipart(ticketBody(t, { buildingId: t.fx.B.buildings[0] }), [{ body: await jpegWithExif() }]),
    );
    expect(res.statusCode).toBe(404);
    expect(filesOnDisk()).toBe(onDisk);
  });

  it('refuses a multipart report without its data, or with unknown fields', async () => {
    expect((await post('resident1', multipart(undefined, [{ body: await jpegWithExif() }]))).statusCode).toBe(400);
    expect((await post('resident1', multipart({ ...ticketBody(t), extra: true }, []))).statusCode).toBe(400);
  });
});

describe('photo bursts', () => {
  /** Temporary upload files still on disk: each request removes its own before it answers. */
  const spoolLeft = () => {
    const dir = path.join(t.testDb.dataDir, 'tmp', 'uploads');
    return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  };

  it('queues a burst behind the image slots and acknowledges every report with its photo; no temporary file stays', async () => {
    const restore = setImageLimits(1, 50);
    try {
      const before = await ticketCount();
      const onDisk = filesOnDisk();
      const photo = await jpegWithExif(400, 300);
      const res = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          post('resident1', multipart(ticketBody(t, { title: `照片排队 ${i}` }), [{ body: photo }])),
        ),
      );
      expect(res.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
      expect(await ticketCount()).toBe(before + 12);
      expect(filesOnDisk()).toBe(onDisk + 24);
      expect(spoolLeft()).toEqual([]);
    } finally {
      restore();
    }
  });

  it('refuses a report with 503 busy and Retry-After while the queue is full, stores nothing, and takes the same report (same key) once there is room', async () => {
    const restore = setImageLimits(1, 0);
    let open!: () => void;
    const holder = withImageSlot(() => new Promise<void>((r) => (open = r)));
    try {
      const before = await ticketCount();
      const onDisk = filesOnDisk();
      const body = multipart(ticketBody(t, { title: '忙时报修' }), [{ body: await jpegWithExif() }]);
      const res = await post('resident1', body, { 'idempotency-key': 'busy-report-1' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe(String(BUSY_RETRY_AFTER_S));
      expect(res.json().error).toMatchObject({
        code: 'busy',
        message_zh: expect.stringMatching(/稍后再试/),
        message_en: expect.stringMatching(/try again/),
      });
      expect(await ticketCount()).toBe(before);
      expect(filesOnDisk()).toBe(onDisk);
      expect(spoolLeft()).toEqual([]);
      // A report without photos needs no image slot.
      expect(
        (
          await t.req({
            method: 'POST',
            url: tUrl(t),
            as: 'resident1',
            payload: ticketBody(t, { title: '忙时无照片' }),
          })
        ).statusCode,
      ).toBe(201);

      open();
      await holder;
      const again = await post('resident1', body, { 'idempotency-key': 'busy-report-1' });
      expect(again.statusCode).toBe(201);
      expect(await ticketCount()).toBe(before + 2);
    } finally {
      open?.();
      restore();
    }
  });
});
