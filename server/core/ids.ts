import { v7 } from 'uuid';

/** UUIDv7: time-ordered, made by the app, never a serial. */
export const newId = (): string => v7();

/** Now as ISO-8601 UTC text with milliseconds — the one time format stored and compared. */
export const nowIso = (): string => new Date().toISOString();

/** JSON text for a `json` column. */
export const json = (v: unknown): string => JSON.stringify(v ?? null);
