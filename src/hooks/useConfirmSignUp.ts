"use client";
import { useMutation } from "@tanstack/react-query";
import { confirmSignUpMutationOptions } from "./accountMutationOptions";
import { useCognitoClient } from "./clientContext";

/** Calls ConfirmSignUp through React Query; the error is typed with the operation's error union. */
export function useConfirmSignUp() {
  return useMutation(confirmSignUpMutationOptions(useCognitoClient()));
}
