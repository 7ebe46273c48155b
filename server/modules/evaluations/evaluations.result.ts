import { quarterRe, type RoundResult, type RubricItem } from '../../../contract/evaluations';

const round1 = (x: number) => Math.round(x * 10) / 10;
/** Quarters are the community's (Asia/Shanghai, UTC+8, no daylight saving). */
const CN_MS = 8 * 3600_000;

/** The instants [from, to) of a quarter such as `2026-Q4`, in Shanghai time. */
export function quarterBounds(quarter: string): { from: string; to: string } {
  const m = quarterRe.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  const year = Number(m[1]);
  const q = Number(m[2]);
  const from = Date.UTC(year, (q - 1) * 3, 1) - CN_MS;
  const to = Date.UTC(year, q * 3, 1) - CN_MS;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The quarter an instant falls in, in Shanghai time. */
export function quarterOf(ms: number): string {
  const d = new Date(ms + CN_MS);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

export type Sheet = Record<string, { score: number; comment: string }>;

/**
 * The result of a round: per item the mean of the members who scored it, lowest, highest and spread, and
 * the weighted mean of the item means. A member who did not score is absent — left out of every mean,
 * never counted as zero — and reported as such.
 */
export function computeResult(items: RubricItem[], members: number, sheets: Sheet[]): RoundResult {
  const totalWeight = items.reduce((a, i) => a + i.weight, 0);
  const out = items.map((item) => {
    const given = sheets.map((s) => s[item.key]).filter((x): x is Sheet[string] => !!x);
    const scores = given.map((g) => g.score);
    const mean = scores.length ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
    const min = scores.length ? Math.min(...scores) : null;
    const max = scores.length ? Math.max(...scores) : null;
    return {
      key: item.key,
      labelZh: item.labelZh,
      weight: item.weight,
      mean,
      min,
      max,
      spread: min === null || max === null ? null : max - min,
      comments: given.map((g) => g.comment).filter((c) => c.length > 0),
    };
  });
  // The mean of unrounded item means, so rounding happens once.
  const exact = items.map((item) => {
    const scores = sheets.map((s) => s[item.key]?.score).filter((x): x is number => typeof x === 'number');
    return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  });
  const score =
    sheets.length && totalWeight
      ? round1(items.reduce((a, item, i) => a + item.weight * (exact[i] ?? 0), 0) / totalWeight)
      : null;
  return { score, members, scored: sheets.length, absent: members - sheets.length, items: out };
}

/** What is wrong with a sheet against the rubric: every item scored once, a whole number 0–100, nothing else. */
export function sheetProblems(items: RubricItem[], sheet: Sheet): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  for (const item of items) {
    const s = sheet[item.key];
    if (!s) problems.push({ path: `items.${item.key}`, message: 'not scored' });
    else if (!Number.isInteger(s.score) || s.score < 0 || s.score > 100)
      problems.push({ path: `items.${item.key}.score`, message: 'a whole number from 0 to 100' });
  }
  for (const k of Object.keys(sheet))
    if (!items.some((i) => i.key === k)) problems.push({ path: `items.${k}`, message: 'not an item of this rubric' });
  return problems;
}
