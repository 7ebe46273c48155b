import { ApiError } from '../../lib/api';
import i18n, { currentLang } from '../../app/i18n';

/** A fresh key for one attempt (also on plain-http LAN pages, where crypto.randomUUID is missing). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * POSTs JSON with an Idempotency-Key, so a retry after a timeout on a weak connection is answered with the
 * first result instead of a second ballot. The shared client sends no custom headers, hence this call.
 */
export async function postOnce<T>(url: string, body: unknown, key: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST', credentials: 'include', body: JSON.stringify(body),
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Accept-Language': currentLang(), 'Idempotency-Key': key },
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('common.networkError', { lng: 'zh-CN' }), i18n.t('common.networkError', { lng: 'en' }));
  }
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = json.error ?? {};
    throw new ApiError(res.status, e.code ?? `http_${res.status}`, e.message_zh ?? i18n.t('common.unexpectedError', { lng: 'zh-CN' }), e.message_en ?? i18n.t('common.unexpectedError', { lng: 'en' }), e.details);
  }
  return json as T;
}
