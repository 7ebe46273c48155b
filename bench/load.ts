import autocannon, { type Request } from 'autocannon';

export interface LoadSpec {
  connections: number;
  /** Seconds; with `amount` too, the run stops at whichever comes first. */
  duration: number;
  /** A fixed number of requests (a burst, or a pool of one-shot requests such as ballots). */
  amount?: number;
  request: Request;
}

export interface LoadFigures {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses outside 2xx, by status code. */
  non2xx: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
  /** The first few non-2xx bodies, to say why. */
  samples: string[];
  seconds: number;
}

/** The p-th percentile of sorted latencies (nearest rank). */
export const pct = (sorted: Float64Array, p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/**
 * One autocannon run. Latencies are kept per response (autocannon's own summary has no p95) and
 * cover every response, errors included, so a fast failure cannot flatter the figure.
 */
export function runLoad(url: string, spec: LoadSpec): Promise<LoadFigures> {
  const times: number[] = [];
  const non2xx: Record<string, number> = {};
  const samples: string[] = [];
  const userOnResponse = spec.request.onResponse;
  const request: Request = {
    ...spec.request,
    onResponse: (status, body, context) => {
      if (status < 200 || status >= 300) {
        non2xx[status] = (non2xx[status] ?? 0) + 1;
        if (samples.length < 3) samples.push(`${status} ${String(body).slice(0, 300)}`);
      }
      userOnResponse?.(status, body, context);
    },
  };
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const tracker = autocannon(
      {
        url,
        // autocannon refuses more connections than requests (a small pool, e.g. few work orders to quote).
        connections: spec.amount ? Math.min(spec.connections, spec.amount) : spec.connections,
        duration: spec.duration,
        amount: spec.amount,
        timeout: 30,
        // autocannon looks whether a run is over once per sample: at its default of 1 s, a run of a fixed amount
        // idled up to a second after its last answer, and that second counted in its rate.
        sampleInt: 100,
        requests: [request],
      },
      (err, r) => {
        clearTimeout(cap);
        if (err) return reject(err);
        const seconds = (performance.now() - t0) / 1000;
        const sorted = Float64Array.from(times).sort();
        resolve({
          requests: times.length,
          rps: round(times.length / seconds),
          p50: round(pct(sorted, 50)),
          p95: round(pct(sorted, 95)),
          p99: round(pct(sorted, 99)),
          non2xx,
          errors: r.errors,
          samples,
          seconds: round(seconds),
        });
      },
    );
    // autocannon ignores `duration` when `amount` is set; the cap keeps a slow burst bounded.
    const cap = setTimeout(() => tracker.stop(), spec.duration * 1000);
    tracker.on('response', (_client, _status, _bytes, ms) => times.push(ms));
    tracker.on('reqError', (e) => {
      if (samples.length < 3) samples.push(`error: ${e.message}`);
    });
  });
}

export const failed = (f: Pick<LoadFigures, 'non2xx' | 'errors'>) =>
  f.errors + Object.values(f.non2xx).reduce((s, n) => s + n, 0);
