import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Me } from '../../../contract/auth';
import { call, client, setUnauthorizedHandler } from '../lib/api';

interface H5Session {
  me: Me | null | undefined;
  setMe: (me: Me | null) => void;
  logout: () => Promise<void>;
}
const Ctx = createContext<H5Session | null>(null);

/** The resident's session: /api/me at start; 401 anywhere signs out. */
export function H5SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>();
  useEffect(() => {
    setUnauthorizedHandler(() => setMe(null));
    call(client.GET('/api/me'), { quiet401: true }).then(setMe, () => setMe(null));
  }, []);
  const logout = async () => {
    try {
      await call(client.POST('/api/auth/logout'));
    } finally {
      setMe(null);
    }
  };
  return <Ctx.Provider value={{ me, setMe, logout }}>{children}</Ctx.Provider>;
}

/** The H5 session; only inside H5SessionProvider. */
export function useH5Session(): H5Session {
  const s = useContext(Ctx);
  if (!s) throw new Error('useH5Session outside H5SessionProvider');
  return s;
}

/** The community where the resident has a household (else their first one). */
export function homeCommunity(me: Me) {
  return me.communities.find((c) => c.householdId) ?? me.communities[0];
}
