import { currentLang, type Lang } from '../app/i18n';

// One formatter per language, made once: `toLocaleString(lang, options)` builds a new Intl.DateTimeFormat on every
// call (~0.2 ms each, 4× that on a slow phone), which a page of timestamps pays dozens of times.
const formatters = new Map<Lang, Intl.DateTimeFormat>();

/** A date-time in the current language, local time, to the minute. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const lang = currentLang();
  let f = formatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(lang, f);
  }
  return f.format(new Date(iso));
}

let yuanFormat: Intl.NumberFormat | undefined;
/** Fen (money is stored in whole fen) as yuan with two decimals and thousands separators: 241000 → 2,410.00. */
export function fenAsYuan(fen: number): string {
  // Made on first use: building a formatter loads the locale's data (~15 ms on a slow phone), which a page showing
  // no money should not pay when this file loads.
  yuanFormat ??= new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return yuanFormat.format(fen / 100);
}
