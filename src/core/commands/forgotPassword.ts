// Loads only with the account steps: nothing of the first load is imported here, not even json.ts
// (members left undefined are dropped by the client's JSON.stringify).
import type { ForgotPasswordError } from "../client/errors";
import { forgotPasswordOperation } from "../client/operations/account";
import type { ForgotPasswordInput, ForgotPasswordResponse } from "../types";
import type { Command } from "./command";

/** ForgotPassword: a code to reset the password, to the user's verified email or phone. */
export const forgotPasswordCommand: Command<
  ForgotPasswordInput,
  ForgotPasswordResponse,
  ForgotPasswordError
> = {
  name: "ForgotPassword",
  secretHashOf: (input) => input.username,
  request: (input, clientId, secretHash) => ({
    ClientId: clientId,
    Username: input.username,
    SecretHash: secretHash,
    ClientMetadata: input.clientMetadata,
  }),
  read: forgotPasswordOperation.parseResponse,
};
