import i18n, { currentLang } from '../app/i18n';

/** An error answered by the server ({error:{code,message_zh,message_en,details}}) or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly details?: unknown,
  ) {
    super(messageEn);
    this.name = 'ApiError';
  }

  /** The message in the current interface language. */
  get localized(): string {
    return currentLang() === 'en' ? this.messageEn : this.messageZh;
  }
}

/** The text to show for any thrown value, in the current language. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.localized;
  return i18n.t('common.unexpectedError');
}

let onUnauthorized: (() => void) | undefined;
/** What to do when a request answers 401 (each app sends the user to its own login page). */
export function setUnauthorizedHandler(fn: () => void) {
  onUnauthorized = fn;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Appends the defined, non-empty query values to a URL. */
export function withQuery(url: string, query?: Query): string {
  if (!query) return url;
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `${url}${url.includes('?') ? '&' : '?'}${s}` : url;
}

interface Options {
  signal?: AbortSignal;
  /** Don't redirect to the login page on 401 (the session probe at start, the login form itself). */
  quiet401?: boolean;
}

async function send(method: string, url: string, body: unknown, o: Options): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: payload, credentials: 'include', signal: o.signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', i18n.t('common.networkError', { lng: 'zh-CN' }), i18n.t('common.networkError', { lng: 'en' }));
  }
  if (res.ok) return res;
  let err: { code?: string; message_zh?: string; message_en?: string; details?: unknown } = {};
  try {
    err = (await res.json()).error ?? {};
  } catch { /* not JSON: fall back to a generic message */ }
  if (res.status === 401 && !o.quiet401) onUnauthorized?.();
  throw new ApiError(
    res.status, err.code ?? `http_${res.status}`,
    err.message_zh ?? i18n.t('common.unexpectedError', { lng: 'zh-CN' }),
    err.message_en ?? i18n.t('common.unexpectedError', { lng: 'en' }),
    err.details,
  );
}

/** Calls the JSON API; resolves to the parsed body (undefined for 204), rejects with ApiError. */
export async function api<T>(method: string, url: string, body?: unknown, o: Options = {}): Promise<T> {
  const res = await send(method, url, body, o);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const get = <T>(url: string, query?: Query, o?: Options) => api<T>('GET', withQuery(url, query), undefined, o);
export const post = <T>(url: string, body?: unknown, o?: Options) => api<T>('POST', url, body, o);
export const put = <T>(url: string, body?: unknown) => api<T>('PUT', url, body);
export const patch = <T>(url: string, body?: unknown) => api<T>('PATCH', url, body);
export const del = <T>(url: string) => api<T>('DELETE', url);

/** Downloads a file from the API (e.g. an .xlsx ledger) with the session cookie, under the given name. */
export async function download(url: string, filename: string): Promise<void> {
  const res = await send('GET', url, undefined, {});
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** A paged list as every list route answers it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
