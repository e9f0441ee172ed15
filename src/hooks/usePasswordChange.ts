"use client";
import {
  type PasswordChangeActions,
  type PasswordChangeOptions,
  type PasswordChangeState,
  passwordChange,
} from "../core/settings/password";
import { useJourney } from "./useJourney";

export type UsePasswordChangeOptions = PasswordChangeOptions;
export type UsePasswordChangeResult = PasswordChangeState & PasswordChangeActions;

/**
 * A signed-in user's password as a hook: the `passwordChange` journey, each call a sealed mutation on the
 * app's QueryClient (no password or token in its variables or cache). Unmounting cancels it.
 */
export const usePasswordChange = (options: UsePasswordChangeOptions): UsePasswordChangeResult =>
  useJourney(passwordChange, options);
