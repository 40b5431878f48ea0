import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, call, client } from './api';
import type { District, Me } from './types';

interface Session {
  /** null: not signed in; undefined: still asking the server. */
  user: Me | null | undefined;
  districts: District[];
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null | undefined>(undefined);
  const [districts, setDistricts] = useState<District[]>([]);

  const load = useCallback(async () => {
    try {
      const me = await call(client.GET('/api/v1/auth/me'));
      setDistricts(await call(client.GET('/api/v1/districts')).catch((): District[] => []));
      setUser(me);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setUser(null);
      else throw error;
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      await call(client.POST('/api/v1/auth/login', { body: { email, password, mode: 'cookie' } }));
      await load();
    },
    [load],
  );

  const signOut = useCallback(async () => {
    await call(client.POST('/api/v1/auth/logout')).catch(() => undefined);
    setUser(null);
  }, []);

  return (
    <SessionContext.Provider value={{ user, districts, signIn, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for pages behind the sign-in. */
export function useUser(): Me {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
