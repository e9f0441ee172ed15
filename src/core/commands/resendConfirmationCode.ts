// Loads only with the account steps: nothing of the first load is imported here (see forgotPassword.ts).
import type { ResendConfirmationCodeError } from "../client/errors";
import { resendConfirmationCodeOperation } from "../client/operations/account";
import type { ResendConfirmationCodeInput, ResendConfirmationCodeResponse } from "../types";
import type { Command } from "./command";
import { forgotPasswordCommand } from "./forgotPassword";

/** ResendConfirmationCode: the account's confirmation code, sent again. */
export const resendConfirmationCodeCommand: Command<
  ResendConfirmationCodeInput,
  ResendConfirmationCodeResponse,
  ResendConfirmationCodeError
> = {
  name: "ResendConfirmationCode",
  // The same body as ForgotPassword's: the user, and SecretHash for an app client with a secret.
  secretHashOf: forgotPasswordCommand.secretHashOf,
  request: forgotPasswordCommand.request,
  read: resendConfirmationCodeOperation.parseResponse,
};
