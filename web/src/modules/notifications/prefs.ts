import type { NotifyGroup } from '../../../../contract/notifications';
import { call, client, type Answer } from '../../lib/api';

export type Prefs = Answer<'/api/notification-prefs'>;
export type PrefsBody = Omit<Prefs, 'phoneMasked' | 'smsAvailable'>;
// Spelled out rather than imported: the contract's module carries zod, which the phone pages must not load.
// A Record over the type makes a group added to the contract fail type-checking here until it is listed.
const ORDER: Record<NotifyGroup, number> = {
  tickets: 0,
  consultations: 1,
  meetings: 2,
  topics: 3,
  property: 4,
  community: 5,
  digest: 6,
};
export const GROUPS = (Object.keys(ORDER) as NotifyGroup[]).sort((a, b) => ORDER[a] - ORDER[b]);

/**
 * Saves my preferences (console and H5 alike); answers what the server kept. Only the fields the route takes are
 * sent (the form starts from the answer, which also carries phoneMasked and smsAvailable; the route refuses extras).
 */
export function savePrefs(v: PrefsBody): Promise<Prefs> {
  const body: PrefsBody = {
    sms: v.sms,
    smsKinds: v.smsKinds ?? [],
    quietStart: hhmm(v.quietStart),
    quietEnd: hhmm(v.quietEnd),
    digest: v.digest,
  };
  return call(client.PUT('/api/notification-prefs', { body }));
}

/** `HH:MM` as the server takes it, from what a time input gives (`HH:MM` or `HH:MM:SS`). */
export const hhmm = (v: string) => v.slice(0, 5);
