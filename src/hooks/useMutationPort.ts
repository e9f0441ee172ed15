"use client";
import { MutationObserver, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { CognitoClient } from "../core/client/client";
import type { SignInPort } from "../core/signIn/port";
import type { CallOptions } from "../core/types";
import { type CognitoMutationMethod, cognitoMutationKeys, cognitoMutationOptions } from "./mutationOptions";

/**
 * The client's calls as React Query mutations: each call is a mutation in the app's MutationCache, so
 * its callbacks and devtools see it, and it leaves the cache as it settles (see `mutationOptions`). A
 * fresh observer per call keeps no result behind: nothing secret outlives the call here either.
 */
export function useMutationPort(client: CognitoClient): SignInPort {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const through = (method: CognitoMutationMethod) => {
      const options = cognitoMutationOptions<unknown, unknown, object>(client, method);
      return (input: object, callOptions?: CallOptions) =>
        new MutationObserver(queryClient, options).mutate({ ...input, ...callOptions });
    };
    const methods = Object.keys(cognitoMutationKeys) as CognitoMutationMethod[];
    return Object.fromEntries(methods.map((method) => [method, through(method)])) as unknown as SignInPort;
  }, [queryClient, client]);
}
