"use client";
import { useMutation } from "@tanstack/react-query";
import { resendConfirmationCodeMutationOptions } from "./accountMutationOptions";
import { useCognitoClient } from "./clientContext";

/** Calls ResendConfirmationCode through React Query; the error is typed with the operation's error union. */
export function useResendConfirmationCode() {
  return useMutation(resendConfirmationCodeMutationOptions(useCognitoClient()));
}
