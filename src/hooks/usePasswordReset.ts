"use client";
import {
  type PasswordResetActions,
  type PasswordResetOptions,
  type PasswordResetState,
  passwordReset,
} from "../core/passwordReset/passwordReset";
import { useJourney } from "./useJourney";

export type UsePasswordResetOptions = PasswordResetOptions;
export type UsePasswordResetResult = PasswordResetState & PasswordResetActions;

/**
 * A password reset as a hook: the `passwordReset` journey, each call a mutation on the app's QueryClient
 * that leaves the cache as it settles (no code or password stays there). One request at a time;
 * unmounting cancels it.
 */
export const usePasswordReset = (options: UsePasswordResetOptions = {}): UsePasswordResetResult =>
  useJourney(passwordReset, options);
