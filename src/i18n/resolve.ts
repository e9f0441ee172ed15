import { en, type Messages } from "./en";
import { type ErrorMessageKey, errorKeyOf } from "./format";

/** A complete dictionary from the defaults and an app's overrides (any subset of keys). */
export function resolveMessages(overrides?: Partial<Messages>, base: Messages = en): Messages {
  return overrides ? { ...base, ...overrides } : base;
}

/**
 * The key of the message an error is shown with in English: by exception name, by error type, else the
 * generic one.
 */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  const key = errorKeyOf(error);
  return key in en ? (key as ErrorMessageKey) : "error.unknown";
}
