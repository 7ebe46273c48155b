import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { AppError } from './errors';

/**
 * Outbound calls to addresses staff type in (webhooks): https to public addresses only, so the
 * settings page cannot be used to probe or reach the server's own network. The name is resolved
 * before every call and the connection goes to the address that was checked (a `lookup` hook of the
 * request), so a name that resolves public at setup and private later (DNS rebinding) is refused too.
 * Operators may allow their own relays by address or CIDR (GONGZHI_WEBHOOK_ALLOW); those may use http.
 */

// Special-purpose ranges (IANA registries): loopback, private, link-local, CGNAT, documentation, multicast, reserved.
const SPECIAL = new net.BlockList();
for (const [a, p] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  SPECIAL.addSubnet(a, p, 'ipv4');
for (const [a, p] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  SPECIAL.addSubnet(a, p, 'ipv6');

/** Whether an IP address is on the public internet (IPv4-mapped IPv6 judged by its IPv4). */
export function isPublicAddress(ip: string): boolean {
  const mapped = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped) return isPublicAddress(mapped[1]);
  const kind = net.isIP(ip);
  if (!kind) return false;
  return !SPECIAL.check(ip, kind === 4 ? 'ipv4' : 'ipv6');
}

/** A BlockList of the addresses/CIDRs an operator allows beyond public ones. */
export function allowListOf(entries: string[]): net.BlockList {
  const list = new net.BlockList();
  for (const e of entries) {
    const [addr, bits] = e.split('/');
    const type = net.isIP(addr) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(addr, type);
    else list.addSubnet(addr, Number(bits), type);
  }
  return list;
}

const allowed = (ip: string, allow: net.BlockList) =>
  isPublicAddress(ip) || allow.check(ip, net.isIP(ip) === 6 ? 'ipv6' : 'ipv4');

export const notPublic = () =>
  new AppError(
    'webhook_address_not_public',
    422,
    '通知地址必须是公网地址',
    'The webhook must be on a public internet address',
  );
const httpsOnly = () =>
  new AppError('webhook_https_only', 422, '通知地址必须以 https:// 开头', 'The webhook must be an https:// address');

/** Every address the name resolves to, each checked; refused when any is not allowed. */
export async function resolveChecked(
  hostname: string,
  allow: net.BlockList,
): Promise<Array<{ address: string; family: number }>> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addrs: Array<{ address: string; family: number }>;
  try {
    addrs = net.isIP(host)
      ? [{ address: host, family: net.isIP(host) }]
      : await dns.promises.lookup(host, { all: true, verbatim: true });
  } catch {
    throw new AppError(
      'webhook_unresolvable',
      422,
      `找不到通知地址的主机 ${host}`,
      `The webhook host ${host} cannot be resolved`,
    );
  }
  if (!addrs.length || !addrs.every((a) => allowed(a.address, allow))) throw notPublic();
  return addrs;
}

/** Checks a webhook URL as it is saved: https (http only to an allowed relay), resolving to allowed addresses. */
export async function checkWebhookUrl(url: string, allow: net.BlockList): Promise<void> {
  const u = new URL(url);
  // http only ever reaches an operator's relay: without any, it is refused before anything is resolved.
  if (u.protocol !== 'https:' && (u.protocol !== 'http:' || !allow.rules.length)) throw httpsOnly();
  const addrs = await resolveChecked(u.hostname, allow);
  const relay = addrs.every((a) => allow.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4'));
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && relay)) throw httpsOnly();
}

/**
 * POSTs JSON and answers status and text. The socket connects only to an address `resolveChecked`
 * accepted in this very call; redirects are not followed.
 */
export async function postJson(
  url: string,
  body: unknown,
  allow: net.BlockList,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  await checkWebhookUrl(url, allow);
  const u = new URL(url);
  const lookup: net.LookupFunction = (hostname, _opts, cb) => {
    resolveChecked(hostname, allow).then(
      (addrs) => (cb as (e: Error | null, a: string, f: number) => void)(null, addrs[0].address, addrs[0].family),
      (e) => cb(e, '', 0),
    );
  };
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = (u.protocol === 'https:' ? https : http).request(
      u,
      {
        method: 'POST',
        lookup,
        timeout: timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          if (text.length < 65536) text += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}
