"use client";
import { useMutation } from "@tanstack/react-query";
import { useCognitoClient } from "./clientContext";
import { respondToAuthChallengeMutationOptions } from "./mutationOptions";

/** Calls RespondToAuthChallenge through React Query; the error is typed with the operation's error union. */
export function useRespondToAuthChallenge() {
  return useMutation(respondToAuthChallengeMutationOptions(useCognitoClient()));
}
