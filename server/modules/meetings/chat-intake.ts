/**
 * Splits a block pasted from a WeChat group export into messages that may be tickets. Exports come
 * in two shapes — "2026-05-03 19:42 张阿姨: text" (text on the same line or the next ones) and
 * "张阿姨 19:42" with the text below — mixed with date separators, stickers and system lines.
 */

export interface ChatMessage {
  speaker: string;
  time: string | null;
  text: string;
  lines: [number, number];
}
export interface SkippedLine {
  line: number;
  text: string;
  reason: 'system' | 'sticker' | 'chatter' | 'unparsed';
}

const DATE = String.raw`(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?`;
const TIME = String.raw`(\d{1,2}:\d{2})(?::\d{2})?`;
/** "2026-05-03 19:42 张阿姨: …" or "19:42 张阿姨：…" */
const HEAD_TIME_FIRST = new RegExp(String.raw`^(?:${DATE}\s+)?${TIME}\s+([^\s:：]{1,24})\s*[:：]\s*(.*)$`);
/** "张阿姨 19:42" or "张阿姨 2026-05-03 19:42" on a line of its own */
const HEAD_NAME_FIRST = new RegExp(String.raw`^([^\s:：\d\[][^\s:：]{0,23})\s+(?:${DATE}\s+)?${TIME}$`);
const DATE_LINE = new RegExp(String.raw`^[\s—\-=]*${DATE}(?:\s*(?:星期|周)[一二三四五六日天])?[\s—\-=]*$`);
const SYSTEM =
  /加入了群聊|加入群聊|撤回了一条消息|移出了群聊|退出了群聊|修改群名为|成为新群主|都不是朋友关系|以上是打招呼的内容|拍了拍|开启了群聊邀请确认|你已添加了|邀请你加入了群聊/;
const TOKEN = /\[[\u4e00-\u9fa5A-Za-z]{1,5}\]/g;
const EMOJI = /[\p{Extended_Pictographic}\u200d\ufe0f]/gu;
/** Words that precede a time in ordinary text ("明天 19:30") and are not speakers. */
const NOT_SPEAKER =
  /^(今天|明天|昨天|后天|早上|上午|中午|下午|晚上|傍晚|凌晨|周[一二三四五六日天]|星期[一二三四五六日天]|大概|约|到)$/;
const CHATTER =
  /^(好的?呀?|好滴|收到了?|谢谢.*|感谢.*|辛苦了?.*|嗯+|哦+|噢+|是的|对的?|ok|OK|赞|\+1|哈+|同意|支持|了解|明白了?)[!！。.~～,，]*$/;

const pad = (n: string) => n.padStart(2, '0');

export function parseChatExport(input: string): { messages: ChatMessage[]; skipped: SkippedLine[] } {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  const messages: ChatMessage[] = [];
  const skipped: SkippedLine[] = [];
  let date: string | null = null;
  let cur: { speaker: string; time: string | null; body: string[]; start: number; end: number } | null = null;

  const flush = () => {
    if (!cur) return;
    const text = cur.body
      .map((l) => l.replace(TOKEN, '').replace(EMOJI, '').trim())
      .filter(Boolean)
      .join('\n')
      .trim();
    if (!text)
      skipped.push({ line: cur.start, text: `${cur.speaker}: ${cur.body.join(' ')}`.trim(), reason: 'sticker' });
    else if (CHATTER.test(text) || [...text].length < 4)
      skipped.push({ line: cur.start, text: `${cur.speaker}: ${text}`, reason: 'chatter' });
    else messages.push({ speaker: cur.speaker, time: cur.time, text, lines: [cur.start, cur.end] });
    cur = null;
  };
  const at = (y?: string, mo?: string, d?: string, time?: string) => {
    if (y) date = `${y}-${pad(mo!)}-${pad(d!)}`;
    const t = time ? time.padStart(5, '0') : null;
    return t ? (date ? `${date} ${t}` : t) : null;
  };

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (!line) return;
    let m: RegExpMatchArray | null;
    if ((m = line.match(DATE_LINE))) {
      flush();
      date = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
      return;
    }
    if (SYSTEM.test(line)) {
      flush();
      skipped.push({ line: n, text: line, reason: 'system' });
      return;
    }
    if ((m = line.match(HEAD_TIME_FIRST))) {
      flush();
      cur = { speaker: m[5], time: at(m[1], m[2], m[3], m[4]), body: m[6] ? [m[6]] : [], start: n, end: n };
      return;
    }
    if ((m = line.match(HEAD_NAME_FIRST)) && !NOT_SPEAKER.test(m[1])) {
      flush();
      cur = { speaker: m[1], time: at(m[2], m[3], m[4], m[5]), body: [], start: n, end: n };
      return;
    }
    if (!cur) {
      skipped.push({
        line: n,
        text: line,
        reason: line.replace(TOKEN, '').replace(EMOJI, '').trim() ? 'unparsed' : 'sticker',
      });
      return;
    }
    cur.body.push(line);
    cur.end = n;
  });
  flush();
  return { messages, skipped: skipped.sort((a, b) => a.line - b.line) };
}
