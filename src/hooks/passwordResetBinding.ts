"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { confirmForgotPassword, forgotPassword } from "../core/account/operations";
import {
  buildPasswordReset,
  type PasswordResetActions,
  type PasswordResetOptions,
  type PasswordResetPort,
  type PasswordResetState,
} from "../core/passwordReset/store";
import { accountMutationKeys } from "./accountMutationKeys";
import type { JourneyKit } from "./journeyKit";

export type UsePasswordResetOptions = PasswordResetOptions;
export type UsePasswordResetResult = PasswordResetState & PasswordResetActions;

/** `usePasswordReset`, built from `kit` (see JourneyKit). */
export function usePasswordResetWith(
  kit: JourneyKit,
  options: UsePasswordResetOptions,
): UsePasswordResetResult {
  const client = kit.useCognitoClient();
  const queryClient = useQueryClient();
  const port = useMemo<PasswordResetPort>(
    () => ({
      forgotPassword: kit.sealedCall(queryClient, accountMutationKeys.forgotPassword, (input, callOptions) =>
        forgotPassword(client, input, callOptions),
      ),
      confirmForgotPassword: kit.sealedCall(
        queryClient,
        accountMutationKeys.confirmForgotPassword,
        (input, callOptions) => confirmForgotPassword(client, input, callOptions),
      ),
    }),
    [client, queryClient, kit],
  );
  const [state, { sendCode, haveCode, confirm, restart }] = kit.useJourneyStore(
    (storeOptions) => buildPasswordReset(kit, storeOptions),
    { ...options, port },
  );
  return { ...state, sendCode, haveCode, confirm, restart };
}
