/** An outbound channel: posts one text message to a configured address; throws when it was not accepted. */
export interface Channel {
  kind: string;
  send(url: string, content: string): Promise<void>;
}

const TIMEOUT_MS = 5000;

/**
 * WeChat Work (企业微信) group robot: POST {msgtype:'text', text:{content}} to the webhook URL. It answers
 * HTTP 200 with `{"errcode":0}` on success; any other answer, status or a timeout is a failure.
 */
export const wecomRobot: Channel = {
  kind: 'wecom_robot',
  async send(url, content) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'text', text: { content: content.slice(0, 2000) } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
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

/** Another channel (an SMS gateway) registers itself here. */
export function registerChannel(c: Channel): void {
  channels.set(c.kind, c);
}

export function channelOf(kind: string): Channel | undefined {
  return channels.get(kind);
}
