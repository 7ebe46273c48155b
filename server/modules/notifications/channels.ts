import type { BlockList } from 'node:net';
import { postJson } from '../../core/outbound';

/**
 * An outbound channel: sends one text message to an address (a webhook URL, a phone number); throws when it was
 * not accepted. `allow`: the non-public addresses the operator allows for webhooks (core/outbound.ts).
 */
export interface Channel {
  kind: string;
  send(address: string, content: string, allow: BlockList): Promise<void>;
}

const TIMEOUT_MS = 5000;

/**
 * WeChat Work (企业微信) group robot: POST {msgtype:'text', text:{content}} to the webhook URL. It answers
 * HTTP 200 with `{"errcode":0}` on success; any other answer, status or a timeout is a failure.
 */
export const wecomRobot: Channel = {
  kind: 'wecom_robot',
  async send(url, content, allow) {
    // https to a public address, resolved and checked at this call (see postJson); no redirects.
    const res = await postJson(url, { msgtype: 'text', text: { content: content.slice(0, 2000) } }, allow, TIMEOUT_MS);
    const text = res.text;
    if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status}`);
    let body: { errcode?: number; errmsg?: string };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error('answer is not JSON');
    }
    if (body.errcode !== 0) throw new Error(`errcode ${body.errcode}: ${String(body.errmsg ?? '').slice(0, 100)}`);
  },
};

const channels = new Map<string, Channel>([[wecomRobot.kind, wecomRobot]]);

/** Another channel (the SMS gateway, when the server is configured with one: sms.ts) registers here. */
export function registerChannel(c: Channel): void {
  channels.set(c.kind, c);
}

export function unregisterChannel(kind: string): void {
  channels.delete(kind);
}

export function channelOf(kind: string): Channel | undefined {
  return channels.get(kind);
}
