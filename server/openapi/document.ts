import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Access } from '../core/policy/route-access';
import { EXAMPLES } from './examples';

/** The statuses a route may declare in `config.errors`, each with the codes it answers under it. */
export type ErrorStatus = 400 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;
export type RouteErrors = Partial<Record<ErrorStatus, readonly string[]>>;

/** A multipart body, for the document: its parts and their limits (the route reads the parts itself). */
export interface Upload {
  description: string;
  /** Part name → JSON schema of the part (a file is `{ type: 'string', format: 'binary' }`); 'json-body': the route's JSON body schema. */
  parts: Record<string, Record<string, unknown> | 'json-body'>;
  required: string[];
  /** Part name → content type(s) the part is sent as. */
  encoding?: Record<string, string>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The AppErrors the route's own code (its service, its upload reader) answers, by status. Those
     * that come from the framework are added from the route's shape and access (see `commonErrors`);
     * the server tests fail when a route answers a code its document does not list.
     */
    errors?: RouteErrors;
    /** The route honours Idempotency-Key (withIdempotency refuses to run on a route without it). */
    idempotent?: true;
    /** A multipart body: documented here; a route with a body schema also takes it as JSON. */
    upload?: Upload;
  }
}

/** What the document needs to know of a route beyond what @fastify/swagger writes. */
interface RouteDoc {
  method: string;
  url: string;
  access?: Access;
  errors: RouteErrors;
  idempotent: boolean;
  upload?: Upload;
  hasBody: boolean;
  hasInput: boolean;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the OpenAPI object is untyped JSON
type Codes = Map<number, Set<string>>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The errors every route of a shape can answer, whatever its own code does: input that fails its schema,
 * a body that is not JSON, too large or of another type, no session, no right in the community (403), a
 * record or community the path names that the caller cannot see (404), a write from another site, and
 * Idempotency-Key misuse.
 */
export function commonErrors(
  r: Pick<RouteDoc, 'method' | 'url' | 'access' | 'idempotent' | 'hasBody' | 'hasInput' | 'upload'>,
): Codes {
  const codes: Codes = new Map();
  const add = (status: number, ...c: string[]) => {
    const s = codes.get(status) ?? new Set();
    for (const x of c) s.add(x);
    codes.set(status, s);
  };
  // Before any route runs: the router refuses a malformed URL, and every route a %00 anywhere in its URL.
  add(400, 'bad_url', 'nul_character');
  add(414, 'uri_too_long');
  if (r.hasInput || r.hasBody || r.upload) add(400, 'validation_failed');
  if (r.hasBody || r.upload) {
    add(400, 'malformed_json', 'json_too_deep');
    add(413, 'payload_too_large');
    add(415, 'unsupported_media_type');
  }
  if (UNSAFE.has(r.method)) add(403, 'cross_site_request');
  if (r.access && !('public' in r.access)) add(401, 'unauthenticated');
  if (r.access && 'action' in r.access) add(403, 'forbidden');
  if (r.url.includes('/:')) add(404, 'not_found'); // what the path names may not exist, or not for this caller
  if (r.idempotent) {
    add(400, 'invalid_idempotency_key');
    add(422, 'idempotency_key_reused');
  }
  add(500, 'internal_error');
  return codes;
}

/** Every error a route can answer: the common ones of its shape and those it declares. */
export function routeErrors(r: RouteDoc): Codes {
  const codes = commonErrors(r);
  for (const [status, list] of Object.entries(r.errors)) {
    const s = codes.get(Number(status)) ?? new Set();
    for (const c of list ?? []) s.add(c);
    codes.set(Number(status), s);
  }
  return codes;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Not signed in',
  403: 'Refused',
  404: 'Not found or not visible to the caller',
  409: 'Conflicts with the current state',
  413: 'Too large',
  414: 'URL too long',
  415: 'Unsupported content type',
  422: 'Understood but not acceptable',
  429: 'Too many attempts',
  500: 'Unexpected server error',
  503: 'Busy; retry later',
};

const ERROR_SCHEMA = {
  type: 'object',
  description:
    'Every refusal: a stable `code` to branch on, `message` in the language of Accept-Language (zh-CN unless it starts with `en`), both messages, and `details` for some codes (e.g. the fields that failed validation).',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'message_zh', 'message_en'],
      properties: {
        code: { type: 'string', example: 'validation_failed' },
        message: { type: 'string', example: '提交的内容不符合要求' },
        message_zh: { type: 'string', example: '提交的内容不符合要求' },
        message_en: { type: 'string', example: 'The request is not valid' },
        details: { description: 'For validation_failed: `[{ path, message }]`; for other codes, code-specific.' },
      },
    },
  },
};

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** Writes the error responses, uploads, Idempotency-Key, security and examples into the generated document. */
function complete(doc: Json, routes: RouteDoc[]): Json {
  doc.components ??= {};
  doc.components.schemas = { ...doc.components.schemas, Error: ERROR_SCHEMA };
  doc.components.responses = {};
  doc.components.parameters = {
    ...doc.components.parameters,
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,100}$' },
      description:
        'A fresh key per submission (a UUID). A retry with the same key and body gets the first answer again (header `Idempotent-Replayed: true`); the same key with another body is refused 422 `idempotency_key_reused`.',
    },
  };
  doc.components.securitySchemes.session.description =
    'The session cookie set by POST /api/auth/login (HttpOnly, SameSite=Lax); idle sessions expire.';
  for (const r of routes) {
    const op = doc.paths?.[toOpenApiPath(r.url)]?.[r.method.toLowerCase()];
    if (!op) continue; // hidden from the document (the document itself)
    op.operationId ??= operationId(r);
    if (r.access && 'public' in r.access) op.security = [];
    for (const [status, codes] of [...routeErrors(r)].sort(([a], [b]) => a - b)) {
      // One shared response per status and set of codes (most routes share them): named by both, e.g. `E401.unauthenticated`.
      const list = [...codes].sort();
      const name = `E${status}.${list.join('.')}`;
      doc.components.responses[name] ??= {
        description: `${STATUS_TEXT[status] ?? 'Error'}: ${list.map((c) => `\`${c}\``).join(', ')}`,
        content: {
          'application/json': {
            schema: {
              allOf: [
                { $ref: '#/components/schemas/Error' },
                {
                  type: 'object',
                  properties: { error: { type: 'object', properties: { code: { type: 'string', enum: list } } } },
                },
              ],
            },
          },
        },
      };
      op.responses[String(status)] = { $ref: `#/components/responses/${name}` };
    }
    const json = op.requestBody?.content?.['application/json']?.schema;
    // NoBody (contract/common.ts): the body may be left out altogether.
    if (json?.nullable && json.additionalProperties === false && Object.keys(json.properties ?? {}).length === 0)
      op.requestBody.required = false;
    if (r.idempotent) op.parameters = [...(op.parameters ?? []), { $ref: '#/components/parameters/IdempotencyKey' }];
    if (r.upload) {
      op.requestBody ??= { required: true, content: {} };
      const parts = Object.fromEntries(
        Object.entries(r.upload.parts).map(([k, v]) => [k, v === 'json-body' ? json : v]),
      );
      op.requestBody.content['multipart/form-data'] = {
        schema: { type: 'object', description: r.upload.description, properties: parts, required: r.upload.required },
        ...(r.upload.encoding
          ? { encoding: Object.fromEntries(Object.entries(r.upload.encoding).map(([k, v]) => [k, { contentType: v }])) }
          : {}),
      };
    }
    const ex = EXAMPLES[`${r.method} ${r.url}`];
    if (ex?.request && op.requestBody?.content?.['application/json'])
      op.requestBody.content['application/json'].example = ex.request;
    if (ex?.response) {
      const ok = Object.keys(op.responses).find((s) => s.startsWith('2'));
      const content = ok && op.responses[ok].content?.['application/json'];
      if (content) content.example = ex.response;
    }
  }
  return doc;
}

/** `POST /api/communities/:communityId/tickets/:id/support` → `postCommunitiesTicketsSupport`-like stable names. */
function operationId(r: RouteDoc): string {
  const words = r.url
    .replace(/^\/api\//, '')
    .split('/')
    .filter((s) => !s.startsWith(':'))
    .flatMap((s) => s.split(/[-_.]/));
  const byParam = r.url
    .split('/')
    .filter((s, i, all) => s.startsWith(':') && (s !== ':communityId' || i === all.length - 1))
    .map((s) => `By${s[1].toUpperCase()}${s.slice(2)}`);
  return r.method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('') + byParam.join('');
}

function routeDoc(route: RouteOptions): RouteDoc[] {
  const schema = (route.schema ?? {}) as Json;
  const config = (route.config ?? {}) as Json;
  return [route.method]
    .flat()
    .filter((m) => m !== 'HEAD')
    .map((method) => ({
      method,
      url: route.url,
      access: config.access,
      errors: config.errors ?? {},
      idempotent: config.idempotent === true,
      upload: config.upload,
      hasBody: Boolean(schema.body),
      hasInput: Boolean(schema.body || schema.querystring || schema.params),
    }));
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The /api routes as the document describes them, for the tests that hold the server to it. */
    apiRoutes: RouteDoc[];
  }
}

/** The OpenAPI document at /api/openapi.json and its viewer at /api/docs. */
export default fp(async function openApi(app: FastifyInstance) {
  const routes: RouteDoc[] = [];
  app.decorate('apiRoutes', routes);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs'))
      routes.push(...routeDoc(route as RouteOptions));
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Gongzhi 共治 API',
        version: '0.1.0',
        description:
          'Co-governance platform for residential communities. Sign in with POST /api/auth/login; the session cookie authorises the rest. Guide: docs/api.md.',
      },
      servers: [{ url: '/', description: 'The platform itself: the same origin as its web app' }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gz_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (d) => complete(('openapiObject' in d ? d.openapiObject : d.swaggerObject) as Json, routes),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
});
