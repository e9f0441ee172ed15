/**
 * The session after sign-in, framework-free: it holds the tokens a sign-in gave, hands out valid ones
 * (refreshing shortly before the access token expires, one refresh at a time across tabs), and signs
 * out for real (RevokeToken, and GlobalSignOut when asked). The state holds the user's claims, never a
 * token; the tokens live in this closure and in the storage the app chose.
 */
import type { CognitoClient } from "../client/client";
import { NetworkError } from "../client/errors";
import { createStateContainer } from "../store/state";
import type { Timers } from "../store/timers";
import type { AuthenticationResult } from "../types";
import { type SessionClaims, sessionClaims } from "./claims";
import { getTokensFromRefreshToken, globalSignOut, revokeToken } from "./operations";
import { memoryStorage, type SessionStorage } from "./storage";
import {
  localLock,
  type SessionChannel,
  type SessionLock,
  type SessionMessage,
  type StoredTokens,
} from "./tabs";

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

export interface CreateSessionOptions {
  client: CognitoClient;
  /** Where the tokens are kept: `memoryStorage()` by default. See storage.ts for the risks of each. */
  storage?: SessionStorage;
  /** The storage key. Default "cognito-challenge-ui.session.<clientId>". */
  key?: string;
  /** Milliseconds since the epoch. Default `Date.now`. */
  clock?: () => number;
  /** For the retries after a failed refresh. Default the global timers. */
  timers?: Timers;
  /** Refresh once the access token has this little left. Default 60 000 ms. */
  refreshBeforeMs?: number;
  /** Shared by the app's tabs: `browserLock()` there; by default a lock for this store alone. */
  lock?: SessionLock;
  /** Shared by the app's tabs: `browserChannel(name)` there; by default none. */
  channel?: SessionChannel;
  onEvent?: (event: SessionEvent) => void;
}

export interface SessionStore {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /**
   * Reads the storage and starts hearing the other tabs. Kept apart from creating the store, so that
   * server rendering can create one without touching storage; the React binding calls it in an effect.
   */
  start(): void;
  /** Takes the tokens of a completed sign-in. */
  signIn(tokens: AuthenticationResult, deviceKey?: string): void;
  /**
   * Valid tokens, refreshed first when the access token is about to expire; undefined when signed out.
   * Rejects only when the access token has expired and the refresh failed for a reason that keeps the
   * session (offline, a timeout, a 5xx): the caller may try again.
   */
  getTokens(): Promise<SessionTokens | undefined>;
  /**
   * Signs out: RevokeToken (after GlobalSignOut with `global`), then clears the tokens here, in storage
   * and in the other tabs, even when Cognito could not be reached. Resolves with the error of the call
   * that failed, if one did.
   */
  signOut(options?: { global?: boolean }): Promise<{ error?: unknown }>;
  dispose(): void;
}

/** Cognito refused the refresh token itself: the session cannot go on. */
const REFUSALS = new Set(["NotAuthorizedException", "RefreshTokenReuseException", "UserNotFoundException"]);
const RETRY_FIRST_MS = 1000;
/** How long a spent refresh token stays marked, and how long a tab waits for the tokens that replaced it. */
const SPENT_MARK_MS = 10_000;
const ARRIVAL_WAIT_MS = 5_000;

/** A refresh token's SHA-256, for lock names that other scripts of the origin can list. */
async function digest(token: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token)));
  return Array.from(bytes.subarray(0, 16), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
const RETRY_MAX_MS = 60_000;

const SIGNED_OUT: SessionState = { status: "signedOut", claims: undefined };

export function createSession(options: CreateSessionOptions): SessionStore {
  const { client } = options;
  const storage = options.storage ?? memoryStorage();
  const key = options.key ?? `cognito-challenge-ui.session.${client.clientId}`;
  const clock = options.clock ?? Date.now;
  const timers = options.timers ?? globalThis;
  const refreshBeforeMs = options.refreshBeforeMs ?? 60_000;
  const lock = options.lock ?? localLock();
  const container = createStateContainer<SessionState>(SIGNED_OUT);

  let tokens: StoredTokens | undefined;
  let refreshing: Promise<void> | undefined;
  let retryHandle: unknown;
  let retryArmed = false;
  let retryDelayMs = RETRY_FIRST_MS;
  let stopListening: (() => void) | undefined;
  let started = false;
  let disposed = false;

  const emit = (event: SessionEvent) => options.onEvent?.(event);

  /** Adopts tokens (or none), and publishes the claims. */
  function hold(next: StoredTokens | undefined) {
    tokens = next;
    const claims = next && sessionClaims(next.accessToken, next.idToken);
    container.setState(next && claims ? { status: "signedIn", claims } : SIGNED_OUT);
    return claims;
  }

  function persist(next: StoredTokens | undefined) {
    if (next) storage.set(key, JSON.stringify(next));
    else storage.remove(key);
  }

  function readStored(): StoredTokens | undefined {
    const raw = storage.get(key);
    if (raw === null) return undefined;
    try {
      const value = JSON.parse(raw) as Partial<StoredTokens>;
      return typeof value.accessToken === "string" &&
        typeof value.refreshToken === "string" &&
        typeof value.expiresAt === "number"
        ? (value as StoredTokens)
        : undefined;
    } catch {
      return undefined;
    }
  }

  function cancelRetry() {
    if (retryArmed) timers.clearTimeout(retryHandle);
    retryArmed = false;
  }

  function end(reason: "signOut" | "refused" | "otherTab", error?: unknown) {
    cancelRetry();
    const wasSignedIn = tokens !== undefined;
    persist(undefined);
    hold(undefined);
    if (reason !== "otherTab") options.channel?.post({ type: "signedOut" });
    if (wasSignedIn)
      emit(error === undefined ? { type: "signedOut", reason } : { type: "signedOut", reason, error });
  }

  function onMessage(message: SessionMessage) {
    if (disposed) return;
    if (message.type === "signedOut") return end("otherTab");
    // Another tab signed in or refreshed: its tokens are the newest (with rotation, ours are spent).
    persist(message.tokens);
    const claims = hold(message.tokens);
    cancelRetry();
    if (claims) emit({ type: message.reason, claims });
  }

  /** Waits for the tokens that replaced `spent` to come by message (or storage); false after a while. */
  function newTokensArrive(spent: StoredTokens): Promise<boolean> {
    return new Promise((resolve) => {
      const started = Date.now();
      const look = () => {
        const stored = readStored();
        if (stored && stored.refreshToken !== spent.refreshToken && tokens === spent) hold(stored);
        if (tokens !== spent) return resolve(tokens !== undefined);
        if (Date.now() - started >= ARRIVAL_WAIT_MS) return resolve(false);
        // Polled on the global timers: the injected ones are for the retries an app may want to drive.
        setTimeout(look, 20);
      };
      look();
    });
  }

  function expiring(held: StoredTokens) {
    return held.expiresAt - clock() <= refreshBeforeMs;
  }

  /** One refresh, in this tab and (through the lock) across tabs. */
  function refresh(): Promise<void> {
    refreshing ??= lock
      .run(`cognito-challenge-ui.refresh.${client.clientId}`, async () => {
        // Another tab may have refreshed while this one waited: its tokens arrived on the channel, or
        // (with shared storage) are in storage. Then there is nothing to do.
        const stored = readStored();
        if (stored && tokens && stored.refreshToken !== tokens.refreshToken && !expiring(stored)) {
          hold(stored);
          return;
        }
        const held = tokens;
        if (!held || !expiring(held)) return;
        // Spent by another tab that refreshed first (its tokens are on their way here by message):
        // refreshing with it again could only be refused, and with rotation could end the session.
        const spent = `cognito-challenge-ui.spent.${await digest(held.refreshToken)}`;
        if (await lock.isMarked(spent)) {
          if (await newTokensArrive(held)) return;
          throw new NetworkError("GetTokensFromRefreshToken", {
            cause: new Error("Another tab refreshed, and its tokens did not arrive."),
          });
        }
        const unmark = lock.mark(spent, SPENT_MARK_MS);
        const { authenticationResult: result } = await getTokensFromRefreshToken(client, {
          refreshToken: held.refreshToken,
          ...(held.deviceKey ? { deviceKey: held.deviceKey } : {}),
        }).catch((error: unknown) => {
          // Not spent after all (offline, refused): another tab may try it.
          unmark();
          throw error;
        });
        if (tokens !== held) return; // signed out (or another tab's tokens came) meanwhile
        const next: StoredTokens = {
          ...held,
          accessToken: result.accessToken,
          idToken: result.idToken ?? held.idToken,
          // Without rotation there is no new refresh token: the old one goes on.
          refreshToken: result.refreshToken ?? held.refreshToken,
          expiresAt: clock() + (result.expiresIn ?? 3600) * 1000,
        };
        persist(next);
        const claims = hold(next);
        options.channel?.post({ type: "tokens", tokens: next, reason: "refreshed" });
        cancelRetry();
        retryDelayMs = RETRY_FIRST_MS;
        if (claims) emit({ type: "refreshed", claims });
      })
      .catch((error: unknown) => {
        const endsSession = REFUSALS.has((error as { name?: unknown }).name as string);
        emit({ type: "refreshFailed", error, endsSession });
        if (endsSession) end("refused", error);
        else scheduleRetry();
        throw error;
      })
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  }

  /**
   * Offline, a timeout, a 5xx: the session stays, and the refresh is tried again, twice as late each
   * time (1 s, 2 s, 4 s… up to a minute), until one succeeds or Cognito refuses the token.
   */
  function scheduleRetry() {
    if (disposed || retryArmed) return;
    retryArmed = true;
    const delayMs = retryDelayMs;
    retryDelayMs = Math.min(retryDelayMs * 2, RETRY_MAX_MS);
    retryHandle = timers.setTimeout(() => {
      retryArmed = false;
      refresh().catch(() => {});
    }, delayMs);
  }

  return {
    getState: container.getState,
    subscribe: container.subscribe,

    start() {
      if (started || disposed) return;
      started = true;
      const stored = readStored();
      if (stored && !tokens) hold(stored);
      stopListening = options.channel?.listen(onMessage);
    },

    signIn(result, deviceKey) {
      if (disposed) return;
      if (!result.refreshToken)
        throw new TypeError("createSession: a session needs the sign-in's refresh token.");
      const next: StoredTokens = {
        accessToken: result.accessToken,
        idToken: result.idToken,
        refreshToken: result.refreshToken,
        expiresAt: clock() + (result.expiresIn ?? 3600) * 1000,
        ...(deviceKey ? { deviceKey } : {}),
      };
      cancelRetry();
      persist(next);
      const claims = hold(next);
      options.channel?.post({ type: "tokens", tokens: next, reason: "signedIn" });
      if (claims) emit({ type: "signedIn", claims });
    },

    async getTokens() {
      if (!tokens) return undefined;
      if (expiring(tokens)) {
        try {
          await refresh();
        } catch (error) {
          // Kept session with a still valid access token: use it; an expired one is no use.
          if (!tokens || tokens.expiresAt <= clock()) {
            if (!tokens) return undefined;
            throw error;
          }
        }
      }
      return tokens ? { accessToken: tokens.accessToken, idToken: tokens.idToken } : undefined;
    },

    async signOut({ global = false } = {}) {
      const held = tokens;
      if (!held) return {};
      let error: unknown;
      try {
        if (global) await globalSignOut(client, { accessToken: held.accessToken });
      } catch (cause) {
        error = cause;
      }
      try {
        await revokeToken(client, { token: held.refreshToken });
      } catch (cause) {
        error ??= cause;
      }
      end("signOut", error);
      return error === undefined ? {} : { error };
    },

    dispose() {
      disposed = true;
      cancelRetry();
      stopListening?.();
      container.clear();
    },
  };
}
