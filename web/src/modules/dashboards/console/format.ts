import type { TFunction } from 'i18next';

/** Hours with one decimal, or a dash. */
export const hoursText = (t: TFunction, h: number | null) =>
  h === null ? t('dashboards.none') : t('dashboards.hours', { n: h });
/** A histogram quantile: the upper edge of its band ("≤ 24 h"); null with data means beyond the last band. */
export const bandText = (t: TFunction, h: number | null, count: number) =>
  h !== null ? t('dashboards.atMost', { n: h }) : count ? t('dashboards.over', { n: 4320 }) : t('dashboards.none');
export const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
export const num = (v: number | null) => (v === null ? '—' : String(v));
/** Whole yuan from fen, grouped (¥100,000). */
export const yuan = (fen: number) => `¥${Math.round(fen / 100).toLocaleString('en-US')}`;
