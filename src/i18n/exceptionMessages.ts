/**
 * The English messages of Cognito's exceptions (en/exceptions.ts), loaded on demand: a page's first load
 * carries only the errors of our own (network, timeout…). Framework-free; the components subscribe.
 */
import { onDemand } from "../core/store/onDemand";
import type { exceptionsEn } from "./en/exceptions.lazy";
import { loadExceptionsEn } from "./lazy";

export type ExceptionMessages = typeof exceptionsEn;

export interface ExceptionMessagesSnapshot {
  messages: ExceptionMessages | undefined;
  /** The last load failed: a step then shows the generic message instead of waiting. */
  failed: boolean;
}

const NOT_YET: ExceptionMessagesSnapshot = { messages: undefined, failed: false };
const FAILED: ExceptionMessagesSnapshot = { messages: undefined, failed: true };
// One object per state, so that subscribers (useSyncExternalStore) see a change only when there is one.
let now: ExceptionMessagesSnapshot = NOT_YET;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/**
 * Starts loading, once; resolves when the messages are there, rejects when the load failed (and the
 * snapshot says so). A failed load is forgotten, so a later error tries again.
 */
export const loadExceptionMessages: () => Promise<void> = onDemand(() =>
  loadExceptionsEn().then(
    (module) => {
      now = { messages: module.exceptionsEn, failed: false };
      notify();
    },
    (cause: unknown) => {
      now = FAILED;
      notify();
      throw cause;
    },
  ),
);

/** What there is now: the messages, or undefined while they have not arrived (`failed` says why). */
export function exceptionMessagesNow(): ExceptionMessagesSnapshot {
  return now;
}

export function subscribeToExceptionMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
