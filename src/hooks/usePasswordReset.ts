"use client";
import { MutationObserver, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import {
  createPasswordReset,
  type PasswordResetActions,
  type PasswordResetOptions,
  type PasswordResetPort,
  type PasswordResetState,
} from "../core/passwordReset/store";
import {
  confirmForgotPasswordMutationOptions,
  forgotPasswordMutationOptions,
} from "./accountMutationOptions";
import { useCognitoClient } from "./CognitoProvider";
import { useJourneyStore } from "./useJourneyStore";

export type UsePasswordResetOptions = PasswordResetOptions;
export type UsePasswordResetResult = PasswordResetState & PasswordResetActions;

/**
 * A password reset as a hook: a binding over `createPasswordReset`, each call a mutation on the app's
 * QueryClient that leaves the cache as it settles (no code or password stays there). One request at a
 * time; unmounting cancels it.
 */
export function usePasswordReset(options: UsePasswordResetOptions = {}): UsePasswordResetResult {
  const client = useCognitoClient();
  const queryClient = useQueryClient();
  const port = useMemo<PasswordResetPort>(
    () => ({
      forgotPassword: (input, callOptions) =>
        new MutationObserver(queryClient, forgotPasswordMutationOptions(client)).mutate({
          ...input,
          ...callOptions,
        }),
      confirmForgotPassword: (input, callOptions) =>
        new MutationObserver(queryClient, confirmForgotPasswordMutationOptions(client)).mutate({
          ...input,
          ...callOptions,
        }),
    }),
    [client, queryClient],
  );
  const [state, { sendCode, haveCode, confirm, restart }] = useJourneyStore(createPasswordReset, {
    ...options,
    port,
  });
  return { ...state, sendCode, haveCode, confirm, restart };
}
