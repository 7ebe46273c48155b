/**
 * Deterministic generators for demo people: a seeded PRNG, Chinese names that fit the birth
 * decade, obviously fake phone numbers (170 prefix) and resident ID numbers with a valid check digit.
 */

/** mulberry32: small, fast, good enough for demo data, and the same sequence for the same seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}
export type Rng = ReturnType<typeof prng>;

// Local Songjiang surnames first (沈, 陆, 顾, 朱, 徐…), then the common national ones; repeats weight them.
const SURNAMES = [
  ...'张张张王王王陈陈陈沈沈沈陆陆顾顾朱朱徐徐周周吴吴钱钱李李杨黄孙金胡姚许曹蒋唐蔡俞倪范潘邱夏施奚卫盛龚严汤宋戴马郭何高林罗郑梁谢韩冯邓彭曾肖田董袁于杜叶程苏魏吕丁任姜钟谭汪方邹孟秦江薛段雷侯史陶贺毛郝万孔',
];

// Given names by birth decade band and gender: a 1940s 秀英 and a 2015 梓涵 should not swap places.
const GIVEN: Record<'old' | 'mid' | 'young' | 'kid', Record<'male' | 'female', string[]>> = {
  old: {
    male: [
      '建国',
      '国华',
      '根生',
      '金宝',
      '福林',
      '永康',
      '德明',
      '桂生',
      '伯荣',
      '宝根',
      '锦荣',
      '顺发',
      '荣根',
      '国平',
      '金海',
      '福根',
      '志祥',
      '雪根',
      '兴华',
      '关林',
    ],
    female: [
      '秀英',
      '桂英',
      '凤英',
      '金妹',
      '玉珍',
      '秀珍',
      '月娥',
      '杏娣',
      '彩娣',
      '菊英',
      '美华',
      '素珍',
      '爱珍',
      '根娣',
      '惠珍',
      '兰英',
      '巧英',
      '梅芳',
      '雅琴',
      '林娣',
    ],
  },
  mid: {
    male: [
      '建华',
      '卫东',
      '国庆',
      '建军',
      '伟民',
      '志明',
      '永明',
      '海平',
      '雪峰',
      '春林',
      '晓东',
      '建平',
      '国良',
      '卫国',
      '跃进',
      '勇',
      '明华',
      '志勇',
      '建明',
      '忠良',
    ],
    female: [
      '红梅',
      '丽华',
      '建英',
      '玉芳',
      '美芳',
      '秀兰',
      '雪芳',
      '卫红',
      '春燕',
      '海燕',
      '丽萍',
      '惠芳',
      '静',
      '敏',
      '燕',
      '琴',
      '红英',
      '月琴',
      '金凤',
      '美娟',
    ],
  },
  young: {
    male: [
      '磊',
      '伟',
      '杰',
      '军',
      '涛',
      '斌',
      '俊',
      '浩',
      '晨',
      '健',
      '峰',
      '鹏',
      '超',
      '强',
      '晓峰',
      '文杰',
      '佳俊',
      '志强',
      '海涛',
      '俊杰',
    ],
    female: [
      '婷',
      '静',
      '丽',
      '燕',
      '芳',
      '晶',
      '颖',
      '佳',
      '雯',
      '洁',
      '莉',
      '蕾',
      '倩',
      '晓燕',
      '雪莲',
      '佳怡',
      '丹丹',
      '婷婷',
      '燕萍',
      '晓丽',
    ],
  },
  kid: {
    male: [
      '子轩',
      '浩然',
      '宇航',
      '梓豪',
      '俊熙',
      '一鸣',
      '皓轩',
      '思远',
      '嘉诚',
      '沐阳',
      '奕辰',
      '天佑',
      '承泽',
      '睿',
      '辰逸',
      '宇轩',
      '铭泽',
      '子墨',
      '博文',
      '锦程',
    ],
    female: [
      '梓涵',
      '欣怡',
      '诗涵',
      '雨桐',
      '可馨',
      '佳琪',
      '思彤',
      '一诺',
      '语嫣',
      '若曦',
      '紫萱',
      '欣然',
      '梦瑶',
      '心怡',
      '子涵',
      '沐晴',
      '雨萱',
      '芷若',
      '安然',
      '思琪',
    ],
  },
};

export type Gender = 'male' | 'female';

export function surname(rng: Rng): string {
  return rng.pick(SURNAMES);
}

/** A given name typical of people born in `year`. */
export function givenName(rng: Rng, gender: Gender, year: number): string {
  const band = year < 1958 ? 'old' : year < 1978 ? 'mid' : year < 2000 ? 'young' : 'kid';
  return rng.pick(GIVEN[band][gender]);
}

/** Birth date (YYYY-MM-DD) of someone `age` years old on `today`. */
export function birthDateForAge(rng: Rng, age: number, today: Date): string {
  const born = new Date(Date.UTC(today.getUTCFullYear() - age, today.getUTCMonth(), today.getUTCDate()));
  born.setUTCDate(born.getUTCDate() - rng.int(1, 364));
  return born.toISOString().slice(0, 10);
}

/**
 * The n-th fake mobile number: 170 (a virtual-operator block, never a real resident's number here)
 * followed by a bijective scramble of n, so numbers look varied yet never repeat below 9×10⁷.
 */
export function fakePhone(n: number): string {
  const x = (n * 7_368_787 + 1_234_567) % 90_000_000; // multiplier coprime with 9·10⁷: a permutation
  return `170${String(x + 10_000_000).padStart(8, '0')}`;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** An 18-character resident ID for Songjiang (310117) with the given birth date; odd sequence = male. */
export function idNumber(birthDate: string, gender: Gender, seq: number): string {
  const s = (seq % 500) * 2 + (gender === 'male' ? 1 : 0);
  const body = `310117${birthDate.replaceAll('-', '')}${String(s).padStart(3, '0')}`;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}
