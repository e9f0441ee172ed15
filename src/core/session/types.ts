/** The session's vocabulary: its state, its events, its options and its actions (see session.ts). */
import type { AuthenticationResult } from "../types";
import type { SessionClaims } from "./claims";
import type { SessionStorage } from "./storage";
import type { SessionChannel, SessionLock } from "./tabs";

export type SessionStatus = "signedOut" | "signedIn";

export interface SessionState {
  status: SessionStatus;
  /** The signed-in user's claims, read from the tokens without verifying them. */
  claims: SessionClaims | undefined;
}

/** The tokens `getTokens()` hands out. */
export interface SessionTokens {
  accessToken: string;
  idToken: string | undefined;
}

export type SessionEvent =
  | { type: "signedIn"; claims: SessionClaims }
  | { type: "refreshed"; claims: SessionClaims }
  /** `endsSession`: Cognito refused the refresh token, and the session is over; else it is kept. */
  | { type: "refreshFailed"; error: unknown; endsSession: boolean }
  /** `error`: the revocation (or global sign-out) that failed; local state is cleared regardless. */
  | { type: "signedOut"; reason: "signOut" | "refused" | "otherTab"; error?: unknown };

/** The session's own options; `createSession` adds the runtime's (the client, the clock, the timers). */
export interface SessionOptions {
  /** Where the tokens are kept: `memoryStorage()` by default. See storage.ts for the risks of each. */
  storage?: SessionStorage;
  /** The storage key. Default "cognito-challenge-ui.session.<clientId>". */
  key?: string;
  /** Refresh once the access token has this little left. Default 60 000 ms. */
  refreshBeforeMs?: number;
  /** Shared by the app's tabs: `browserLock()` there; by default a lock for this store alone. */
  lock?: SessionLock;
  /** Shared by the app's tabs: `browserChannel(name)` there; by default none. */
  channel?: SessionChannel;
  /**
   * How long a refresh waits for the lock another tab holds before it fails with a TimeoutError (the
   * session is kept, and the refresh tried again later). Default 15 000 ms.
   */
  lockTimeoutMs?: number;
  onEvent?: (event: SessionEvent) => void;
}

/**
 * What a session does. Its `clock` and `timers` (createSession's options) time the retries after a
 * failed refresh, and the waits for the lock and another tab.
 */
export interface SessionActions {
  /**
   * Reads the storage and starts hearing the other tabs. Kept apart from creating the store, so that
   * server rendering can create one without touching storage; the React binding calls it in an effect.
   */
  start(): void;
  /** Takes the tokens of a completed sign-in. Throws InvalidTokenError for an access token that is no JWT. */
  signIn(tokens: AuthenticationResult, deviceKey?: string): void;
  /**
   * Valid tokens, refreshed first when the access or ID token is about to expire (or, with
   * `forceRefresh`, always: after an API refused the access token, say); undefined when signed out.
   * Rejects only when the access token has expired (or a forced refresh failed) for a reason that keeps
   * the session (offline, a timeout, a 5xx): the caller may try again.
   */
  getTokens(options?: { forceRefresh?: boolean }): Promise<SessionTokens | undefined>;
  /**
   * Signs out: RevokeToken (after GlobalSignOut with `global`), then clears the tokens here, in storage
   * and in the other tabs, even when Cognito could not be reached. Resolves with the error of the call
   * that failed, if one did.
   */
  signOut(options?: { global?: boolean }): Promise<{ error?: unknown }>;
}
