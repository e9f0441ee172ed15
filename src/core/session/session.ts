/**
 * The session after sign-in, as a journey: it holds the tokens a sign-in gave, hands out valid ones
 * (refreshing shortly before the access token expires, one refresh at a time across tabs), and signs
 * out for real (RevokeToken, and GlobalSignOut when asked). The state holds the user's claims, never a
 * token; the tokens live in this closure and in the storage the app chose. Time only from the runtime's
 * injected clock and timers. `createSession` runs it.
 */
import { NetworkError, TimeoutError } from "../client/errors";
import { getTokensFromRefreshTokenCommand } from "../commands/getTokensFromRefreshToken";
import { globalSignOutCommand } from "../commands/globalSignOut";
import { revokeTokenCommand } from "../commands/revokeToken";
import type { JourneyDefinition } from "../journey/journey";
import type { AuthenticationResult } from "../types";
import { InvalidTokenError, lifetimeMs, sessionClaims } from "./claims";
import { memoryStorage } from "./storage";
import { localLock, readSessionMessage, readStoredTokens, type StoredTokens } from "./tabs";
import type { SessionActions, SessionEvent, SessionOptions, SessionState } from "./types";

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

export const session: JourneyDefinition<SessionState, SessionOptions, SessionActions> = {
  initial: () => SIGNED_OUT,
  actions(context) {
    // Taken at creation: a session's storage, key, lock and channel do not change under it.
    const options = context.options();
    const { client } = options;
    const { clock, setState } = context;
    const storage = options.storage ?? memoryStorage();
    const key = options.key ?? `cognito-challenge-ui.session.${client.clientId}`;
    const refreshBeforeMs = options.refreshBeforeMs ?? 60_000;
    const lock = options.lock ?? localLock();
    const lockTimeoutMs = options.lockTimeoutMs ?? 15_000;

    let tokens: StoredTokens | undefined;
    let refreshing: Promise<void> | undefined;
    let retryHandle: unknown;
    let retryArmed = false;
    let retryDelayMs = RETRY_FIRST_MS;
    let stopListening: (() => void) | undefined;
    let started = false;
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
      setState(claims ? { status: "signedIn", claims } : SIGNED_OUT);
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
      if (retryArmed) context.timers().clearTimeout(retryHandle);
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
      if (context.isDisposed() || !message) return;
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
      const timers = context.timers();
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
      const timers = context.timers();
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
        const { authenticationResult: result } = await context
          .send(getTokensFromRefreshTokenCommand, {
            refreshToken: held.refreshToken,
            ...(held.deviceKey ? { deviceKey: held.deviceKey } : {}),
          })
          .catch((error: unknown) => {
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
          // Other tokens came while this refresh was out (a sign-in here, which revoked the old ones, or
          // another tab's refresh): its failure was of tokens the session no longer holds.
          if (tokens && tokens !== asked) return;
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
      if (context.isDisposed() || retryArmed) return;
      retryArmed = true;
      const delayMs = retryDelayMs;
      retryDelayMs = Math.min(retryDelayMs * 2, RETRY_MAX_MS);
      retryHandle = context.timers().setTimeout(() => {
        retryArmed = false;
        refresh().catch(() => {});
      }, delayMs);
    }

    context.onDispose(() => {
      cancelRetry();
      stopListening?.();
    });

    return {
      start() {
        if (started || context.isDisposed()) return;
        started = true;
        const stored = readStored();
        if (stored && !tokens) hold(stored);
        stopListening = options.channel?.listen(onMessage);
      },

      signIn(result, deviceKey) {
        if (context.isDisposed()) return;
        if (!result.refreshToken)
          throw new TypeError("createSession: a session needs the sign-in's refresh token.");
        const next = received(result, { refreshToken: result.refreshToken, deviceKey }, "signIn");
        const replaced = tokens?.refreshToken;
        cancelRetry();
        persist(next);
        const claims = hold(next);
        options.channel?.post({ v: 1, type: "tokens", tokens: next, reason: "signedIn" });
        if (claims) emit({ type: "signedIn", claims });
        // A sign-in in place of one held (a fresh sign-in before a sensitive change, another user): the
        // refresh token it replaces would stay valid for its whole life, and be listed as another
        // session. Revoked once the new tokens are out, so a tab refreshing with it meanwhile hears of
        // them first; a revocation that fails leaves it to expire.
        if (replaced && replaced !== next.refreshToken)
          context.send(revokeTokenCommand, { token: replaced }).catch(() => {});
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
          if (global) await context.send(globalSignOutCommand, { accessToken: held.accessToken });
        } catch (cause) {
          error = cause;
        }
        try {
          await context.send(revokeTokenCommand, { token: held.refreshToken });
        } catch (cause) {
          error ??= cause;
        }
        end("signOut", error);
        return error === undefined ? {} : { error };
      },
    };
  },
};
