"use client";
import { useContext, useEffect, useMemo, useSyncExternalStore } from "react";
import type { SessionState, SessionStore } from "../core/session/store";
import { SessionContext } from "./sessionContext";

export interface UseSessionResult extends SessionState {
  /** A valid access token (refreshed first when it is about to expire); undefined when signed out. */
  getAccessToken(): Promise<string | undefined>;
  /** Revokes the refresh token (all of the user's with `global`) and clears the session everywhere. */
  signOut: SessionStore["signOut"];
}

/**
 * The session after sign-in, from the nearest <CognitoProvider session>: whether someone is signed in,
 * their claims, a fresh access token on demand, and sign-out. Renders signed out on the server and in
 * the first client render (nothing reads storage during render); the stored session arrives just after.
 */
export function useSession(): UseSessionResult {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession: put it below <CognitoProvider session={createSession(…)}>.");
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  useEffect(() => session.start(), [session]);
  const actions = useMemo(
    () => ({
      getAccessToken: async () => (await session.getTokens())?.accessToken,
      signOut: session.signOut,
    }),
    [session],
  );
  return { ...state, ...actions };
}
