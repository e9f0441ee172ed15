// Loads only with the account steps: nothing of the first load is imported here (see forgotPassword.ts).
import type { ConfirmForgotPasswordError } from "../client/errors";
import { confirmForgotPasswordOperation } from "../client/operations/account";
import type { ConfirmForgotPasswordInput } from "../types";
import type { Command } from "./command";

/** ConfirmForgotPassword: the code and the new password in one call; no tokens come back. */
export const confirmForgotPasswordCommand: Command<
  ConfirmForgotPasswordInput,
  void,
  ConfirmForgotPasswordError
> = {
  name: "ConfirmForgotPassword",
  secretHashOf: (input) => input.username,
  request: (input, clientId, secretHash) => ({
    ClientId: clientId,
    Username: input.username,
    ConfirmationCode: input.confirmationCode,
    Password: input.password,
    SecretHash: secretHash,
    ClientMetadata: input.clientMetadata,
  }),
  read: confirmForgotPasswordOperation.parseResponse,
};
