"use client";
import {
  type AccountConfirmationActions,
  type AccountConfirmationOptions,
  type AccountConfirmationState,
  accountConfirmation,
} from "../core/accountConfirmation/accountConfirmation";
import { useJourney } from "./useJourney";

export type UseAccountConfirmationOptions = AccountConfirmationOptions;
export type UseAccountConfirmationResult = AccountConfirmationState & AccountConfirmationActions;

/**
 * Confirming an account as a hook: the `accountConfirmation` journey, each call a mutation on the app's
 * QueryClient that leaves the cache as it settles (no code stays there). One request at a time;
 * unmounting cancels it.
 */
export const useAccountConfirmation = (
  options: UseAccountConfirmationOptions,
): UseAccountConfirmationResult => useJourney(accountConfirmation, options);
