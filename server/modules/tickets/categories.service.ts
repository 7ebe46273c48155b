import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import type { Conn } from '../../core/db/kysely';
import { features, modelScores, trainModel, type CategoryModel, type Sample } from './category-model';
import training from './category-train.json';
import samples from './category-samples.json';
import './tickets.tables';

export interface CategoryRuleT {
  code: string;
  labelZh: string;
  labelEn: string;
  keywords: string[];
  responseHoursNormal: number;
  resolutionHoursNormal: number;
  responseHoursUrgent: number;
  resolutionHoursUrgent: number;
  active: boolean;
}

const D = {
  responseHoursNormal: 24,
  resolutionHoursNormal: 7 * 24,
  responseHoursUrgent: 2,
  resolutionHoursUrgent: 24,
  active: true,
};

/** The default categories (SPEC §2) with the words residents use for them; a community may override any. */
export const DEFAULT_CATEGORIES: CategoryRuleT[] = [
  {
    code: 'parking',
    labelZh: '停车',
    labelEn: 'Parking',
    ...D,
    keywords: [
      '停车',
      '车位',
      '停车位',
      '占道',
      '外来车辆',
      '道闸',
      '抬杆',
      '挪车',
      '乱停',
      '停车费',
      '临停',
      '车辆',
      '电动车',
      '非机动车',
      '充电桩',
      '堵车',
      '拥堵',
      '堵住',
      '通行',
      'ETC',
      '僵尸车',
      '私家车',
      '停车场',
      '汽车',
      '货车',
      '出入口',
      '门岗',
      '停',
      '车子',
      '排队',
      '挡路',
      '三轮车',
      '堵',
    ],
  },
  {
    code: 'greening',
    labelZh: '绿化',
    labelEn: 'Greening',
    ...D,
    keywords: [
      '绿化',
      '树',
      '树枝',
      '树木',
      '大树',
      '草坪',
      '草地',
      '修剪',
      '杂草',
      '绿植',
      '花坛',
      '补种',
      '枯死',
      '树叶',
      '落叶',
      '砍树',
      '毁绿',
      '种菜',
      '挡光',
      '虫子',
      '蚊子',
      '灌木',
      '樱花',
      '石楠',
      '绿篱',
      '花草',
      '绿地',
      '竹子',
      '梧桐',
      '种',
    ],
  },
  {
    code: 'leak',
    labelZh: '漏水渗水',
    labelEn: 'Leaks',
    ...D,
    keywords: [
      '漏水',
      '渗水',
      '滴水',
      '返潮',
      '霉',
      '发霉',
      '水渍',
      '天花板',
      '屋顶',
      '屋面',
      '防水',
      '积水',
      '水管',
      '爆管',
      '下水管',
      '外墙',
      '漏雨',
      '下雨',
      '渗漏',
      '水表',
      '淹',
      '湿',
      '潮湿',
      '漏',
      '梅雨',
    ],
  },
  {
    code: 'repair',
    labelZh: '设施报修',
    labelEn: 'Repairs',
    ...D,
    keywords: [
      '坏',
      '坏了',
      '损坏',
      '维修',
      '报修',
      '修理',
      '修',
      '门禁',
      '单元门',
      '楼道门',
      '扶手',
      '井盖',
      '路面',
      '坑',
      '坑洼',
      '破损',
      '松动',
      '脱落',
      '健身器材',
      '座椅',
      '信箱',
      '晾衣架',
      '防盗门',
      '台阶',
      '地砖',
      '下水道',
      '堵塞',
      '化粪池',
      '窨井',
      '排水',
      '卡住',
      '塌',
      '玻璃',
      '碎',
      '窗户',
      '围墙',
      '墙皮',
      '自动门',
    ],
  },
  {
    code: 'sanitation',
    labelZh: '环境卫生',
    labelEn: 'Sanitation',
    ...D,
    keywords: [
      '垃圾',
      '垃圾房',
      '垃圾桶',
      '垃圾分类',
      '清运',
      '卫生',
      '脏',
      '臭',
      '异味',
      '保洁',
      '打扫',
      '清扫',
      '堆物',
      '杂物',
      '楼道堆物',
      '狗屎',
      '粪便',
      '老鼠',
      '蟑螂',
      '污水',
      '乱扔',
      '建筑垃圾',
      '装修垃圾',
      '大件垃圾',
      '苍蝇',
      '烟头',
      '小广告',
      '烂菜叶',
      '河道',
      '灰',
      '味道',
      '养鸡',
      '烧纸',
      '扔',
    ],
  },
  {
    code: 'security',
    labelZh: '治安',
    labelEn: 'Security',
    ...D,
    keywords: [
      '偷',
      '被偷',
      '小偷',
      '盗窃',
      '失窃',
      '陌生人',
      '可疑',
      '监控',
      '摄像头',
      '安全',
      '隐患',
      '消防',
      '消防通道',
      '灭火器',
      '火灾',
      '门卫',
      '保安',
      '巡逻',
      '诈骗',
      '推销',
      '传销',
      '翻墙',
      '高空抛物',
      '群租',
      '报警',
      '岗亭',
      '门卫室',
      '闹事',
      '护栏',
      '明火',
      '冒充',
      '起火',
      '没锁',
      '抛物',
      '危险',
    ],
  },
  {
    code: 'neighbour',
    labelZh: '邻里纠纷',
    labelEn: 'Neighbour disputes',
    ...D,
    keywords: [
      '邻居',
      '噪音',
      '吵',
      '吵闹',
      '扰民',
      '装修',
      '半夜',
      '狗叫',
      '养狗',
      '遛狗',
      '宠物',
      '猫',
      '鸽子',
      '占用',
      '纠纷',
      '吵架',
      '矛盾',
      '隔壁',
      '对门',
      '广场舞',
      '私拉',
      '晾晒',
      '侵占',
      '油烟',
      '协调',
      '调解',
      '过道',
      '隐私',
      '楼上',
      '楼下',
      '吵起来',
    ],
  },
  {
    code: 'registration',
    labelZh: '户籍证照',
    labelEn: 'Registration and papers',
    ...D,
    keywords: [
      '户口',
      '迁户口',
      '落户',
      '户籍',
      '居住证',
      '身份证',
      '证明',
      '开证明',
      '证件',
      '办证',
      '社保',
      '医保',
      '养老金',
      '低保',
      '补贴',
      '申请',
      '手续',
      '材料',
      '盖章',
      '准生证',
      '出生',
      '入学',
      '档案',
      '退休',
      '老年卡',
      '敬老卡',
      '登记',
      '补助',
      '咨询',
    ],
  },
  {
    code: 'power',
    labelZh: '电力电路',
    labelEn: 'Power and wiring',
    ...D,
    keywords: [
      '停电',
      '跳闸',
      '电路',
      '电线',
      '电箱',
      '电表',
      '路灯',
      '灯',
      '不亮',
      '楼道灯',
      '照明',
      '电梯',
      '供电',
      '电压',
      '漏电',
      '飞线',
      '充电',
      '插座',
      '电缆',
      '配电',
      '变压器',
      '灯泡',
      '黑',
      '没电',
      '声控灯',
      '嗡嗡',
      '电',
    ],
  },
  { code: 'other', labelZh: '其他', labelEn: 'Other', ...D, keywords: [] },
];

let jieba: Jieba | undefined;
/**
 * One segmenter per process, made at the first suggestion: importing @node-rs/jieba/dict reads 11 MB
 * of dictionaries (dict.txt and idf.txt) and building the segmenter takes ~100 ms, which a server
 * that is only starting, or never files a ticket, should not pay.
 */
export function segmenter(): Jieba {
  return (jieba ??= Jieba.withDict(createRequire(import.meta.url)('@node-rs/jieba/dict').dict));
}

/** Every labelled report the project holds for training (the base model's, and each community's under its lessons). */
export function trainingSamples(): Sample[] {
  return [...training, ...samples].map(([text, code]): Sample => [text, code]);
}

let base: CategoryModel | undefined;
/**
 * The model learned from every labelled report the project holds for training (category-train.json and
 * category-samples.json); built at the first suggestion (~1,000 reports, tens of milliseconds). The
 * held-out sets (category-heldout.json, category-test.json) never go into it: they measure it.
 */
export function baseModel(): CategoryModel {
  return (base ??= trainModel(
    trainingSamples().map((sample) => ({ sample })),
    (t) => segmenter().cut(t, true),
  ));
}

/**
 * How much one hit of a category's default keywords counts against the model, in log-odds (a hit makes
 * the category ~2.7 times likelier). Chosen on category-heldout.json, where 0 to 3 all scored within a
 * point: the model has learned most of what the lists say.
 */
const DEFAULT_KEYWORD_WEIGHT = 1;

/** 2 for each keyword that is a whole word of the text, 1 for one found only inside a longer word. */
function keywordHits(keywords: string[], clean: string, words: Set<string>): number {
  let hits = 0;
  for (const k of keywords) {
    const w = k.toLowerCase();
    if (words.has(w)) hits += 2;
    else if (clean.includes(w)) hits += 1;
  }
  return hits;
}

/**
 * Suggests a category from free text, segmented with jieba. A keyword that a community's staff added to
 * a category (one not in that category's defaults, or any keyword of a category they created) is their
 * explicit rule and decides: the category with the most such hits wins. Otherwise the model scores each
 * active category by the words and character pairs residents used for it, and the default keywords add
 * to that score. Confidence is the winner's probability among the active categories (1 when a staff rule
 * decided). A text with no word the model knows and no keyword gets the fallback with confidence 0.
 */
export function suggestCategory(
  text: string,
  rules: CategoryRuleT[],
  model: CategoryModel = baseModel(),
): { category: string; confidence: number } {
  const clean = text.trim().toLowerCase();
  const fallback = rules.find((r) => r.code === 'other' && r.active)
    ? 'other'
    : (rules.find((r) => r.active)?.code ?? 'other');
  const active = rules.filter((r) => r.active);
  if (!clean || active.length === 0) return { category: fallback, confidence: 0 };
  const cut = segmenter().cut(clean, true);
  const words = new Set(cut);
  const { scores, known } = modelScores(
    model,
    features(clean, () => cut),
  );
  const lowest = Math.min(...scores.values());
  let defaultHits = 0;
  const scored = active.map((r) => {
    const defaults = new Set(DEFAULT_CATEGORIES.find((d) => d.code === r.code)?.keywords ?? []);
    const own = keywordHits(
      r.keywords.filter((k) => !defaults.has(k)),
      clean,
      words,
    );
    const hits = keywordHits(
      r.keywords.filter((k) => defaults.has(k)),
      clean,
      words,
    );
    defaultHits += hits;
    return { code: r.code, own, score: (scores.get(r.code) ?? lowest) + DEFAULT_KEYWORD_WEIGHT * hits };
  });
  const ruled = scored.filter((x) => x.own > 0);
  if (ruled.length) {
    const top = ruled.reduce((a, b) => (b.own > a.own || (b.own === a.own && b.score > a.score) ? b : a));
    return { category: top.code, confidence: 1 };
  }
  if (known === 0 && defaultHits === 0) return { category: fallback, confidence: 0 };
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const sum = scored.reduce((a, x) => a + Math.exp(x.score - best.score), 0);
  return { category: best.code, confidence: Math.round((1 / sum) * 100) / 100 };
}

/** The community's rules: its own rows override the defaults code by code; new codes are added. */
export async function categoryRules(conn: Conn, communityId: string): Promise<CategoryRuleT[]> {
  const rows = await conn
    .selectFrom('ticket_categories')
    .selectAll()
    .where('community_id', '=', communityId)
    .orderBy('position')
    .execute();
  const own = new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        labelZh: r.label_zh,
        labelEn: r.label_en,
        keywords: r.keywords,
        responseHoursNormal: r.response_hours_normal,
        resolutionHoursNormal: r.resolution_hours_normal,
        responseHoursUrgent: r.response_hours_urgent,
        resolutionHoursUrgent: r.resolution_hours_urgent,
        active: r.active,
      } satisfies CategoryRuleT,
    ]),
  );
  const merged = DEFAULT_CATEGORIES.map((d) => own.get(d.code) ?? d);
  for (const [code, r] of own) if (!DEFAULT_CATEGORIES.some((d) => d.code === code)) merged.push(r);
  return merged;
}

/** Response and resolution windows (ms) of a category at an urgency. */
export function deadlinesOf(
  rule: CategoryRuleT | undefined,
  urgency: string,
): { responseMs: number; resolutionMs: number } {
  const r = rule ?? DEFAULT_CATEGORIES[DEFAULT_CATEGORIES.length - 1];
  const h = 3600_000;
  return urgency === 'urgent'
    ? { responseMs: r.responseHoursUrgent * h, resolutionMs: r.resolutionHoursUrgent * h }
    : { responseMs: r.responseHoursNormal * h, resolutionMs: r.resolutionHoursNormal * h };
}
