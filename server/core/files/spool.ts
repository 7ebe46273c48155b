import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * An upload written to a temporary file as it arrives. A request that has to wait for an image slot
 * (images.ts) then waits with its photo on disk instead of in memory: a burst of 1,000 reports held
 * 1,000 whole photos in the heap before.
 */
export interface SpooledFile {
  path: string;
  bytes: number;
  /** The first bytes, to sniff the format without reading the file again. */
  head: Buffer;
  /** SHA-256 of the whole upload, hex (what the idempotency check compares). */
  sha256: string;
  /** The upload went past the parser's size limit: the file holds only its start. */
  truncated: boolean;
}

const HEAD_BYTES = 16;
/** Older leftovers are from a process that died mid-upload: no upload takes an hour to arrive and be processed. */
const STALE_MS = 60 * 60 * 1000;

/** Under the data directory (not os.tmpdir(), often a RAM-backed tmpfs), beside files/ but not in it. */
export const spoolDirOf = (dataDir: string) => path.join(dataDir, 'tmp', 'uploads');

const prepared = new Map<string, Promise<void>>();

/** Creates the folder once per process and removes what a crashed process left there. */
function prepare(dir: string): Promise<void> {
  let p = prepared.get(dir);
  if (!p) {
    p = (async () => {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const now = Date.now();
      for (const name of await fs.readdir(dir)) {
        const file = path.join(dir, name);
        const st = await fs.stat(file).catch(() => null);
        if (st?.isFile() && now - st.mtimeMs > STALE_MS) await fs.rm(file, { force: true });
      }
    })();
    prepared.set(dir, p);
    p.catch(() => prepared.delete(dir)); // a failed attempt is tried again by the next upload
  }
  return p;
}

/**
 * Writes the stream to a new file in `dir`, chunk by chunk (one chunk in memory at a time; the
 * stream waits while the disk writes), hashing it on the way. On any error the file is removed.
 * The caller removes it with `discard` once done.
 */
export async function spool(
  stream: AsyncIterable<Buffer> & { truncated?: boolean },
  dir: string,
): Promise<SpooledFile> {
  await prepare(dir);
  const file = path.join(dir, `${crypto.randomBytes(16).toString('hex')}.part`);
  const fh = await fs.open(file, 'wx', 0o600);
  const hash = crypto.createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let bytes = 0;
  try {
    try {
      for await (const chunk of stream) {
        hash.update(chunk);
        if (headBytes < HEAD_BYTES) {
          // A copy: a view would keep the whole chunk alive as long as the head.
          const h = Buffer.from(chunk.subarray(0, HEAD_BYTES - headBytes));
          head.push(h);
          headBytes += h.length;
        }
        bytes += chunk.length;
        // write() may take less than the whole buffer; loop until the chunk is on disk.
        for (let off = 0; off < chunk.length;) off += (await fh.write(chunk, off)).bytesWritten;
      }
    } finally {
      await fh.close();
    }
  } catch (e) {
    await fs.rm(file, { force: true });
    throw e;
  }
  return { path: file, bytes, head: Buffer.concat(head), sha256: hash.digest('hex'), truncated: !!stream.truncated };
}

/** Removes spooled files; never throws (a file already gone is fine). */
export async function discard(files: Array<{ path: string }>): Promise<void> {
  await Promise.all(files.map((f) => fs.rm(f.path, { force: true }).catch(() => {})));
}
