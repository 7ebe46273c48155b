/**
 * GETs started before a page's code has arrived. The public entry (/p/…) knows from the address which record its
 * page will ask for, so it asks at once, while react-dom and the page download, instead of after they have run:
 * on a slow phone that is one round trip less before the record shows. `request` (api.ts) takes the answer once,
 * as if it had asked itself; a reload asks afresh. No imports: the entry that calls this must stay tiny.
 */
const started = new Map<string, Promise<Response>>();

export function prefetch(url: string): void {
  // The same request api.ts would send, but for Accept-Language, which the public answers do not depend on
  // (errors carry both languages).
  const answer = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'include' });
  // A failure is reported by whoever takes the answer; not also as an unhandled rejection.
  answer.catch(() => undefined);
  started.set(url, answer);
}

/** The answer of a prefetched GET of exactly this URL, once; undefined when none was started. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const p = started.get(url);
  started.delete(url);
  return p;
}
