"use client";
import {
  type TotpEnrollmentActions,
  type TotpEnrollmentOptions,
  type TotpEnrollmentState,
  totpEnrollment,
} from "../core/totp/enrollment";
import { useJourney } from "./useJourney";

export type UseTotpSetupOptions = TotpEnrollmentOptions;

export type TotpSetupState = TotpEnrollmentState;

export type UseTotpSetupResult = TotpSetupState & TotpEnrollmentActions;

/**
 * Authenticator-app enrollment for a signed-in user (an account page), by access token: the
 * `totpEnrollment` journey, its calls through React Query. One request at a time; unmounting cancels it.
 */
export const useTotpSetup = (options: UseTotpSetupOptions): UseTotpSetupResult =>
  useJourney(totpEnrollment, options);
