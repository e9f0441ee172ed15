"use client";
import {
  type TwoFactorActions,
  type TwoFactorOptions,
  type TwoFactorState,
  twoFactor,
} from "../core/settings/twoFactor";
import { useJourney } from "./useJourney";

export type UseTwoFactorOptions = TwoFactorOptions;
export type UseTwoFactorResult = TwoFactorState & TwoFactorActions;

/**
 * The second step at sign-in as a hook: the `twoFactor` journey, each call a sealed mutation on the app's
 * QueryClient (no token in its variables or cache). Unmounting cancels it.
 */
export const useTwoFactor = (options: UseTwoFactorOptions): UseTwoFactorResult =>
  useJourney(twoFactor, options);
