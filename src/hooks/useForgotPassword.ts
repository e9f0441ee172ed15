"use client";
import { useMutation } from "@tanstack/react-query";
import { forgotPasswordMutationOptions } from "./accountMutationOptions";
import { useCognitoClient } from "./clientContext";

/** Calls ForgotPassword (a code to reset the password) through React Query; the error is typed with the operation's error union. */
export function useForgotPassword() {
  return useMutation(forgotPasswordMutationOptions(useCognitoClient()));
}
