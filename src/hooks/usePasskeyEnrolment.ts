"use client";
import {
  type PasskeyEnrolmentActions,
  type PasskeyEnrolmentOptions,
  type PasskeyEnrolmentState,
  passkeyEnrolment,
} from "../core/passkeys/enrolment";
import { useJourney } from "./useJourney";

export type UsePasskeyEnrolmentOptions = PasskeyEnrolmentOptions;
export type UsePasskeyEnrolmentResult = PasskeyEnrolmentState & PasskeyEnrolmentActions;

/**
 * Passkey registration as a hook: the `passkeyEnrolment` journey, each call a sealed mutation on the
 * app's QueryClient (no token or credential in its variables or cache). Unmounting cancels it.
 */
export const usePasskeyEnrolment = (options: UsePasskeyEnrolmentOptions): UsePasskeyEnrolmentResult =>
  useJourney(passkeyEnrolment, options);
