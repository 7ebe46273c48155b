import type { FastifyInstance } from 'fastify';

/** One error answer as a client saw it: the route (as registered), the status and the error code. */
export interface ErrorAnswer {
  method: string;
  url: string;
  status: number;
  code: string;
}

/** Records every error answer of an /api route, for `undocumentedAnswers` (server tests only). */
export function recordErrorAnswers(app: FastifyInstance): ErrorAnswer[] {
  const seen: ErrorAnswer[] = [];
  app.addHook('onSend', async (req, reply, payload) => {
    const url = req.routeOptions.url;
    if (reply.statusCode < 400 || !url?.startsWith('/api/') || typeof payload !== 'string') return payload;
    let code: unknown;
    try {
      code = JSON.parse(payload).error?.code;
    } catch {
      code = undefined;
    }
    seen.push({
      method: req.method,
      url,
      status: reply.statusCode,
      code: typeof code === 'string' ? code : `(no error code: ${payload.slice(0, 80)})`,
    });
    return payload;
  });
  return seen;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the OpenAPI object is untyped JSON

/** The codes an operation documents under a status (from the `enum` its error response carries). */
export function documentedCodes(doc: Json, method: string, url: string, status: number): string[] | undefined {
  const op = doc.paths?.[url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]?.[method.toLowerCase()];
  if (!op) return undefined;
  const ref: string | undefined = op.responses?.[String(status)]?.$ref;
  const schema = ref && doc.components.responses[ref.split('/').pop()!]?.content?.['application/json']?.schema;
  return schema?.allOf?.[1]?.properties?.error?.properties?.code?.enum ?? [];
}

/** Answers whose status and code the route's document does not list, one line each, deduplicated. */
export function undocumentedAnswers(doc: unknown, seen: ErrorAnswer[]): string[] {
  const out = new Set<string>();
  for (const a of seen) {
    const codes = documentedCodes(doc as Json, a.method, a.url, a.status);
    if (codes === undefined) continue; // a route the document hides (the document itself)
    if (!codes.includes(a.code)) out.add(`${a.method} ${a.url} → ${a.status} ${a.code}`);
  }
  return [...out].sort();
}
