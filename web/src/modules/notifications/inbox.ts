import { useCallback, useEffect, useRef } from 'react';
import { currentLang } from '../../app/i18n';
import { call, client, type Item } from '../../lib/api';
import { useApi } from '../../lib/useApi';
import { usePaged } from '../../lib/usePaged';

export type Notice = Item<'/api/notifications'>;

/** Fired after messages are marked read, so the bell or the home tile elsewhere on screen updates its count. */
const CHANGED = 'gz:notifications-changed';

/**
 * Where a message leads in each app, by the kind of record it concerns. A module whose records get
 * messages adds its entity type here. `community` is the message's community (the H5 needs it in the URL).
 */
const TARGETS: Record<
  string,
  // Meetings and topics are the four parties' work, with no page on the resident H5.
  { console: (id: string) => string; h5?: (id: string, community: string | null) => string }
> = {
  ticket: {
    console: (id) => `/tickets/${id}`,
    h5: (id, c) => (c ? `/tickets/${id}?community=${encodeURIComponent(c)}` : `/tickets/${id}`),
  },
  // A finished repair asks its reporter to accept it.
  work_order: { console: (id) => `/work-orders/${id}`, h5: (id) => `/repairs/${id}` },
  consultation: { console: (id) => `/consultations/${id}`, h5: (id) => `/consultations/${id}` },
  meeting: { console: (id) => `/meetings/${id}` },
  topic: { console: (id) => `/topics/${id}` },
};

/** A message's title and body in the interface language (the body may be a person's own words, never translated). */
export function textOf(n: Notice): { title: string; body: string } {
  return currentLang() === 'en' ? { title: n.titleEn, body: n.bodyEn } : { title: n.title, body: n.body };
}

export function targetOf(n: Notice, app: 'console' | 'h5'): string | null {
  const target = n.entityType && n.entityId ? TARGETS[n.entityType] : undefined;
  if (!target) return null;
  if (app === 'console') return target.console(n.entityId!);
  return target.h5 ? target.h5(n.entityId!, n.communityId) : null;
}

/** The number of unread messages, refreshed when messages are marked read anywhere in the app, and on `refreshKey` change. */
export function useUnread(refreshKey?: unknown): number {
  const { data, reload } = useApi('/api/notifications', { query: { unread: '1', pageSize: 1 } });
  useEffect(() => {
    window.addEventListener(CHANGED, reload);
    return () => window.removeEventListener(CHANGED, reload);
  }, [reload]);
  // A change of the key (another page opened) refreshes; the first render has just fetched.
  const lastKey = useRef(refreshKey);
  useEffect(() => {
    if (lastKey.current === refreshKey) return;
    lastKey.current = refreshKey;
    reload();
  }, [refreshKey, reload]);
  return data?.unread ?? 0;
}

/** The inbox list: all or unread only, paged; marking read updates the list and every unread count on screen. */
export function useInbox() {
  const list = usePaged('/api/notifications', undefined);
  const { reload } = list;
  const changed = useCallback(() => {
    reload();
    window.dispatchEvent(new Event(CHANGED));
  }, [reload]);
  return {
    ...list,
    unread: list.data?.unread ?? 0,
    unreadOnly: !!list.filters.unread,
    setUnreadOnly: (on: boolean) => list.setFilters({ unread: on ? '1' : undefined }),
    markRead: async (id: string) => {
      await call(client.POST('/api/notifications/{id}/read', { params: { path: { id } } }));
      changed();
    },
    readAll: async () => {
      await call(client.POST('/api/notifications/read-all'));
      changed();
    },
  };
}
