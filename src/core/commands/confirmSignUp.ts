// Loads only with the account steps: nothing of the first load is imported here (see forgotPassword.ts).
import type { ConfirmSignUpError } from "../client/errors";
import { confirmSignUpOperation } from "../client/operations/account";
import type { ConfirmSignUpInput, ConfirmSignUpResponse } from "../types";
import type { Command } from "./command";

/** ConfirmSignUp: confirms an account with its code, and SignUp's Session when there is one. */
export const confirmSignUpCommand: Command<ConfirmSignUpInput, ConfirmSignUpResponse, ConfirmSignUpError> = {
  name: "ConfirmSignUp",
  secretHashOf: (input) => input.username,
  request: (input, clientId, secretHash) => ({
    ClientId: clientId,
    Username: input.username,
    ConfirmationCode: input.confirmationCode,
    Session: input.session,
    ForceAliasCreation: input.forceAliasCreation,
    SecretHash: secretHash,
    ClientMetadata: input.clientMetadata,
  }),
  read: confirmSignUpOperation.parseResponse,
};
