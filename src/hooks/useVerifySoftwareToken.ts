"use client";
import { useMutation } from "@tanstack/react-query";
import { useCognitoClient } from "./clientContext";
import { verifySoftwareTokenMutationOptions } from "./mutationOptions";

/** Calls VerifySoftwareToken through React Query; the error is typed with the operation's error union. */
export function useVerifySoftwareToken() {
  return useMutation(verifySoftwareTokenMutationOptions(useCognitoClient()));
}
