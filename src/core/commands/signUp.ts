// Loads only with a sign-up: nothing of the first load is imported here (see forgotPassword.ts).
import type { SignUpError } from "../client/errors";
import { signUpOperation } from "../client/operations/signUp";
import type { SignUpInput, SignUpResponse, StringMap } from "../types";
import type { Command } from "./command";

/** Attributes by name, as Cognito's AttributeListType: `[{ Name, Value }]`. */
const attributeList = (attributes: StringMap | undefined) =>
  attributes && Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));

/** SignUp: a new account, with or without a password; a code to confirm it unless a Lambda did. */
export const signUpCommand: Command<SignUpInput, SignUpResponse, SignUpError> = {
  name: "SignUp",
  secretHashOf: (input) => input.username,
  request: (input, clientId, secretHash) => ({
    ClientId: clientId,
    Username: input.username,
    Password: input.password,
    UserAttributes: attributeList(input.userAttributes),
    ValidationData: attributeList(input.validationData),
    SecretHash: secretHash,
    ClientMetadata: input.clientMetadata,
    UserContextData: input.userContextData && {
      EncodedData: input.userContextData.encodedData,
      IpAddress: input.userContextData.ipAddress,
    },
    AnalyticsMetadata: input.analyticsMetadata && {
      AnalyticsEndpointId: input.analyticsMetadata.analyticsEndpointId,
    },
  }),
  read: signUpOperation.parseResponse,
};
