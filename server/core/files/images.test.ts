import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { BUSY_RETRY_AFTER_S, processImage, processImages, setImageLimits, withImageSlot } from './images';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-images-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let restore: (() => void) | undefined;
afterEach(() => restore?.());

const jpeg = () =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer();
/** The photo as spool.ts leaves it: on disk, with its size and first bytes. */
function onDisk(buf: Buffer, name: string) {
  const file = path.join(root, name);
  fs.writeFileSync(file, buf);
  return { path: file, bytes: buf.length, head: buf.subarray(0, 16) };
}
function gate() {
  let open!: () => void;
  const p = new Promise<void>((r) => (open = r));
  return { p, open };
}
const settled = async (p: Promise<unknown>) =>
  Promise.race([
    p.then(
      () => true,
      () => true,
    ),
    new Promise((r) => setTimeout(() => r(false), 50)),
  ]);

describe('processImages', () => {
  it('re-encodes a photo read from disk exactly as one from memory', async () => {
    const buf = await jpeg();
    const [a, b] = await Promise.all([processImage(buf), processImage(onDisk(buf, 'a.jpg'))]);
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    expect(b.full.equals(a.full)).toBe(true);
    expect((await sharp(b.thumb).metadata()).width).toBe(320);
  });

  it('refuses by size and magic number before any decoding, even from disk', async () => {
    const file = onDisk(Buffer.from('<script>alert(1)</script>'), 'x.jpg');
    await expect(processImage(file)).rejects.toMatchObject({ code: 'invalid_image', status: 422 });
    await expect(
      processImage({ ...onDisk(await jpeg(), 'big.jpg'), bytes: 10 * 1024 * 1024 + 1 }),
    ).rejects.toMatchObject({ code: 'photo_too_large', status: 413 });
    // A JPEG header on a PNG body: sniffed as JPEG, but sharp finds PNG.
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    await expect(
      processImage({ ...onDisk(png, 'lie.png'), head: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) }),
    ).rejects.toMatchObject({ code: 'invalid_image' });
  });

  it('waits for an image slot, refuses with 503 busy and Retry-After when the queue is full, and never queues a bad file', async () => {
    restore = setImageLimits(1, 1);
    const held = gate();
    const holder = withImageSlot(() => held.p);
    const waiting = processImages([await jpeg(), await jpeg()]);
    expect(await settled(waiting)).toBe(false); // queued behind the holder

    const refused = await processImage(await jpeg()).catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'busy',
      status: 503,
      headers: { 'Retry-After': String(BUSY_RETRY_AFTER_S) },
    });
    expect(refused.zh).toMatch(/稍后再试/);
    expect(refused.en).toMatch(/try again/);
    // A file that is not an image is refused for what it is, without waiting in the full queue.
    await expect(processImage(Buffer.from('GIF89a'))).rejects.toMatchObject({ code: 'invalid_image' });

    held.open();
    await holder;
    const done = await waiting;
    expect(done).toHaveLength(2);
    expect(done[0].mime).toBe('image/jpeg');
  });

  it('refuses with 503 busy a report still without a slot GONGZHI_IMAGE_WAIT_S (20 s) after its upload began', async () => {
    restore = setImageLimits(1, 10);
    const held = gate();
    const holder = withImageSlot(() => held.p);
    // Its upload began 20 s ago and every slot is taken: refused at once, before it is decoded.
    const late = await processImages([await jpeg()], Date.now() - 20_001).catch((e) => e);
    expect(late).toMatchObject({ code: 'busy', status: 503, headers: { 'Retry-After': String(BUSY_RETRY_AFTER_S) } });
    // One whose upload just ended waits for the slot as before.
    const fresh = processImages([await jpeg()], Date.now());
    expect(await settled(fresh)).toBe(false);
    held.open();
    await holder;
    expect(await fresh).toHaveLength(1);
  });

  it('asks for no slot when there is nothing to process', async () => {
    restore = setImageLimits(1, 0);
    const held = gate();
    const holder = withImageSlot(() => held.p);
    expect(await processImages([])).toEqual([]);
    held.open();
    await holder;
  });
});
