"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { CognitoClient } from "../core/client/client";
import type { SignInPort } from "../core/signIn/port";
import type { CallOptions } from "../core/types";
import { type CognitoMutationMethod, cognitoMutationKeys } from "./mutationOptions";
import { sealedCall } from "./operationMutationOptions";

/**
 * The client's calls as React Query mutations, each in the app's MutationCache (so its callbacks and
 * devtools see it) with neither the request nor the answer in it (see `sealedCall`).
 */
export function useMutationPort(client: CognitoClient): SignInPort {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const methods = Object.keys(cognitoMutationKeys) as CognitoMutationMethod[];
    const through = (method: CognitoMutationMethod) => {
      const call = client[method] as (input: object, options?: CallOptions) => Promise<unknown>;
      return sealedCall(queryClient, cognitoMutationKeys[method], call.bind(client));
    };
    return Object.fromEntries(methods.map((method) => [method, through(method)])) as unknown as SignInPort;
  }, [queryClient, client]);
}
