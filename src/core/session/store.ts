/**
 * The session after sign-in, framework-free: it holds the tokens a sign-in gave, hands out valid ones
 * (refreshing shortly before the access token expires, one refresh at a time across tabs), and signs
 * out for real (RevokeToken, and GlobalSignOut when asked). The state holds the user's claims, never a
 * token; the tokens live in this closure and in the storage the app chose.
 */
import type { CognitoClient } from "../client/client";
import { NetworkError, TimeoutError } from "../client/errors";
import { createStateContainer } from "../store/state";
import type { Timers } from "../store/timers";
import type { AuthenticationResult } from "../types";
import { InvalidTokenError, lifetimeMs, type SessionClaims, sessionClaims } from "./claims";
import { getTokensFromRefreshToken, globalSignOut, revokeToken } from "./operations";
import { memoryStorage, type SessionStorage } from "./storage";
import {
  localLock,
  readSessionMessage,
  readStoredTokens,
  type SessionChannel,
  type SessionLock,
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
  /** For the retries after a failed refresh, and the waits for the lock and another tab. Default the global timers. */
  timers?: Timers;
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

export interface SessionStore {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
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
  dispose(): void;
}

/** Cognito refused the refresh token itself: the session cannot go on. */
const REFUSALS = new Set(["NotAuthorizedException", "RefreshTokenReuseException", "UserNotFoundException"]);
const RETRY_FIRST_MS = 1000;
/** How long a spent refresh token stays marked, and how long a tab waits for the tokens that replaced it. */
const SPENT_MARK_MS = 10_000;
/** How often, and how many times, a waiting tab looks for the new tokens in shared storage (5 s). */
const ARRIVAL_POLL_MS = 50;
const ARRIVAL_POLLS = 100;

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
  const lockTimeoutMs = options.lockTimeoutMs ?? 15_000;
  const container = createStateContainer<SessionState>(SIGNED_OUT);

  let tokens: StoredTokens | undefined;
  let refreshing: Promise<void> | undefined;
  let retryHandle: unknown;
  let retryArmed = false;
  let retryDelayMs = RETRY_FIRST_MS;
  let stopListening: (() => void) | undefined;
  let started = false;
  let disposed = false;
  /** Told when the held tokens change, while a refresh waits for another tab's. */
  let onChange: (() => void) | undefined;

  const emit = (event: SessionEvent) => options.onEvent?.(event);

  /**
   * Adopts tokens (or none), and publishes the claims. Tokens whose access token has no claims are not
   * held at all, so the state and `getTokens()` never disagree.
   */
  function hold(next: StoredTokens | undefined) {
    const claims = next && sessionClaims(next.accessToken, next.idToken);
    tokens = claims ? next : undefined;
    container.setState(claims ? { status: "signedIn", claims } : SIGNED_OUT);
    onChange?.();
    return claims;
  }

  /** Tokens just received from Cognito, with this tab's clock's view of when they expire. */
  function received(
    result: Pick<AuthenticationResult, "accessToken" | "idToken" | "expiresIn">,
    rest: Pick<StoredTokens, "refreshToken" | "deviceKey">,
    source: "signIn" | "refresh",
  ): StoredTokens {
    if (!sessionClaims(result.accessToken, result.idToken)) throw new InvalidTokenError(source);
    const now = clock();
    const idLifetime = lifetimeMs(result.idToken);
    return {
      ...rest,
      accessToken: result.accessToken,
      idToken: result.idToken,
      expiresAt: now + (result.expiresIn ?? 3600) * 1000,
      receivedAt: now,
      idExpiresAt: idLifetime === undefined ? undefined : now + idLifetime,
    };
  }

  function persist(next: StoredTokens | undefined) {
    if (next) storage.set(key, JSON.stringify(next));
    else storage.remove(key);
  }

  /** What storage holds, if it is tokens a session could hold; anything else is passed over. */
  function readStored(): StoredTokens | undefined {
    try {
      const raw = storage.get(key);
      const value = raw === null ? undefined : readStoredTokens(JSON.parse(raw));
      return value && sessionClaims(value.accessToken, value.idToken) ? value : undefined;
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
    if (reason !== "otherTab") options.channel?.post({ v: 1, type: "signedOut" });
    if (wasSignedIn)
      emit(error === undefined ? { type: "signedOut", reason } : { type: "signedOut", reason, error });
  }

  function onMessage(data: unknown) {
    const message = readSessionMessage(data);
    // Not ours, of another format, or tokens without claims: ignored, whatever posted it.
    if (disposed || !message) return;
    if (message.type === "signedOut") return end("otherTab");
    if (!sessionClaims(message.tokens.accessToken, message.tokens.idToken)) return;
    // Another tab signed in or refreshed: its tokens are the newest (with rotation, ours are spent).
    persist(message.tokens);
    const claims = hold(message.tokens);
    cancelRetry();
    if (claims) emit({ type: message.reason, claims });
  }

  /**
   * Tokens in shared storage that replaced `held`: another access token (with or without rotation, which
   * is what changes the refresh token) that is not about to expire itself.
   */
  function replacing(stored: StoredTokens | undefined, held: StoredTokens) {
    return stored && stored.accessToken !== held.accessToken && !expiring(stored) ? stored : undefined;
  }

  /**
   * Waits for the tokens that replaced `spent` to come by message, or to show in shared storage (looked
   * at every 50 ms, a hundred times); false when they do not.
   */
  function newTokensArrive(spent: StoredTokens): Promise<boolean> {
    return new Promise((resolve) => {
      let looks = 0;
      let handle: unknown;
      const look = () => {
        const stored = tokens === spent ? replacing(readStored(), spent) : undefined;
        if (stored) hold(stored);
        if (tokens !== spent || ++looks > ARRIVAL_POLLS) {
          onChange = undefined;
          timers.clearTimeout(handle);
          return resolve(tokens !== spent && tokens !== undefined);
        }
        handle = timers.setTimeout(look, ARRIVAL_POLL_MS);
      };
      onChange = () => {
        if (tokens !== spent) look();
      };
      look();
    });
  }

  /**
   * Whether `held` needs a refresh: its access or ID token is about to expire, or the clock reads earlier
   * than when they came (it jumped back, and their expiry by this clock means nothing now).
   */
  function expiring(held: StoredTokens) {
    const now = clock();
    const expiresAt = Math.min(held.expiresAt, held.idExpiresAt ?? Number.POSITIVE_INFINITY);
    return expiresAt - now <= refreshBeforeMs || (held.receivedAt !== undefined && now < held.receivedAt);
  }

  /** The refresh lock, given up on (a TimeoutError) when another tab holds it for too long. */
  function withLock(work: () => Promise<void>): Promise<void> {
    const controller = new AbortController();
    const handle = timers.setTimeout(() => controller.abort(), lockTimeoutMs);
    const timedOut = new TimeoutError("GetTokensFromRefreshToken", lockTimeoutMs);
    return new Promise<void>((resolve, reject) => {
      const giveUp = () => reject(timedOut);
      controller.signal.addEventListener("abort", giveUp);
      lock
        .run(
          `cognito-challenge-ui.refresh.${client.clientId}`,
          () => {
            // A lock that ignored the signal may still grant it: the wait was given up, so nothing runs.
            if (controller.signal.aborted) return Promise.reject(timedOut);
            timers.clearTimeout(handle);
            controller.signal.removeEventListener("abort", giveUp);
            return work();
          },
          { signal: controller.signal },
        )
        .then(resolve, (error: unknown) => reject(controller.signal.aborted ? timedOut : error));
    });
  }

  /**
   * One refresh, in this tab and (through the lock) across tabs. `force`: even when the tokens held at
   * the call are not about to expire (unless another tab has replaced them meanwhile).
   */
  function refresh(force = false): Promise<void> {
    const asked = tokens;
    refreshing ??= withLock(async () => {
      // Another tab may have refreshed while this one waited: its tokens arrived on the channel, or
      // (with shared storage) are in storage. Then there is nothing to do.
      const stored = tokens && replacing(readStored(), tokens);
      if (stored) {
        hold(stored);
        return;
      }
      const held = tokens;
      if (!held || !(expiring(held) || (force && held === asked))) return;
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
      const next = received(
        { ...result, idToken: result.idToken ?? held.idToken },
        // Without rotation there is no new refresh token: the old one goes on.
        { refreshToken: result.refreshToken ?? held.refreshToken, deviceKey: held.deviceKey },
        "refresh",
      );
      persist(next);
      const claims = hold(next);
      options.channel?.post({ v: 1, type: "tokens", tokens: next, reason: "refreshed" });
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
      const next = received(result, { refreshToken: result.refreshToken, deviceKey }, "signIn");
      cancelRetry();
      persist(next);
      const claims = hold(next);
      options.channel?.post({ v: 1, type: "tokens", tokens: next, reason: "signedIn" });
      if (claims) emit({ type: "signedIn", claims });
    },

    async getTokens({ forceRefresh = false } = {}) {
      if (!tokens) return undefined;
      if (forceRefresh || expiring(tokens)) {
        try {
          await refresh(forceRefresh);
        } catch (error) {
          // Kept session with a still valid access token: use it (unless a refresh was asked for); an
          // expired one is no use.
          if (!tokens || forceRefresh || tokens.expiresAt <= clock()) {
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
