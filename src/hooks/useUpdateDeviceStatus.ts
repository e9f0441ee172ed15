"use client";
import { useMutation } from "@tanstack/react-query";
import { useCognitoClient } from "./clientContext";
import { updateDeviceStatusMutationOptions } from "./mutationOptions";

/** Calls UpdateDeviceStatus through React Query; the error is typed with the operation's error union. */
export function useUpdateDeviceStatus() {
  return useMutation(updateDeviceStatusMutationOptions(useCognitoClient()));
}
