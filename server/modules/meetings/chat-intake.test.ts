import { describe, expect, it } from 'vitest';
import { parseChatExport } from './chat-intake';

/** Shaped like what staff paste from PC WeChat ("time name:" headers) and from phone exports ("name time" headers). */
const PC_EXPORT = `—————  2026-05-03  —————
2026-05-03 19:42 张阿姨:
洞北小区3号楼门口又停满了外来车辆
我们业主下班回来根本没地方停车[流泪]
2026-05-03 19:43 李师傅:
[表情]
2026-05-03 19:44 李师傅: 同意，晚上八点以后更严重
王老师 加入了群聊
"刘**"邀请"赵先生"加入了群聊
2026-05-03 19:45 王老师：5号楼2单元楼道灯不亮好几天了，老人晚上上楼很危险
2026-05-03 19:46 楼组长小陈: 收到👍
2026-05-03 19:47 张阿姨 撤回了一条消息
2026-05-03 19:50 物业小周:
[图片]
已安排电工明天上午去看楼道灯
2026-05-04 08:15 赵先生: 垃圾房门口的垃圾两天没清运了，味道很大`;

const PHONE_EXPORT = `2026年5月6日 星期三
陈阿婆 07:58
我家厨房天花板漏水，楼上装修以后开始的
好像是水管的问题
[语音]
陈阿婆 07:59
[图片]
[图片]
小区管家 08:03
陈阿婆您好，今天上午安排师傅上门
明天 19:30
业委会那边说晚上开会
“孙老伯”拍了拍“小区管家”
孙老伯 09:12
谢谢
周阿姨 21:40
楼下天天有人半夜跳广场舞，音响太吵了，孩子没法睡觉`;

describe('parseChatExport', () => {
  it('reads a PC export: same-line and next-line text, stickers, system lines, date separators', () => {
    const { messages, skipped } = parseChatExport(PC_EXPORT);
    expect(messages.map((m) => [m.speaker, m.time])).toEqual([
      ['张阿姨', '2026-05-03 19:42'],
      ['李师傅', '2026-05-03 19:44'],
      ['王老师', '2026-05-03 19:45'],
      ['物业小周', '2026-05-03 19:50'],
      ['赵先生', '2026-05-04 08:15'],
    ]);
    expect(messages[0]).toMatchObject({
      text: '洞北小区3号楼门口又停满了外来车辆\n我们业主下班回来根本没地方停车',
      lines: [2, 4],
    });
    expect(messages[2].text).toBe('5号楼2单元楼道灯不亮好几天了，老人晚上上楼很危险');
    expect(messages[3].text).toBe('已安排电工明天上午去看楼道灯');
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([
      [5, 'sticker'],
      [8, 'system'],
      [9, 'system'],
      [11, 'chatter'],
      [12, 'system'],
    ]);
  });

  it('reads a phone export with the name before the time and keeps ordinary lines that mention a time', () => {
    const { messages, skipped } = parseChatExport(PHONE_EXPORT);
    expect(messages.map((m) => [m.speaker, m.time])).toEqual([
      ['陈阿婆', '2026-05-06 07:58'],
      ['小区管家', '2026-05-06 08:03'],
      ['周阿姨', '2026-05-06 21:40'],
    ]);
    expect(messages[0].text).toBe('我家厨房天花板漏水，楼上装修以后开始的\n好像是水管的问题');
    expect(messages[1].text).toContain('明天 19:30');
    expect(skipped.map((s) => s.reason)).toEqual(['sticker', 'system', 'chatter']);
  });

  it('never throws on odd input and reports lines it cannot place', () => {
    expect(parseChatExport('').messages).toEqual([]);
    const r = parseChatExport('没有头的一行\n[表情][表情]\n\n\n19:42');
    expect(r.messages).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual(['unparsed', 'sticker', 'unparsed']);
    expect(parseChatExport('2026-05-03 19:42 张阿姨:\r\n停车太难了，每天都找不到车位\r\n').messages[0].text).toBe(
      '停车太难了，每天都找不到车位',
    );
  });
});
