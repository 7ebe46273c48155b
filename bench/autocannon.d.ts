// The part of autocannon's API the bench uses (the package ships no types).
declare module 'autocannon' {
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    setupRequest?: (req: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    /** Milliseconds between autocannon's checks of whether the run is over (default 1000). */
    sampleInt?: number;
    requests?: Request[];
  }
  interface Result {
    errors: number;
    timeouts: number;
    duration: number;
  }
  interface Tracker {
    on(
      event: 'response',
      fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
    ): void;
    on(event: 'done', fn: (r: Result) => void): void;
    on(event: 'reqError', fn: (err: Error) => void): void;
    stop(): void;
  }
  function autocannon(opts: Options, cb?: (err: Error | null, r: Result) => void): Tracker;
  export default autocannon;
  export type { Request, Options, Result };
}
