import { createJourney } from "../journey/createJourney";
import type { JourneyStore, RuntimeOptions } from "../journey/journey";
import { session } from "./session";
import type { SessionActions, SessionOptions, SessionState } from "./types";

export type {
  SessionActions,
  SessionEvent,
  SessionOptions,
  SessionState,
  SessionStatus,
  SessionTokens,
} from "./types";

/**
 * `createSession`'s options: the session's own, and the runtime's: the client its calls go through, the
 * clock (default `Date.now`), and the timers of the retries after a failed refresh and of the waits for
 * the lock and another tab (default the global ones).
 */
export type CreateSessionOptions = SessionOptions & RuntimeOptions;

export type SessionStore = JourneyStore<SessionState, SessionOptions, SessionActions>;

/** The session after sign-in as a framework-free store: the `session` journey on the runtime (session.ts). */
export const createSession = (options: CreateSessionOptions): SessionStore => createJourney(session, options);
