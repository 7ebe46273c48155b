import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '../../../contract/auth';
import { call, client, setUnauthorizedHandler } from '../lib/api';

export interface CommunitySummary {
  id: string;
  name: string;
  townName: string;
  estates: number;
  buildings: number;
  households: number;
  residents: number;
  grids: number;
}

interface Session {
  /** undefined while the session is being checked, null when signed out. */
  me: Me | null | undefined;
  setMe: (me: Me | null) => void;
  communities: CommunitySummary[];
  communityId: string | undefined;
  setCommunityId: (id: string) => void;
  /** Roles of the signed-in user in the current community. */
  roles: string[];
  platformAdmin: boolean;
  logout: () => Promise<void>;
}

const Ctx = createContext<Session | null>(null);
const COMMUNITY_KEY = 'gz.community';

/** Loads /api/me once, then the visible communities; keeps the chosen community on this device. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [communities, setCommunities] = useState<CommunitySummary[]>([]);
  const [communityId, setCommunityIdState] = useState<string | undefined>(
    () => localStorage.getItem(COMMUNITY_KEY) ?? undefined,
  );

  useEffect(() => {
    setUnauthorizedHandler(() => setMe(null));
    call(client.GET('/api/me'), { quiet401: true }).then(setMe, () => setMe(null));
  }, []);

  useEffect(() => {
    if (!me) return;
    call(client.GET('/api/communities')).then(
      (r) => setCommunities(r.items),
      () =>
        setCommunities(
          me.communities.map((c) => ({
            id: c.id,
            name: c.name,
            townName: '',
            estates: 0,
            buildings: 0,
            households: 0,
            residents: 0,
            grids: 0,
          })),
        ),
    );
  }, [me]);

  const setCommunityId = useCallback((id: string) => {
    localStorage.setItem(COMMUNITY_KEY, id);
    setCommunityIdState(id);
  }, []);

  // A stored choice that is no longer visible falls back to the first community.
  const ids = communities.length ? communities.map((c) => c.id) : (me?.communities ?? []).map((c) => c.id);
  const current = communityId && ids.includes(communityId) ? communityId : ids[0];

  const logout = useCallback(async () => {
    try {
      await call(client.POST('/api/auth/logout'));
    } finally {
      setMe(null);
    }
  }, []);

  const value = useMemo<Session>(
    () => ({
      me,
      setMe,
      communities,
      communityId: current,
      setCommunityId,
      roles: me?.communities.find((c) => c.id === current)?.roles ?? [],
      platformAdmin: me?.user.platformAdmin ?? false,
      logout,
    }),
    [me, communities, current, setCommunityId, logout],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The console session; only inside SessionProvider. */
export function useSession(): Session {
  const s = useContext(Ctx);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The current community id, for pages that only render once one is chosen. */
export function useCommunityId(): string {
  const { communityId } = useSession();
  if (!communityId) throw new Error('no community chosen');
  return communityId;
}
