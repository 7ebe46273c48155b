import { ApiError } from '../../lib/api';
import { currentLang } from '../../app/i18n';

/**
 * Files a ticket in one request (the phone may be on a weak connection): multipart with the ticket as
 * `data` and the photos, plus an Idempotency-Key so a retry after a timeout does not file it twice.
 * The shared API client sends no custom headers, hence this one call of its own.
 */
export async function submitTicket(communityId: string, data: unknown, photos: File[], idempotencyKey: string): Promise<{ id: string; number: string }> {
  const body = new FormData();
  body.append('data', JSON.stringify(data));
  for (const p of photos) body.append('photos', p, p.name);
  const res = await fetch(`/api/communities/${communityId}/tickets`, {
    method: 'POST', body, credentials: 'include',
    headers: { Accept: 'application/json', 'Accept-Language': currentLang(), 'Idempotency-Key': idempotencyKey },
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = json.error ?? {};
    throw new ApiError(res.status, e.code ?? `http_${res.status}`, e.message_zh ?? '提交失败', e.message_en ?? 'Submission failed', e.details);
  }
  return json;
}
