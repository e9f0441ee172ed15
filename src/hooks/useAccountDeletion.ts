"use client";
import {
  type AccountDeletionActions,
  type AccountDeletionOptions,
  type AccountDeletionState,
  accountDeletion,
} from "../core/settings/deletion";
import { useJourney } from "./useJourney";

export type UseAccountDeletionOptions = AccountDeletionOptions;
export type UseAccountDeletionResult = AccountDeletionState & AccountDeletionActions;

/** Deleting the account as a hook: the `accountDeletion` journey, its call a sealed mutation. */
export const useAccountDeletion = (options: UseAccountDeletionOptions): UseAccountDeletionResult =>
  useJourney(accountDeletion, options);
