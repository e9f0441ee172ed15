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

import { operationMutationOptions } from "./operationMutationOptions";

export { type MutationVariables, operationMutationOptions } from "./operationMutationOptions";

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
