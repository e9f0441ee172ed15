"use client";
import { useMutation } from "@tanstack/react-query";
import { useCognitoClient } from "./clientContext";
import { confirmDeviceMutationOptions } from "./mutationOptions";

/** Calls ConfirmDevice through React Query; the error is typed with the operation's error union. */
export function useConfirmDevice() {
  return useMutation(confirmDeviceMutationOptions(useCognitoClient()));
}
