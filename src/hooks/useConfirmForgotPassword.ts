"use client";
import { useMutation } from "@tanstack/react-query";
import { confirmForgotPasswordMutationOptions } from "./accountMutationOptions";
import { useCognitoClient } from "./clientContext";

/** Calls ConfirmForgotPassword (the code and the new password) through React Query; the error is typed with the operation's error union. */
export function useConfirmForgotPassword() {
  return useMutation(confirmForgotPasswordMutationOptions(useCognitoClient()));
}
