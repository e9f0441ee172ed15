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
  run<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Marks `name` for `ms` milliseconds; returns a function that ends the mark sooner. */
  mark(name: string, ms: number): () => void;
  /** Whether `name` is marked now, by any tab. */
  isMarked(name: string): Promise<boolean>;
}

/** What the tabs tell each other. Tokens travel here only between tabs of the same origin. */
export type SessionMessage =
  | { type: "tokens"; tokens: StoredTokens; reason: "signedIn" | "refreshed" }
  | { type: "signedOut" };

export interface SessionChannel {
  post(message: SessionMessage): void;
  /** Calls `listener` with every message another tab posts; returns its undo. */
  listen(listener: (message: SessionMessage) => void): () => void;
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
}

/** One tab's lock: a queue, for runtimes without Web Locks (and shared by the stores of a test). */
export function localLock(): SessionLock {
  let last: Promise<unknown> = Promise.resolve();
  const marks = new Map<string, number>();
  return {
    run(_name, work) {
      const next = last.then(work, work);
      last = next.catch(() => {});
      return next;
    },
    mark(name, ms) {
      marks.set(name, Date.now() + ms);
      return () => marks.delete(name);
    },
    isMarked: async (name) => (marks.get(name) ?? 0) > Date.now(),
  };
}

/** Web Locks where the browser has them (every current one), else a lock for this tab alone. */
export function browserLock(): SessionLock {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (!locks) return localLock();
  return {
    run: (name, work) => locks.request(name, () => work()) as Promise<Awaited<ReturnType<typeof work>>>,
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
      const onMessage = (event: MessageEvent<SessionMessage>) => listener(event.data);
      channel.addEventListener("message", onMessage);
      return () => channel.removeEventListener("message", onMessage);
    },
    close: () => channel.close(),
  };
}
