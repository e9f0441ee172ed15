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

/** A client method these options can call, named as on the client. */
export type CognitoMutationMethod = keyof typeof cognitoMutationKeys;

/**
 * The options every operation's mutation shares: no retry (a code or a session must not be sent twice
 * unasked), and out of the cache as soon as it settles. `call` is the operation, given its input and the
 * signal.
 */
export function operationMutationOptions<Data, TError, Input extends object>(
  mutationKey: readonly string[],
  call: (input: Input, options?: CallOptions) => Promise<Data>,
) {
  return mutationOptions<Data, TError, MutationVariables<Input>>({
    gcTime: 0,
    retry: false,
    mutationKey,
    mutationFn: (variables) => call(...splitSignal(variables)),
    onSettled: (_data, _error, variables, _result, context) => forgetSettled(variables, context),
  });
}

/** The same options for one of the client's own methods, by its name. */
export function cognitoMutationOptions<Data, TError, Input extends object>(
  client: CognitoClient,
  method: CognitoMutationMethod,
) {
  const call = client[method] as unknown as (input: Input, options?: CallOptions) => Promise<Data>;
  return operationMutationOptions<Data, TError, Input>(cognitoMutationKeys[method], call.bind(client));
}

/** Options for `useMutation` that call InitiateAuth; for apps that call `useMutation` themselves. */
export function initiateAuthMutationOptions(client: CognitoClient) {
  return cognitoMutationOptions<InitiateAuthResponse, InitiateAuthError, InitiateAuthInput>(
    client,
    "initiateAuth",
  );
}

/** Options for `useMutation` that call RespondToAuthChallenge. */
export function respondToAuthChallengeMutationOptions(client: CognitoClient) {
  return cognitoMutationOptions<
    RespondToAuthChallengeResponse,
    RespondToAuthChallengeError,
    RespondToAuthChallengeInput
  >(client, "respondToAuthChallenge");
}

/** Options for `useMutation` that call AssociateSoftwareToken. */
export function associateSoftwareTokenMutationOptions(client: CognitoClient) {
  return cognitoMutationOptions<
    AssociateSoftwareTokenResponse,
    AssociateSoftwareTokenError,
    AssociateSoftwareTokenInput
  >(client, "associateSoftwareToken");
}

/** Options for `useMutation` that call VerifySoftwareToken. */
export function verifySoftwareTokenMutationOptions(client: CognitoClient) {
  return cognitoMutationOptions<
    VerifySoftwareTokenResponse,
    VerifySoftwareTokenError,
    VerifySoftwareTokenInput
  >(client, "verifySoftwareToken");
}

/** Options for `useMutation` that call ConfirmDevice. */
export function confirmDeviceMutationOptions(client: CognitoClient) {
  return cognitoMutationOptions<ConfirmDeviceResponse, ConfirmDeviceError, ConfirmDeviceInput>(
    client,
    "confirmDevice",
  );
}

/** Options for `useMutation` that call UpdateDeviceStatus. */
export function updateDeviceStatusMutationOptions(client: CognitoClient) {
  return cognitoMutationOptions<void, UpdateDeviceStatusError, UpdateDeviceStatusInput>(
    client,
    "updateDeviceStatus",
  );
}
