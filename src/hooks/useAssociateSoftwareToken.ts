"use client";
import { useMutation } from "@tanstack/react-query";
import { useCognitoClient } from "./clientContext";
import { associateSoftwareTokenMutationOptions } from "./mutationOptions";

/** Calls AssociateSoftwareToken through React Query; the error is typed with the operation's error union. */
export function useAssociateSoftwareToken() {
  return useMutation(associateSoftwareTokenMutationOptions(useCognitoClient()));
}
