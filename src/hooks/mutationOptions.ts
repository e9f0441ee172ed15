import { type MutationFunctionContext, mutationOptions } from "@tanstack/react-query";
import type { CognitoClient } from "../core/client/client";
import type {
  AssociateSoftwareTokenError,
  ConfirmDeviceError,
  InitiateAuthError,
  RespondToAuthChallengeError,
  UpdateDeviceStatusError,
  VerifySoftwareTokenError,
} from "../core/client/errors";
import type {
  AssociateSoftwareTokenInput,
  AssociateSoftwareTokenResponse,
  CallOptions,
  ConfirmDeviceInput,
  ConfirmDeviceResponse,
  InitiateAuthInput,
  InitiateAuthResponse,
  RespondToAuthChallengeInput,
  RespondToAuthChallengeResponse,
  UpdateDeviceStatusInput,
  VerifySoftwareTokenInput,
  VerifySoftwareTokenResponse,
} from "../core/types";

/** A call's input, plus the `signal` that cancels it. */
export type MutationVariables<Input> = Input & CallOptions;

/**
 * React Query keeps a mutation's variables (passwords, codes) and data (tokens, TOTP secrets) in its cache
 * until garbage collection. These mutations leave the cache as they settle, so nothing secret outlives
 * the call there; the result still reaches the caller through the hook and the mutate callbacks.
 */
function forgetSettled(variables: unknown, context: MutationFunctionContext): void {
  const cache = context.client.getMutationCache();
  for (const mutation of cache.findAll({ mutationKey: context.mutationKey, exact: true })) {
    if (mutation.state.variables === variables) cache.remove(mutation);
  }
}

const common = { gcTime: 0, retry: false } as const;

function splitSignal<Input extends object>({ signal, ...input }: MutationVariables<Input>) {
  return [input as unknown as Input, signal === undefined ? undefined : { signal }] as const;
}

export const cognitoMutationKeys = {
  initiateAuth: ["cognito-challenge-ui", "InitiateAuth"],
  respondToAuthChallenge: ["cognito-challenge-ui", "RespondToAuthChallenge"],
  associateSoftwareToken: ["cognito-challenge-ui", "AssociateSoftwareToken"],
  verifySoftwareToken: ["cognito-challenge-ui", "VerifySoftwareToken"],
  confirmDevice: ["cognito-challenge-ui", "ConfirmDevice"],
  updateDeviceStatus: ["cognito-challenge-ui", "UpdateDeviceStatus"],
} as const;

/** Options for `useMutation` that call InitiateAuth; for apps that call `useMutation` themselves. */
export function initiateAuthMutationOptions(client: CognitoClient) {
  return mutationOptions<InitiateAuthResponse, InitiateAuthError, MutationVariables<InitiateAuthInput>>({
    ...common,
    mutationKey: cognitoMutationKeys.initiateAuth,
    mutationFn: (variables) => client.initiateAuth(...splitSignal(variables)),
    onSettled: (_data, _error, variables, _result, context) => forgetSettled(variables, context),
  });
}

/** Options for `useMutation` that call RespondToAuthChallenge. */
export function respondToAuthChallengeMutationOptions(client: CognitoClient) {
  return mutationOptions<
    RespondToAuthChallengeResponse,
    RespondToAuthChallengeError,
    MutationVariables<RespondToAuthChallengeInput>
  >({
    ...common,
    mutationKey: cognitoMutationKeys.respondToAuthChallenge,
    mutationFn: (variables) => client.respondToAuthChallenge(...splitSignal(variables)),
    onSettled: (_data, _error, variables, _result, context) => forgetSettled(variables, context),
  });
}

/** Options for `useMutation` that call AssociateSoftwareToken. */
export function associateSoftwareTokenMutationOptions(client: CognitoClient) {
  return mutationOptions<
    AssociateSoftwareTokenResponse,
    AssociateSoftwareTokenError,
    MutationVariables<AssociateSoftwareTokenInput>
  >({
    ...common,
    mutationKey: cognitoMutationKeys.associateSoftwareToken,
    mutationFn: (variables) => client.associateSoftwareToken(...splitSignal(variables)),
    onSettled: (_data, _error, variables, _result, context) => forgetSettled(variables, context),
  });
}

/** Options for `useMutation` that call VerifySoftwareToken. */
export function verifySoftwareTokenMutationOptions(client: CognitoClient) {
  return mutationOptions<
    VerifySoftwareTokenResponse,
    VerifySoftwareTokenError,
    MutationVariables<VerifySoftwareTokenInput>
  >({
    ...common,
    mutationKey: cognitoMutationKeys.verifySoftwareToken,
    mutationFn: (variables) => client.verifySoftwareToken(...splitSignal(variables)),
    onSettled: (_data, _error, variables, _result, context) => forgetSettled(variables, context),
  });
}

/** Options for `useMutation` that call ConfirmDevice. */
export function confirmDeviceMutationOptions(client: CognitoClient) {
  return mutationOptions<ConfirmDeviceResponse, ConfirmDeviceError, MutationVariables<ConfirmDeviceInput>>({
    ...common,
    mutationKey: cognitoMutationKeys.confirmDevice,
    mutationFn: (variables) => client.confirmDevice(...splitSignal(variables)),
    onSettled: (_data, _error, variables, _result, context) => forgetSettled(variables, context),
  });
}

/** Options for `useMutation` that call UpdateDeviceStatus. */
export function updateDeviceStatusMutationOptions(client: CognitoClient) {
  return mutationOptions<void, UpdateDeviceStatusError, MutationVariables<UpdateDeviceStatusInput>>({
    ...common,
    mutationKey: cognitoMutationKeys.updateDeviceStatus,
    mutationFn: (variables) => client.updateDeviceStatus(...splitSignal(variables)),
    onSettled: (_data, _error, variables, _result, context) => forgetSettled(variables, context),
  });
}
