import type { FastifyRequest } from 'fastify';
import { AppError, errors, refuseNul } from '../errors';
import { assertImageCapacity, MAX_IMAGE_BYTES, photoTooLarge, processImages, type ProcessedImage } from './images';
import { discard, spool, spoolDirOf, type SpooledFile } from './spool';
import { storageFor } from './storage';

/** The multipart limits of a one-photo upload (register @fastify/multipart with these in the module's scope). */
export const ONE_PHOTO_LIMITS = {
  fileSize: MAX_IMAGE_BYTES,
  files: 1,
  fields: 4,
  fieldSize: 1024,
  parts: 6,
  headerPairs: 50,
};

export const photoRequired = () =>
  new AppError('photo_required', 400, '请选择一张照片', 'Attach one photo as the multipart part "photo"');

/**
 * Reads a multipart upload of one `photo` with a few short text fields, checks and re-encodes the photo
 * (images.ts: by content, location data removed) before anything is stored, and stores full and thumbnail.
 * A field outside `fields` is refused, so a typo is not silently dropped.
 */
export async function readOnePhoto(
  req: FastifyRequest,
  dataDir: string,
  fields: readonly string[],
): Promise<{ fields: Record<string, string>; photo: ProcessedImage }> {
  if (!req.isMultipart()) throw errors.unsupportedMedia();
  const since = Date.now(); // the wait for an image slot counts from here, the upload included
  const out: Record<string, string> = {};
  const files: SpooledFile[] = [];
  try {
    for await (const part of req.parts()) {
      if (part.type === 'field') {
        if (!fields.includes(part.fieldname))
          throw errors.validation([{ path: part.fieldname, message: 'unknown field' }]);
        out[part.fieldname] = String(part.value);
        refuseNul(out[part.fieldname]);
      } else {
        if (part.fieldname !== 'photo')
          throw errors.validation([{ path: part.fieldname, message: 'unknown file field' }]);
        assertImageCapacity();
        const f = await spool(part.file, spoolDirOf(dataDir));
        files.push(f);
        if (f.truncated) throw photoTooLarge();
      }
    }
    if (files.length !== 1) throw photoRequired();
    const [photo] = await processImages(files, since);
    return { fields: out, photo };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw photoTooLarge();
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw errors.tooLarge();
    throw e;
  } finally {
    await discard(files);
  }
}

/**
 * Reads a multipart form of up to `max` `photos` files and, when `data` is asked for, one `data` field holding
 * JSON (a ticket report, a work order's completion note). Every photo is spooled to disk as it arrives and checked
 * and re-encoded once the request is in, under the process-wide image slots (images.ts), before anything is
 * stored: a burst waits on disk, not in memory, or is refused 503 `busy`. `hashes` are the uploads' SHA-256.
 */
export async function readPhotoForm(
  req: FastifyRequest,
  dataDir: string,
  o: { max: number; data: boolean },
): Promise<{ data: unknown; photos: ProcessedImage[]; hashes: string[] }> {
  if (!req.isMultipart()) throw errors.unsupportedMedia();
  const since = Date.now(); // the wait for an image slot counts from here, the upload included
  const tooMany = () => new AppError('too_many_photos', 422, `最多上传 ${o.max} 张照片`, `At most ${o.max} photos`);
  let data: unknown;
  const files: SpooledFile[] = [];
  try {
    for await (const part of req.parts()) {
      if (part.type === 'field') {
        if (!o.data || part.fieldname !== 'data')
          throw errors.validation([{ path: part.fieldname, message: 'unknown field' }]);
        try {
          data = JSON.parse(String(part.value));
        } catch {
          throw errors.malformedJson();
        }
        refuseNul(data); // app.ts checks JSON bodies; it does not see inside a multipart field
      } else {
        if (part.fieldname !== 'photos')
          throw errors.validation([{ path: part.fieldname, message: 'unknown file field' }]);
        if (files.length >= o.max) throw tooMany();
        assertImageCapacity();
        const f = await spool(part.file, spoolDirOf(dataDir));
        files.push(f);
        if (f.truncated) throw photoTooLarge();
      }
    }
    return { data, photos: await processImages(files, since), hashes: files.map((f) => f.sha256) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw photoTooLarge();
    if (code === 'FST_FILES_LIMIT') throw tooMany();
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw errors.tooLarge();
    throw e;
  } finally {
    await discard(files);
  }
}

/** Stores a processed photo; returns the keys to keep. The caller deletes them again if its transaction fails. */
export async function storePhoto(dataDir: string, p: ProcessedImage): Promise<{ fileKey: string; thumbKey: string }> {
  const storage = storageFor(dataDir);
  const fileKey = await storage.put(p.full, 'jpg');
  try {
    return { fileKey, thumbKey: await storage.put(p.thumb, 'jpg') };
  } catch (e) {
    await storage.delete(fileKey);
    throw e;
  }
}

export async function deletePhoto(dataDir: string, keys: { fileKey: string; thumbKey: string }): Promise<void> {
  const storage = storageFor(dataDir);
  await Promise.all([storage.delete(keys.fileKey), storage.delete(keys.thumbKey)]);
}

export const photoUploadDoc = (fieldDoc: Record<string, string>) => ({
  description: `One \`photo\` (JPEG, PNG or WebP, ≤ ${MAX_IMAGE_BYTES / 1024 / 1024} MB; re-encoded, location data removed) and the fields ${Object.keys(
    fieldDoc,
  )
    .map((k) => `\`${k}\``)
    .join(', ')}.`,
  parts: {
    ...Object.fromEntries(Object.entries(fieldDoc).map(([k, d]) => [k, { type: 'string', description: d }])),
    photo: { type: 'string', format: 'binary' },
  },
  required: ['photo', ...Object.keys(fieldDoc)],
  encoding: { photo: 'image/jpeg, image/png, image/webp' },
});
