import sharp from 'sharp';
import type { Voter } from '../fixture';
import { pct, runLoad, type LoadFigures } from '../load';
import { SAME_SITE } from '../http';
import { BALLOT, idempotencyKey, ticketBody, type Session } from './app';

/** 10,000 households (quick: 1,000) voting at concurrency 100, each once, each with its own session. */
export function ballotBurst(
  url: string,
  s: Session,
  voters: Voter[],
  onReceipt: (ballotId: string) => void,
  connections = 100,
): Promise<LoadFigures> {
  let i = 0;
  return runLoad(url, {
    connections,
    duration: 600,
    amount: voters.length,
    request: {
      setupRequest: (req) => {
        const v = voters[i++ % voters.length];
        return {
          ...req,
          method: 'POST',
          path: `/api/communities/${v.communityId}/consultations/${s.consultations.get(v.communityId)}/ballots`,
          headers: {
            ...SAME_SITE,
            cookie: v.cookie,
            'content-type': 'application/json',
            'idempotency-key': idempotencyKey(),
          },
          body: JSON.stringify(BALLOT),
        };
      },
      onResponse: (status, body) => {
        if (status === 201) onReceipt((JSON.parse(body) as { ballotId: string }).ballotId);
      },
    },
  });
}

/** A phone photo stand-in: a real JPEG with detail (a gradient and stripes), about 100 KB. */
export async function samplePhoto(): Promise<Buffer> {
  const w = 800;
  const h = 600;
  const px = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 3;
      px[o] = (x * 255) / w;
      px[o + 1] = (y * 255) / h;
      px[o + 2] = ((x >> 3) + (y >> 3)) % 2 ? 200 : 40;
    }
  }
  return sharp(px, { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

export interface PhotoBurst {
  sent: number;
  acknowledged: number;
  /** Refused 503 `busy` with Retry-After (queue full, or no image slot within GONGZHI_IMAGE_WAIT_S): not failures. */
  busy?: number;
  failures: string[];
  seconds: number;
  p99: number;
  /** The longest any request waited for its answer, and how many waited over 30 s for one that was not `busy`. */
  maxMs?: number;
  over30s?: number;
  title: string;
}

/** Residents reporting a ticket with a photo, all at once (multipart, as the H5 sends it). */
export async function photoBurst(url: string, s: Session, reporters: Voter[], photo: Buffer): Promise<PhotoBurst> {
  const title = `照片报修 ${Date.now().toString(36)}`;
  const times: number[] = [];
  const failures: string[] = [];
  let busy = 0;
  let over30s = 0;
  const t0 = performance.now();
  const results = await Promise.all(
    reporters.map(async (v) => {
      const form = new FormData();
      form.append('data', JSON.stringify(ticketBody(v, s.category, title)));
      form.append('photos', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
      const start = performance.now();
      try {
        const res = await fetch(`${url}/api/communities/${v.communityId}/tickets`, {
          method: 'POST',
          body: form,
          headers: { ...SAME_SITE, cookie: v.cookie, 'idempotency-key': idempotencyKey() },
          signal: AbortSignal.timeout(900_000),
        });
        const text = await res.text();
        const ms = performance.now() - start;
        times.push(ms);
        // The server's answer to a burst beyond what it can do in time: refused whole, to be sent again later.
        const refused = res.status === 503 && !!res.headers.get('retry-after') && text.includes('"busy"');
        if (refused) busy++;
        else if (ms > 30_000) over30s++;
        if (res.status !== 201 && !refused) failures.push(`${res.status} ${text.slice(0, 200)}`);
        return res.status === 201;
      } catch (e) {
        // undici says only "fetch failed"; the cause names it (connect timeout, reset, …).
        failures.push(`${e} (${(e as { cause?: unknown }).cause ?? 'no cause'})`);
        return false;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return {
    sent: reporters.length,
    acknowledged: results.filter(Boolean).length,
    failures,
    seconds: Math.round(seconds * 10) / 10,
    p99: Math.round(pct(Float64Array.from(times).sort(), 99)),
    maxMs: Math.round(Math.max(0, ...times)),
    busy,
    over30s,
    title,
  };
}
