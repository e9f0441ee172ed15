// Loads only with the account steps: nothing of the first load is imported here (see forgotPassword.ts).
import type { ResendConfirmationCodeError } from "../client/errors";
import { resendConfirmationCodeOperation } from "../client/operations/account";
import type { ResendConfirmationCodeInput, ResendConfirmationCodeResponse } from "../types";
import type { Command } from "./command";

/** ResendConfirmationCode: the account's confirmation code, sent again. */
export const resendConfirmationCodeCommand: Command<
  ResendConfirmationCodeInput,
  ResendConfirmationCodeResponse,
  ResendConfirmationCodeError
> = {
  name: "ResendConfirmationCode",
  secretHashOf: (input) => input.username,
  request: (input, clientId, secretHash) => ({
    ClientId: clientId,
    Username: input.username,
    SecretHash: secretHash,
    ClientMetadata: input.clientMetadata,
  }),
  read: resendConfirmationCodeOperation.parseResponse,
};
