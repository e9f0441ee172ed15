"use client";
import { useMutation } from "@tanstack/react-query";
import { useCognitoClient } from "./clientContext";
import { initiateAuthMutationOptions } from "./mutationOptions";

/** Calls InitiateAuth through React Query; the error is typed with the operation's error union. */
export function useInitiateAuth() {
  return useMutation(initiateAuthMutationOptions(useCognitoClient()));
}
