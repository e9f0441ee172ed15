"use client";
import {
  createTotpEnrollment,
  type TotpEnrollmentActions,
  type TotpEnrollmentOptions,
  type TotpEnrollmentState,
} from "../core/totp/enrollment";
import { useCognitoClient } from "./clientContext";
import { useJourneyStore } from "./useJourneyStore";
import { useMutationPort } from "./useMutationPort";

export type UseTotpSetupOptions = TotpEnrollmentOptions;

export type TotpSetupState = TotpEnrollmentState;

export type UseTotpSetupResult = TotpSetupState & TotpEnrollmentActions;

/**
 * Authenticator-app enrollment for a signed-in user (an account page), by access token: a binding over
 * `createTotpEnrollment`, its calls through React Query. One request at a time; unmounting cancels it.
 */
export function useTotpSetup(options: UseTotpSetupOptions): UseTotpSetupResult {
  const port = useMutationPort(useCognitoClient());
  const [state, { start, verify, reset }] = useJourneyStore(createTotpEnrollment, { ...options, port });
  return { ...state, start, verify, reset };
}
