import os from 'node:os';
import { AppError } from '../errors';
import { loadSharp } from '../lazy';
import { Semaphore } from './semaphore';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** About 40 megapixels: any real phone photo fits; a decompression bomb does not. */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** All photos of one request together: nine 12-megapixel phone photos fit; nine 40-megapixel ones do not. */
export const MAX_REQUEST_PIXELS = 120_000_000;
const FULL_EDGE = 2048;
const THUMB_EDGE = 320;

export interface ProcessedImage {
  full: Buffer;
  thumb: Buffer;
  mime: 'image/jpeg';
  width: number;
  height: number;
}

/** A photo already on disk (spool.ts): sharp reads it from there, so no copy waits in the heap. */
export interface ImageFile {
  path: string;
  bytes: number;
  /** At least the first 12 bytes, for sniffing. */
  head: Buffer;
}

const badImage = (detail: string) =>
  new AppError(
    'invalid_image',
    422,
    '只能上传 JPEG、PNG 或 WebP 图片，且文件须完整',
    'Only complete JPEG, PNG or WebP images are accepted',
    { reason: detail },
  );
export const photoTooLarge = () =>
  new AppError('photo_too_large', 413, '每张照片不能超过 10 MB', 'Each photo must be at most 10 MB');

/** What a client told "busy" should wait: long enough for a burst queue to drain noticeably. */
export const BUSY_RETRY_AFTER_S = 30;
const busy = () =>
  new AppError(
    'busy',
    503,
    '同时上传的照片太多，请稍后再试',
    'Too many photos are being processed right now; please try again shortly',
    undefined,
    { 'Retry-After': String(BUSY_RETRY_AFTER_S) },
  );

/** A whole number ≥ `min` from the environment, or the default; anything else stops the start with a clear message. */
function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`Invalid environment: ${name} must be a whole number ≥ ${min}, not "${raw}"`);
  return n;
}

/**
 * Process-wide limit on images decoded and re-encoded at once. Each decode holds the raw pixels
 * (up to MAX_IMAGE_PIXELS × 3 bytes) and keeps a core busy, so more at once than there are cores
 * only adds memory, not speed: a burst waits here in a queue instead (its photos spooled to disk).
 * GONGZHI_IMAGE_CONCURRENCY sets the slots (default: the number of cores); GONGZHI_IMAGE_QUEUE
 * how many requests may wait for one (default 1000, enough for the 1,000-report burst of the
 * benchmark to be acknowledged in full); past that a request is refused with 503 `busy` and
 * Retry-After, before anything is stored, so a refused report is never half saved. A request still
 * without a slot GONGZHI_IMAGE_WAIT_S after its upload began (default 20; 0: no limit) is refused the same
 * way: with the re-encoding and the transaction after it, no resident waits much over 20 s, never 30 s,
 * for an answer (a burst of 1,000 at ~20 photos/s answered its last after 47 s before this limit).
 */
const IMAGE_WAIT_MS = envInt('GONGZHI_IMAGE_WAIT_S', 20, 0) * 1000;
let slots = new Semaphore(
  envInt('GONGZHI_IMAGE_CONCURRENCY', os.availableParallelism(), 1),
  envInt('GONGZHI_IMAGE_QUEUE', 1000, 0),
  busy,
);

/**
 * Runs `fn` holding one image slot; throws 503 `busy` when the queue is full, or when no slot came free
 * within GONGZHI_IMAGE_WAIT_S of `since` (when the request's upload began; Date.now() time).
 */
export const withImageSlot = <T>(fn: () => Promise<T>, since = Date.now()): Promise<T> =>
  slots.run(fn, IMAGE_WAIT_MS ? since + IMAGE_WAIT_MS : undefined);

/** Refuses at once when the queue is already full, so an upload that would be refused is not read first. */
export function assertImageCapacity(): void {
  if (slots.full) throw busy();
}

/** Replaces the limits (tests; an idle process only) and returns a function that restores the old ones. */
export function setImageLimits(concurrency: number, queue: number): () => void {
  const old = slots;
  slots = new Semaphore(concurrency, queue, busy);
  return () => {
    slots = old;
  };
}

/** Which of the accepted formats the bytes are, by their magic numbers; the file name is never trusted. */
export function sniffImage(buf: Buffer): 'jpeg' | 'png' | 'webp' | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  return null;
}

/** The checks that need no decoding: size and format by magic number. */
function precheck(input: Buffer | ImageFile): { source: Buffer | string; kind: 'jpeg' | 'png' | 'webp' } {
  const { bytes, head, source } = Buffer.isBuffer(input)
    ? { bytes: input.length, head: input, source: input }
    : { ...input, source: input.path };
  if (bytes > MAX_IMAGE_BYTES) throw photoTooLarge();
  const kind = sniffImage(head);
  if (!kind) throw badImage('not_an_accepted_format');
  return { source, kind };
}

async function reencode(source: Buffer | string, kind: string): Promise<ProcessedImage> {
  const opts = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' as const };
  const sharp = await loadSharp();
  try {
    const meta = await sharp(source, opts).metadata();
    if (meta.format !== kind) throw badImage('format_mismatch');
    if (!meta.width || !meta.height || meta.width * meta.height > MAX_IMAGE_PIXELS) throw badImage('too_many_pixels');
    const base = sharp(source, opts).rotate().flatten({ background: '#ffffff' });
    const full = await base
      .clone()
      .resize(FULL_EDGE, FULL_EDGE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumb = await base.clone().resize(THUMB_EDGE, THUMB_EDGE, { fit: 'cover' }).jpeg({ quality: 75 }).toBuffer();
    return { full: full.data, thumb, mime: 'image/jpeg', width: full.info.width, height: full.info.height };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw badImage(/pixel limit/i.test(String((e as Error).message)) ? 'too_many_pixels' : 'undecodable');
  }
}

/**
 * Checks uploaded photos and re-encodes them: orientation applied, then written anew as JPEG so no
 * EXIF (GPS position!), ICC comments or trailing payload of the original survives; plus a thumbnail.
 * Refuses anything not a complete JPEG/PNG/WebP within the byte and pixel limits, with a 4xx.
 * The cheap checks run first, outside the queue (a script renamed .jpg never waits for a slot);
 * then all photos of one request are decoded under a single image slot, so a report admitted to
 * the queue is not refused half way through its photos.
 */
export async function processImages(inputs: Array<Buffer | ImageFile>, since = Date.now()): Promise<ProcessedImage[]> {
  const checked = inputs.map(precheck);
  if (!checked.length) return [];
  return withImageSlot(async () => {
    // The sizes the headers declare, summed before anything is decoded (reading a header costs no pixels).
    const sharp = await loadSharp();
    let pixels = 0;
    for (const c of checked) {
      const meta = await sharp(c.source, { limitInputPixels: MAX_IMAGE_PIXELS })
        .metadata()
        .catch(() => undefined);
      pixels += (meta?.width ?? 0) * (meta?.height ?? 0);
    }
    if (pixels > MAX_REQUEST_PIXELS) throw badImage('too_many_pixels');
    const out: ProcessedImage[] = [];
    for (const c of checked) out.push(await reencode(c.source, c.kind));
    return out;
  }, since);
}

export async function processImage(input: Buffer | ImageFile): Promise<ProcessedImage> {
  return (await processImages([input]))[0];
}
