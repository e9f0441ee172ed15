/**
 * What the tabs of one app share: a lock, so that only one of them refreshes at a time (with rotation,
 * two refreshes of one token could spend it twice), and a channel, so that the others learn the new
 * tokens and hear of a sign-in or a sign-out. Browsers give both (Web Locks, BroadcastChannel); tests
 * and other runtimes inject their own.
 */

/**
 * Runs `work` while holding the lock `name`, across every tab of the origin that shares it; and marks,
 * for a while, that a refresh token has been spent. The mark lives with the locks, not on the channel:
 * a tab that gets the refresh lock next sees it at once, even before the new tokens reach it by message.
 */
export interface SessionLock {
  /**
   * `signal` ends the wait for the lock (never a `work` already running): a tab that froze mid-refresh
   * must not hold the others' refreshes forever.
   */
  run<T>(name: string, work: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T>;
  /** Marks `name` for `ms` milliseconds; returns a function that ends the mark sooner. */
  mark(name: string, ms: number): () => void;
  /** Whether `name` is marked now, by any tab. */
  isMarked(name: string): Promise<boolean>;
}

/**
 * What the tabs tell each other. Tokens travel here only between tabs of the same origin. `v` is the
 * message format: a tab ignores any other, such as one from a newer version of the library in another tab.
 */
export type SessionMessage =
  | { v: 1; type: "tokens"; tokens: StoredTokens; reason: "signedIn" | "refreshed" }
  | { v: 1; type: "signedOut" };

export interface SessionChannel {
  post(message: SessionMessage): void;
  /**
   * Calls `listener` with every message another tab posts; returns its undo. Anything may arrive here
   * (any script of the origin can post on the channel): the session reads it with `readSessionMessage`.
   */
  listen(listener: (message: unknown) => void): () => void;
  close(): void;
}

/** The tokens of a session, as stored and shared. */
export interface StoredTokens {
  accessToken: string;
  idToken?: string | undefined;
  refreshToken: string;
  /** The access token's expiry, in milliseconds since the epoch. */
  expiresAt: number;
  /** The remembered device, sent with each refresh when the pool tracks devices. */
  deviceKey?: string | undefined;
  /**
   * When the tokens arrived, by this tab's clock: a clock that reads earlier than this has jumped back,
   * and the expiry above can no longer be trusted.
   */
  receivedAt?: number | undefined;
  /** The ID token's expiry, by this tab's clock (its lifetime from `iat` to `exp`, from `receivedAt`). */
  idExpiresAt?: number | undefined;
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const optional = <T>(value: unknown, is: (value: unknown) => value is T) => value === undefined || is(value);
const isString = (value: unknown): value is string => typeof value === "string";

/**
 * Stored or posted tokens, checked member by member and copied into a fresh object (so nothing else
 * rides along); undefined for anything else. Whether the access token is a JWT is the session's check.
 */
export function readStoredTokens(value: unknown): StoredTokens | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { accessToken, idToken, refreshToken, expiresAt, deviceKey, receivedAt, idExpiresAt } =
    value as Record<string, unknown>;
  if (
    !isString(accessToken) ||
    !isString(refreshToken) ||
    !isNumber(expiresAt) ||
    !optional(idToken, isString) ||
    !optional(deviceKey, isString) ||
    !optional(receivedAt, isNumber) ||
    !optional(idExpiresAt, isNumber)
  )
    return undefined;
  return { accessToken, idToken, refreshToken, expiresAt, deviceKey, receivedAt, idExpiresAt };
}

/** A message from the channel, if it is one of ours in this format; undefined for anything else. */
export function readSessionMessage(data: unknown): SessionMessage | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { v, type, tokens, reason } = data as Record<string, unknown>;
  if (v !== 1) return undefined;
  if (type === "signedOut") return { v, type };
  const read = type === "tokens" ? readStoredTokens(tokens) : undefined;
  return read && (reason === "signedIn" || reason === "refreshed")
    ? { v, type: "tokens", tokens: read, reason }
    : undefined;
}

/** One tab's lock: a queue, for runtimes without Web Locks (and shared by the stores of a test). */
export function localLock(): SessionLock {
  let last: Promise<unknown> = Promise.resolve();
  const marks = new Map<string, Set<symbol>>();
  return {
    run(_name, work, { signal } = {}) {
      // Given up on while waiting: the work never runs.
      const turn = () => {
        signal?.throwIfAborted();
        return work();
      };
      const next = last.then(turn, turn);
      last = next.catch(() => {});
      return next;
    },
    // Ended by a timer, not by reading the wall clock, so a clock that jumps cannot stretch a mark.
    mark(name, ms) {
      const mark = Symbol(name);
      const held = marks.get(name) ?? new Set();
      marks.set(name, held.add(mark));
      const end = () => {
        clearTimeout(timer);
        held.delete(mark);
      };
      const timer = setTimeout(end, ms);
      return end;
    },
    isMarked: async (name) => (marks.get(name)?.size ?? 0) > 0,
  };
}

/** Web Locks where the browser has them (every current one), else a lock for this tab alone. */
export function browserLock(): SessionLock {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (!locks) return localLock();
  return {
    run: (name, work, { signal } = {}) =>
      locks.request(name, signal ? { signal } : {}, () => work()) as Promise<
        Awaited<ReturnType<typeof work>>
      >,
    // A mark is a lock held for a while; another tab finds it with query(), from the same lock manager
    // that granted it the refresh lock, so the two cannot arrive out of order.
    mark(name, ms) {
      let end = () => {};
      void locks.request(
        name,
        () =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, ms);
            end = () => {
              clearTimeout(timer);
              resolve();
            };
          }),
      );
      return () => end();
    },
    async isMarked(name) {
      const { held = [], pending = [] } = await locks.query();
      return [...held, ...pending].some((lock) => lock.name === name);
    },
  };
}

/** BroadcastChannel where there is one; else a channel that reaches no other tab. */
export function browserChannel(name: string): SessionChannel {
  if (typeof BroadcastChannel === "undefined") return { post() {}, listen: () => () => {}, close() {} };
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const onMessage = (event: MessageEvent<unknown>) => listener(event.data);
      channel.addEventListener("message", onMessage);
      return () => channel.removeEventListener("message", onMessage);
    },
    close: () => channel.close(),
  };
}
