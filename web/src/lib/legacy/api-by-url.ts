// TEMPORARY (issue #19): calls by URL string for the pages of the modules that landed beside the move to the typed
// client (evaluations, workorders, projects, resources, volunteers). Nothing here is checked against the OpenAPI
// document; each of those pages moves to `client`/`useApi`/`usePaged` of ../api, and this folder is deleted.
import { call, client } from '../api';

export type Query = Record<string, string | number | boolean | null | undefined>;

/** A paged list as every list route answers it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Appends the defined, non-empty query values to a URL. */
export function withQuery(url: string, query?: Query): string {
  if (!query) return url;
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `${url}${url.includes('?') ? '&' : '?'}${s}` : url;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Raw = (method: Method, url: string, init?: { body?: unknown; signal?: AbortSignal; parseAs?: 'blob' }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const raw = (client as unknown as { request: Raw }).request;

export function api<T>(method: Method, url: string, body?: unknown, o: { signal?: AbortSignal } = {}): Promise<T> {
  return call(raw(method, url, { body, signal: o.signal }) as Promise<{ data?: T; response: Response }>);
}
export const get = <T>(url: string, query?: Query, o?: { signal?: AbortSignal }) => api<T>('GET', withQuery(url, query), undefined, o);
export const post = <T>(url: string, body?: unknown) => api<T>('POST', url, body);
export const put = <T>(url: string, body?: unknown) => api<T>('PUT', url, body);
export const patch = <T>(url: string, body?: unknown) => api<T>('PATCH', url, body);
export const del = <T>(url: string) => api<T>('DELETE', url);

/** Downloads a file from the API by URL, under the given name. */
export async function download(url: string, filename: string): Promise<void> {
  const blob = await call(raw('GET', url, { parseAs: 'blob' }) as Promise<{ data?: Blob; response: Response }>);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
