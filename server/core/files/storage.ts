import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Where uploaded files live. Modules keep only the key; a cloud store can replace the disk later. */
export interface FileStorage {
  /** Stores the bytes under a new random key and returns it. */
  put(data: Buffer, ext: string): Promise<string>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

const KEY_RE = /^[0-9a-f]{2}\/[0-9a-f]{32}\.[a-z]{3,4}$/;

/**
 * Local disk under `<dataDir>/files`, outside the web root. Names are random (nothing of the upload's
 * name survives), fanned out into 256 folders, and a key that is not of our own shape is refused,
 * so a key can never walk out of the folder.
 */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(data: Buffer, ext: string): Promise<string> {
    const name = crypto.randomBytes(16).toString('hex');
    const key = `${name.slice(0, 2)}/${name}.${ext}`;
    const file = this.fileOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Written under a temporary name and renamed, so a crash never leaves half a photo under a real key.
    const tmp = `${file}.tmp`;
    await fs.writeFile(tmp, data, { flag: 'wx', mode: 0o640 });
    await fs.rename(tmp, file);
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.fileOf(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.fileOf(key), { force: true });
  }

  private fileOf(key: string): string {
    if (!KEY_RE.test(key)) throw new Error('Invalid file key');
    return path.join(this.root, key);
  }
}

const stores = new Map<string, FileStorage>();

/** The storage of a data directory (one per process and directory). */
export function storageFor(dataDir: string): FileStorage {
  let s = stores.get(dataDir);
  if (!s) stores.set(dataDir, (s = new LocalDiskStorage(path.join(dataDir, 'files'))));
  return s;
}
