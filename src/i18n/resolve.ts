import { en, type Messages } from "./en";

/** A complete dictionary from the defaults and an app's overrides (any subset of keys). */
export function resolveMessages(overrides?: Partial<Messages>, base: Messages = en): Messages {
  return overrides ? { ...base, ...overrides } : base;
}
