/** Headers a same-origin page sends with a state change; the auth plugin refuses cross-site ones. */
export const SAME_SITE = { 'sec-fetch-site': 'same-origin' } as const;

export async function api<T>(
  base: string,
  method: string,
  path: string,
  opts: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...SAME_SITE,
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...opts.headers,
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** Signs in once over HTTP (argon2 and the login throttle included) and returns the session cookie. */
export async function signIn(base: string, login: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { ...SAME_SITE, 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${login}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('gz_sid='));
  if (!cookie) throw new Error(`sign-in of ${login}: no session cookie`);
  return cookie.split(';')[0];
}
