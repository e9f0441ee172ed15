/**
 * What the tabs of one app share: a lock, so that only one of them refreshes at a time (with rotation,
 * two refreshes of one token could spend it twice), and a channel, so that the others learn the new
 * tokens and hear of a sign-in or a sign-out. Browsers give both (Web Locks, BroadcastChannel); tests
 * and other runtimes inject their own.
 */

/** Runs `work` while holding the lock `name`, across every tab of the origin that shares it. */
export interface SessionLock {
  run<T>(name: string, work: () => Promise<T>): Promise<T>;
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

/** One tab's lock: a queue, for runtimes without Web Locks. */
export function localLock(): SessionLock {
  let last: Promise<unknown> = Promise.resolve();
  return {
    run(_name, work) {
      const next = last.then(work, work);
      last = next.catch(() => {});
      return next;
    },
  };
}

/** Web Locks where the browser has them (every current one), else a lock for this tab alone. */
export function browserLock(): SessionLock {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (!locks) return localLock();
  return {
    run: (name, work) => locks.request(name, () => work()) as Promise<Awaited<ReturnType<typeof work>>>,
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
