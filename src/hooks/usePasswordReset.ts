"use client";
import { journeyKit } from "./journeyKit";
import {
  type UsePasswordResetOptions,
  type UsePasswordResetResult,
  usePasswordResetWith,
} from "./passwordResetBinding";

export type { UsePasswordResetOptions, UsePasswordResetResult } from "./passwordResetBinding";

/**
 * A password reset as a hook: a binding over `createPasswordReset`, each call a mutation on the app's
 * QueryClient that leaves the cache as it settles (no code or password stays there). One request at a
 * time; unmounting cancels it.
 */
export function usePasswordReset(options: UsePasswordResetOptions = {}): UsePasswordResetResult {
  return usePasswordResetWith(journeyKit, options);
}
