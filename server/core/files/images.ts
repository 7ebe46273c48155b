import { AppError } from '../errors';
import { loadSharp } from '../lazy';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** About 40 megapixels: any real phone photo fits; a decompression bomb does not. */
export const MAX_IMAGE_PIXELS = 40_000_000;
const FULL_EDGE = 2048;
const THUMB_EDGE = 320;

export interface ProcessedImage {
  full: Buffer;
  thumb: Buffer;
  mime: 'image/jpeg';
  width: number;
  height: number;
}

const badImage = (detail: string) =>
  new AppError('invalid_image', 422, '只能上传 JPEG、PNG 或 WebP 图片，且文件须完整', 'Only complete JPEG, PNG or WebP images are accepted', { reason: detail });

/** Which of the accepted formats the bytes are, by their magic numbers; the file name is never trusted. */
export function sniffImage(buf: Buffer): 'jpeg' | 'png' | 'webp' | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

/**
 * Checks an uploaded photo and re-encodes it: orientation applied, then written anew as JPEG so no
 * EXIF (GPS position!), ICC comments or trailing payload of the original survives; plus a thumbnail.
 * Refuses anything not a complete JPEG/PNG/WebP within the byte and pixel limits, with a 4xx.
 */
export async function processImage(buf: Buffer): Promise<ProcessedImage> {
  if (buf.length > MAX_IMAGE_BYTES) {
    throw new AppError('photo_too_large', 413, '每张照片不能超过 10 MB', 'Each photo must be at most 10 MB');
  }
  const kind = sniffImage(buf);
  if (!kind) throw badImage('not_an_accepted_format');
  const opts = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' as const };
  const sharp = await loadSharp();
  try {
    const meta = await sharp(buf, opts).metadata();
    if (meta.format !== kind) throw badImage('format_mismatch');
    if (!meta.width || !meta.height || meta.width * meta.height > MAX_IMAGE_PIXELS) throw badImage('too_many_pixels');
    const base = sharp(buf, opts).rotate().flatten({ background: '#ffffff' });
    const full = await base.clone().resize(FULL_EDGE, FULL_EDGE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    const thumb = await base.clone().resize(THUMB_EDGE, THUMB_EDGE, { fit: 'cover' }).jpeg({ quality: 75 }).toBuffer();
    return { full: full.data, thumb, mime: 'image/jpeg', width: full.info.width, height: full.info.height };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw badImage(/pixel limit/i.test(String((e as Error).message)) ? 'too_many_pixels' : 'undecodable');
  }
}
