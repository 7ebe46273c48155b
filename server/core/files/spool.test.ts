import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discard, spool } from './spool';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-spool-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => path.join(root, `d${n++}`);

/** A stream of the given chunks, like busboy's file stream (which also carries `truncated`). */
function streamOf(chunks: Buffer[], opts: { truncated?: boolean; failAfter?: number } = {}) {
  return Object.assign(
    (async function* () {
      for (const [i, c] of chunks.entries()) {
        if (opts.failAfter === i) throw new Error('Part terminated early');
        yield c;
      }
    })(),
    { truncated: opts.truncated ?? false },
  );
}

describe('spool', () => {
  it('writes the upload to a private file with its size, hash and first bytes, even from one-byte chunks', async () => {
    const dir = freshDir();
    const data = crypto.randomBytes(200_000);
    const chunks = [...data.subarray(0, 20)].map((b) => Buffer.from([b])).concat([data.subarray(20)]);
    const f = await spool(streamOf(chunks), dir);
    expect(fs.readFileSync(f.path).equals(data)).toBe(true);
    expect(f.bytes).toBe(data.length);
    expect(f.sha256).toBe(crypto.createHash('sha256').update(data).digest('hex'));
    expect(f.head.equals(data.subarray(0, 16))).toBe(true);
    expect(f.truncated).toBe(false);
    expect(path.dirname(f.path)).toBe(dir);
    expect(fs.statSync(f.path).mode & 0o777).toBe(0o600);
    await discard([f, { path: path.join(dir, 'gone.part') }]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('says when the parser cut the upload at its size limit', async () => {
    const f = await spool(streamOf([Buffer.from('abc')], { truncated: true }), freshDir());
    expect(f.truncated).toBe(true);
    await discard([f]);
  });

  it('leaves no file behind when the upload breaks off', async () => {
    const dir = freshDir();
    await expect(spool(streamOf([Buffer.alloc(1000), Buffer.alloc(1000)], { failAfter: 1 }), dir)).rejects.toThrow(
      'terminated early',
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('removes what a crashed process left more than an hour ago, and nothing newer', async () => {
    const dir = freshDir();
    fs.mkdirSync(dir, { recursive: true });
    const old = path.join(dir, 'old.part');
    const recent = path.join(dir, 'recent.part');
    fs.writeFileSync(old, 'x');
    fs.writeFileSync(recent, 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    const f = await spool(streamOf([Buffer.from('new')]), dir);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    await discard([f]);
  });
});
