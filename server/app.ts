import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Config } from './core/config';
import type { Database } from './core/db/kysely';
import { systemClock, type AppContext, type Clock } from './core/context';
import { AppError, errors, refuseNul } from './core/errors';
import { maskInText, Secrets } from './core/pii';
import authPlugin from './core/auth/auth.plugin';
import authRoutes from './core/auth/auth.routes';
import routeAccess from './core/policy/route-access';
import openApi from './openapi/document';
import { installedModules } from './modules';

export interface BuildOptions {
  config: Config;
  database: Database;
  secret: string;
  clock?: Clock;
  /** Where pino writes; tests pass a stream to inspect logs. */
  logStream?: NodeJS.WritableStream;
}

/** Builds the whole app: core plugins first, then every module under /api. */
export async function buildApp(o: BuildOptions): Promise<FastifyInstance> {
  let sendPage: PageSender | undefined;
  const { config } = o;
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            stream: o.logStream,
            // Never log secrets or full personal numbers, whatever a route puts in a log line.
            redact: {
              paths: [
                'req.headers.cookie',
                'req.headers.authorization',
                'res.headers["set-cookie"]',
                '*.password',
                '*.idNumber',
                '*.phone',
              ],
              censor: '[redacted]',
            },
            serializers: {
              req: (req) => ({ method: req.method, url: urlForLog(req.url), ip: req.ip }),
            },
          },
    // A hop count as Fastify's own rule for numbers (the typings accept only the function form).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_addr: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // Errors the router raises before any route runs (over-long or malformed URLs) get the same shape; a malformed
    // page address (a QR code printed or scanned badly) opens its page instead, which says it found nothing.
    frameworkErrors: (err, req, reply) => {
      if ((err as FastifyError).code !== 'FST_ERR_MAX_PARAM_LENGTH' && sendPage?.(req, reply as FastifyReply, 400))
        return;
      const e =
        (err as FastifyError).code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? new AppError('uri_too_long', 414, '地址太长', 'The URL is too long')
          : new AppError('bad_url', 400, '地址格式不正确', 'The URL is malformed');
      sendError(req, reply, e);
    },
  });

  const ctx: AppContext = {
    config,
    database: o.database,
    db: o.database.db,
    secrets: new Secrets(o.secret),
    clock: o.clock ?? systemClock,
  };
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) =>
    sendError(req, reply, toAppError(err, req)),
  );
  // U+0000 is refused in the URL and in JSON bodies before any route runs (see refuseNul).
  app.addHook('preValidation', async (req) => {
    if (/%00/.test(req.url)) throw errors.nulCharacter();
    refuseNul(req.body);
  });

  // Answers under /api carry personal data or depend on who asks: no cache (shared or not) may keep them,
  // unless a route says otherwise (ticket photos: `private`, the browser's own cache only).
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its CSS at run time; scripts stay strict.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(openApi);
  await app.register(routeAccess);
  await app.register(authPlugin);

  await app.register(
    async (api) => {
      api.get(
        '/health',
        {
          config: { access: { public: true } },
          schema: { tags: ['system'], summary: 'Liveness and database check' },
        },
        async () => {
          await app.ctx.db.selectFrom('audit_heads').select('chain').limit(1).execute();
          return { status: 'ok', database: app.ctx.database.dialect };
        },
      );
      api.get('/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      await api.register(authRoutes);
      for (const m of installedModules()) await api.register(m);
    },
    { prefix: '/api' },
  );

  sendPage = registerWeb(app, config.webDist);
  return app;
}

/**
 * A URL as a log line may show it: decoded first (`%2B86%20170…` is a phone too), numbers masked, and
 * one-time join codes (`/h5/join?code=…`, as good as a password until used) left out.
 */
export function urlForLog(url: string): string {
  let text = url;
  try {
    text = decodeURIComponent(url);
  } catch {
    // A malformed escape: mask what is there.
  }
  return maskInText(text).replace(/([?&]code=)[^&#]*/gi, '$1[redacted]');
}

/** Maps anything thrown during a request to an AppError; unexpected ones are logged and become a 500. */
function toAppError(err: FastifyError | AppError | Error, req: FastifyRequest): AppError {
  if (err instanceof AppError) return err;
  const fe = err as FastifyError;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) return errors.tooLarge();
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.statusCode === 415) return errors.unsupportedMedia();
  if (
    fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    err instanceof SyntaxError ||
    fe.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH'
  )
    return errors.malformedJson();
  // The one mapping from a schema's complaints (Zod's, through fastify-type-provider-zod) to `details`.
  if (fe.validation)
    return errors.validation(
      fe.validation.map((v) => ({
        path:
          (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.') ||
          ((v.params as { issue?: { path?: unknown[] } }).issue?.path ?? []).join('.'),
        message: v.message,
      })),
    );
  if (fe.statusCode === 404) return errors.notFound();
  // PostgreSQL's "invalid byte sequence 0x00": a NUL that came in another way (a multipart field, a spreadsheet cell).
  if ((err as { code?: string }).code === '22021') return errors.nulCharacter();
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
    return new AppError('bad_request', fe.statusCode, '请求无效', fe.message);
  req.log.error(
    { err: isResponseSerializationError(err) ? { message: err.message, cause: String(err.cause) } : err },
    'unhandled error',
  );
  return errors.internal();
}

/** `{ error: { code, message, message_zh, message_en, details? } }`; `message` follows Accept-Language. */
function sendError(req: FastifyRequest, reply: FastifyReply, e: AppError) {
  const en = String(req.headers['accept-language'] ?? '')
    .toLowerCase()
    .startsWith('en');
  if (e.headers) reply.headers(e.headers);
  return reply.code(e.status).send({
    error: {
      code: e.code,
      message: en ? e.en : e.zh,
      message_zh: e.zh,
      message_en: e.en,
      ...(e.details ? { details: e.details } : {}),
    },
  });
}

// Files under assets/ carry a content hash in their name (Vite), so they never change: cached for a year.
// Everything else (the entries' index.html) is revalidated on every visit, so a new build is seen at once.
const ASSET_CACHE = 'public, max-age=31536000, immutable';
const HTML_CACHE = 'no-cache';
export function cacheControlFor(dist: string, file: string): string {
  return path.relative(dist, file).split(path.sep)[0] === 'assets' ? ASSET_CACHE : HTML_CACHE;
}

/** Answers a page address with its entry's HTML (true), or does nothing (false): an API path, an asset, no build. */
type PageSender = (req: FastifyRequest, reply: FastifyReply, status?: number) => boolean;

/** The built web app, served by the same process; client-side routes fall back to their entry's index.html. */
function registerWeb(app: FastifyInstance, dist: string): PageSender {
  const has = fs.existsSync(path.join(dist, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt web/dist is served without a restart.
  // preCompressed: the build writes .br and .gz beside each asset (vite.config.ts), sent by Accept-Encoding,
  // so a phone on a slow network downloads a third of the bytes and the server compresses nothing per request.
  if (has) {
    app.register(fastifyStatic, {
      root: dist,
      wildcard: true,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControlFor(dist, file)),
    });
  }
  const sendPage: PageSender = (req, reply, status = 200) => {
    // A missing hashed asset (a page built before an update asking for an old chunk) is a 404, not the HTML.
    if (req.method !== 'GET' || !has || req.url.startsWith('/api/') || req.url.startsWith('/assets/')) return false;
    const entry = req.url.startsWith('/h5')
      ? 'h5/index.html'
      : req.url.startsWith('/p/')
        ? 'p/index.html'
        : 'index.html';
    if (!fs.existsSync(path.join(dist, entry))) return false;
    reply.code(status).type('text/html').header('Cache-Control', HTML_CACHE);
    // The router's own errors come before the static plugin has decorated the reply: the file as a stream there.
    if (typeof reply.sendFile === 'function') void reply.sendFile(entry, { cacheControl: false });
    else void reply.send(fs.createReadStream(path.join(dist, entry)));
    return true;
  };
  app.setNotFoundHandler((req, reply) => {
    if (sendPage(req, reply)) return reply;
    return sendError(req, reply, new AppError('not_found', 404, '没有这个地址', 'No such route'));
  });
  return sendPage;
}
