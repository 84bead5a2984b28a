/**
 * Who is signed in, for the whole app: one small GET /api/session at start, kept in
 * context. The public portal needs only this (no component library); the workspace pages
 * that sign in and out update it.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { getJson, sendJson } from '../api/client.js';
import type { Portal, Role, SessionAnswer, UserAccount } from './session-types.js';

export interface Session {
  /** undefined while the first answer is on its way. */
  readonly user: UserAccount | null | undefined;
  readonly portal: Portal;
  /** Replace the user after a sign-in or password change (the server's answer). */
  readonly setUser: (user: UserAccount | null) => void;
  readonly signOut: () => Promise<void>;
  /** Whether the signed-in user has one of the roles. */
  readonly can: (...roles: readonly Role[]) => boolean;
}

const DEFAULT_PORTAL: Portal = { unreviewed: 'mark' };

const SessionContext = createContext<Session>({
  user: null,
  portal: DEFAULT_PORTAL,
  setUser: () => undefined,
  signOut: () => Promise.resolve(),
  can: () => false,
});

export function SessionProvider({
  children,
  initial,
}: {
  readonly children: ReactNode;
  /** A known answer (component tests); otherwise asked from the server. */
  readonly initial?: SessionAnswer;
}) {
  const [user, setUser] = useState<UserAccount | null | undefined>(initial?.user);
  const [portal, setPortal] = useState<Portal>(initial?.portal ?? DEFAULT_PORTAL);
  useEffect(() => {
    if (initial !== undefined) return undefined;
    const controller = new AbortController();
    getJson<SessionAnswer>('/session', {}, controller.signal)
      .then((answer) => {
        setUser(answer.user);
        if (answer.portal) setPortal(answer.portal);
      })
      .catch(() => {
        if (!controller.signal.aborted) setUser(null);
      });
    return () => controller.abort();
  }, [initial]);
  const signOut = useCallback(async () => {
    await sendJson<SessionAnswer>('DELETE', '/session', {});
    setUser(null);
  }, []);
  const value = useMemo<Session>(
    () => ({
      user,
      portal,
      setUser,
      signOut,
      can: (...roles) => user !== null && user !== undefined && roles.includes(user.role),
    }),
    [user, portal, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
