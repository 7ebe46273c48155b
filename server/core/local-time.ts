/** The communities' clock: Asia/Shanghai, UTC+8 all year (China has one time zone and no daylight saving). */
export const BEIJING_OFFSET_MS = 8 * 3600_000;

/** `2026-12-03` for an instant, in Beijing time. */
export const beijingDay = (iso: string) => new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

/** `12-03 18:00` for an instant, in Beijing time (how a message names a deadline). */
export const beijingMinute = (iso: string) =>
  new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString().slice(5, 16).replace('T', ' ');
