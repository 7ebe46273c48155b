import { v7 } from 'uuid';

/** UUIDv7: time-ordered, made by the app, never a serial. */
export const newId = (): string => v7();

export { nowIso } from './context';

/** JSON text for a `json` column. */
export const json = (v: unknown): string => JSON.stringify(v ?? null);
