/**
 * Every refusal the API gives is an AppError: a stable code, an HTTP status and a message in
 * Simplified Chinese and English. The error handler in app.ts turns it into
 * `{ "error": { "code", "message", "message_en", "details"? } }`.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly zh: string,
    readonly en: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(en);
    this.name = 'AppError';
  }
}

/** How deep a JSON body may nest; the app's own bodies need fewer than 5 levels. */
export const MAX_JSON_DEPTH = 64;

export const errors = {
  validation: (details: unknown) =>
    new AppError('validation_failed', 400, '提交的内容不符合要求', 'The request is not valid', details),
  nulCharacter: () =>
    new AppError(
      'nul_character',
      400,
      '内容中含有不允许的空字符（U+0000）',
      'The request contains a NUL character (U+0000), which is not allowed',
    ),
  tooDeep: () =>
    new AppError(
      'json_too_deep',
      400,
      `请求内容嵌套过深（最多 ${MAX_JSON_DEPTH} 层）`,
      `The request body is nested too deeply (at most ${MAX_JSON_DEPTH} levels)`,
    ),
  malformedJson: () =>
    new AppError('malformed_json', 400, '请求内容不是有效的 JSON', 'The request body is not valid JSON'),
  unauthenticated: () => new AppError('unauthenticated', 401, '请先登录', 'Please sign in first'),
  forbidden: () => new AppError('forbidden', 403, '您没有执行此操作的权限', 'You are not allowed to do this'),
  crossSite: () => new AppError('cross_site_request', 403, '拒绝跨站请求', 'Cross-site request refused'),
  notFound: (what = 'resource') =>
    new AppError('not_found', 404, '记录不存在或无权查看', `The ${what} does not exist or is not visible to you`),
  conflict: (code: string, zh: string, en: string, details?: unknown) => new AppError(code, 409, zh, en, details),
  unprocessable: (code: string, zh: string, en: string, details?: unknown) => new AppError(code, 422, zh, en, details),
  tooLarge: () => new AppError('payload_too_large', 413, '提交的内容太大', 'The request is too large'),
  unsupportedMedia: () => new AppError('unsupported_media_type', 415, '不支持的内容类型', 'Unsupported content type'),
  tooManyRequests: (retryAfterSeconds: number) =>
    new AppError(
      'too_many_requests',
      429,
      `尝试次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`,
      `Too many attempts; try again in ${retryAfterSeconds} s`,
      undefined,
      { 'Retry-After': String(retryAfterSeconds) },
    ),
  internal: () =>
    new AppError('internal_error', 500, '系统出错了，请稍后再试', 'Something went wrong; please try again later'),
};

/**
 * U+0000 in text: PostgreSQL cannot store it (a 500) and SQLite's LIKE stops at it (a filter that
 * matches everything), so it is refused alike on both dialects wherever text comes in.
 * Walks strings, arrays and plain objects (keys too); anything else (a file stream) is not text.
 * Also refuses bodies nested deeper than MAX_JSON_DEPTH (400 json_too_deep).
 */
export function refuseNul(value: unknown): void {
  // One walk with its own stack, not recursion: a body nested thousands of levels deep would overflow
  // the call stack here (a 500 before sign-in); it is refused by depth before anything else walks it.
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\0')) throw errors.nulCharacter();
      continue;
    }
    const plain =
      v && typeof v === 'object' && (Array.isArray(v) || [Object.prototype, null].includes(Object.getPrototypeOf(v)));
    if (!plain) continue;
    if (depth >= MAX_JSON_DEPTH) throw errors.tooDeep();
    for (const [k, x] of Object.entries(v)) {
      if (k.includes('\0')) throw errors.nulCharacter();
      stack.push([x, depth + 1]);
    }
  }
}
