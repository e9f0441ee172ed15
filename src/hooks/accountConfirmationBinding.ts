"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { confirmSignUp, resendConfirmationCode } from "../core/account/operations";
import {
  type AccountConfirmationActions,
  type AccountConfirmationOptions,
  type AccountConfirmationPort,
  type AccountConfirmationState,
  buildAccountConfirmation,
} from "../core/accountConfirmation/store";
import { accountMutationKeys } from "./accountMutationKeys";
import type { JourneyKit } from "./journeyKit";

export type UseAccountConfirmationOptions = AccountConfirmationOptions;
export type UseAccountConfirmationResult = AccountConfirmationState & AccountConfirmationActions;

/** `useAccountConfirmation`, built from `kit` (see JourneyKit). */
export function useAccountConfirmationWith(
  kit: JourneyKit,
  options: UseAccountConfirmationOptions,
): UseAccountConfirmationResult {
  const client = kit.useCognitoClient();
  const queryClient = useQueryClient();
  const port = useMemo<AccountConfirmationPort>(
    () => ({
      resendConfirmationCode: kit.sealedCall(
        queryClient,
        accountMutationKeys.resendConfirmationCode,
        (input, callOptions) => resendConfirmationCode(client, input, callOptions),
      ),
      confirmSignUp: kit.sealedCall(queryClient, accountMutationKeys.confirmSignUp, (input, callOptions) =>
        confirmSignUp(client, input, callOptions),
      ),
    }),
    [client, queryClient, kit],
  );
  const [state, { sendCode, haveCode, confirm }] = kit.useJourneyStore(
    (storeOptions) => buildAccountConfirmation(kit, storeOptions),
    { ...options, port },
  );
  return { ...state, sendCode, haveCode, confirm };
}
