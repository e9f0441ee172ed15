"use client";
import {
  type UseAccountConfirmationOptions,
  type UseAccountConfirmationResult,
  useAccountConfirmationWith,
} from "./accountConfirmationBinding";
import { journeyKit } from "./journeyKit";

export type {
  UseAccountConfirmationOptions,
  UseAccountConfirmationResult,
} from "./accountConfirmationBinding";

/**
 * Confirming an account as a hook: a binding over `createAccountConfirmation`, each call a mutation on
 * the app's QueryClient that leaves the cache as it settles (no code stays there). One request at a
 * time; unmounting cancels it.
 */
export function useAccountConfirmation(options: UseAccountConfirmationOptions): UseAccountConfirmationResult {
  return useAccountConfirmationWith(journeyKit, options);
}
