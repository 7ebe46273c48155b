import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** Environment → typed configuration. DATABASE_URL picks the dialect; everything else has a safe default. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  GONGZHI_DATA_DIR: z.string().optional(),
  GONGZHI_SECRET_KEY: z.string().min(16, 'GONGZHI_SECRET_KEY must be at least 16 characters').optional(),
  GONGZHI_DEMO_PASSWORD: z.string().min(8, 'GONGZHI_DEMO_PASSWORD must be at least 8 characters').optional(),
  GONGZHI_PUBLIC_URL: z.string().url().optional(),
  GONGZHI_TRUST_PROXY: z.string().optional(),
  /** Ticket reports one account may file per hour (a script must not bury the grid teams' inbox); 0 = no limit. */
  GONGZHI_REPORTS_PER_HOUR: z.coerce.number().int().min(0).max(100_000).default(30),
  GONGZHI_JOBS_EVERY_MS: z.coerce.number().int().min(100).max(86_400_000).optional(),
  /** Addresses/CIDRs webhooks may reach besides public ones (an operator's own relay), comma-separated. */
  GONGZHI_WEBHOOK_ALLOW: z.string().optional(),
  /** An SMS gateway (docs/notifications.md): all three or none. */
  GONGZHI_SMS_URL: z.string().url().optional(),
  GONGZHI_SMS_KEY: z.string().min(1).optional(),
  GONGZHI_SMS_SIGN: z.string().min(1).max(20).optional(),
  /** Where the built web app is (default web/dist); lets several builds be served side by side. */
  GONGZHI_WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dialect: 'sqlite' | 'postgres';
  databaseUrl?: string;
  /** Directory for the SQLite file, uploads and the generated key file. */
  dataDir: string;
  secretKey?: string;
  demoPassword?: string;
  publicUrl?: string;
  /** Cookies get `Secure` when the public URL is https. */
  secureCookies: boolean;
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses/CIDRs (see trustProxyOf). */
  trustProxy: false | number | string[];
  /** Ticket reports per account and hour; 0: unlimited. */
  reportsPerHour: number;
  /** Every scheduled job at this interval instead of its own (the bench's two-server check); unset: each job's own. */
  jobsEveryMs?: number;
  /** Non-public addresses/CIDRs webhooks may reach (core/outbound.ts); empty: public addresses only. */
  webhookAllow: string[];
  /** The SMS gateway, when configured; without it messages stay in the inbox (and webhooks). */
  sms?: { url: string; key: string; sign: string };
  logLevel: string;
  /** Built web app; served by the same process when present. */
  webDist: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: { defaultDataDir?: string } = {}): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const root = path.resolve(import.meta.dirname, '../..');
  return {
    port: e.PORT,
    host: e.HOST,
    dialect: e.DATABASE_URL ? 'postgres' : 'sqlite',
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.GONGZHI_DATA_DIR ?? opts.defaultDataDir ?? path.join(root, 'data')),
    secretKey: e.GONGZHI_SECRET_KEY,
    demoPassword: e.GONGZHI_DEMO_PASSWORD,
    publicUrl: e.GONGZHI_PUBLIC_URL,
    secureCookies: (e.GONGZHI_PUBLIC_URL ?? '').startsWith('https://'),
    trustProxy: trustProxyOf(e.GONGZHI_TRUST_PROXY),
    reportsPerHour: e.GONGZHI_REPORTS_PER_HOUR,
    jobsEveryMs: e.GONGZHI_JOBS_EVERY_MS,
    webhookAllow: e.GONGZHI_WEBHOOK_ALLOW?.trim() ? addressList('GONGZHI_WEBHOOK_ALLOW', e.GONGZHI_WEBHOOK_ALLOW) : [],
    sms: smsOf(e),
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(e.GONGZHI_WEB_DIST ?? path.join(root, 'web/dist')),
  };
}

/** The SMS gateway: all three variables, or none (half a configuration is a startup error, not silence). */
function smsOf(e: z.infer<typeof Env>): Config['sms'] {
  const set = [e.GONGZHI_SMS_URL, e.GONGZHI_SMS_KEY, e.GONGZHI_SMS_SIGN].filter((v) => v !== undefined).length;
  if (set === 0) return undefined;
  if (set !== 3)
    throw new Error(
      'Invalid environment:\n  GONGZHI_SMS_URL, GONGZHI_SMS_KEY and GONGZHI_SMS_SIGN: set all three for SMS, or none',
    );
  return { url: e.GONGZHI_SMS_URL!, key: e.GONGZHI_SMS_KEY!, sign: e.GONGZHI_SMS_SIGN! };
}

/**
 * GONGZHI_TRUST_PROXY: unset/`0`/`false` trusts no proxy; a number N trusts the N nearest hops (the
 * client address is the entry N from the right of X-Forwarded-For, so `1` is one reverse proxy: it used
 * to mean "trust everything", which took the left-most entry, one the client writes itself); or a
 * comma-separated list of the proxies' addresses or CIDRs. `true` is refused: it lets any client forge
 * its address, and with it every per-address limit and every logged address.
 */
export function trustProxyOf(v: string | undefined): false | number | string[] {
  const s = (v ?? '').trim();
  if (s === '' || s === '0' || s === 'false') return false;
  if (/^\d{1,2}$/.test(s)) return Number(s);
  if (s === 'true') {
    throw new Error(
      'Invalid environment:\n  GONGZHI_TRUST_PROXY: "true" trusts every X-Forwarded-For entry, which clients can forge; give the number of proxies in front of Gongzhi (e.g. 1) or their addresses (e.g. 10.0.0.2,10.0.1.0/24)',
    );
  }
  return addressList(
    'GONGZHI_TRUST_PROXY',
    s,
    'expected 0, a number of proxy hops, or proxy addresses/CIDRs separated by commas',
  );
}

/** Comma-separated IP addresses or CIDRs, each checked; a startup error names the ones not understood. */
export function addressList(
  name: string,
  s: string,
  expected = 'expected IP addresses or CIDRs separated by commas',
): string[] {
  const list = s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const bad = list.filter((x) => {
    const [addr, bits, ...rest] = x.split('/');
    const kind = net.isIP(addr);
    return (
      !kind ||
      rest.length > 0 ||
      (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= (kind === 4 ? 32 : 128)))
    );
  });
  if (bad.length || !list.length)
    throw new Error(`Invalid environment:\n  ${name}: ${expected}; not understood: ${bad.join(', ') || s}`);
  return list;
}
