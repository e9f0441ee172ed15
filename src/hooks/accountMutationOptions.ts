import {
  confirmForgotPassword,
  confirmSignUp,
  forgotPassword,
  resendConfirmationCode,
} from "../core/account/operations";
import type { CognitoClient } from "../core/client/client";
import type {
  ConfirmForgotPasswordError,
  ConfirmSignUpError,
  ForgotPasswordError,
  ResendConfirmationCodeError,
} from "../core/client/errors";
import type {
  ConfirmForgotPasswordInput,
  ConfirmSignUpInput,
  ConfirmSignUpResponse,
  ForgotPasswordInput,
  ForgotPasswordResponse,
  ResendConfirmationCodeInput,
  ResendConfirmationCodeResponse,
} from "../core/types";
import { accountMutationKeys } from "./accountMutationKeys";
import { operationMutationOptions } from "./operationMutationOptions";

export { accountMutationKeys } from "./accountMutationKeys";

/** Options for `useMutation` that call ForgotPassword. */
export function forgotPasswordMutationOptions(client: CognitoClient) {
  return operationMutationOptions<ForgotPasswordResponse, ForgotPasswordError, ForgotPasswordInput>(
    accountMutationKeys.forgotPassword,
    (input, options) => forgotPassword(client, input, options),
  );
}

/** Options for `useMutation` that call ConfirmForgotPassword (the code and the new password). */
export function confirmForgotPasswordMutationOptions(client: CognitoClient) {
  return operationMutationOptions<void, ConfirmForgotPasswordError, ConfirmForgotPasswordInput>(
    accountMutationKeys.confirmForgotPassword,
    (input, options) => confirmForgotPassword(client, input, options),
  );
}

/** Options for `useMutation` that call ResendConfirmationCode. */
export function resendConfirmationCodeMutationOptions(client: CognitoClient) {
  return operationMutationOptions<
    ResendConfirmationCodeResponse,
    ResendConfirmationCodeError,
    ResendConfirmationCodeInput
  >(accountMutationKeys.resendConfirmationCode, (input, options) =>
    resendConfirmationCode(client, input, options),
  );
}

/** Options for `useMutation` that call ConfirmSignUp. */
export function confirmSignUpMutationOptions(client: CognitoClient) {
  return operationMutationOptions<ConfirmSignUpResponse, ConfirmSignUpError, ConfirmSignUpInput>(
    accountMutationKeys.confirmSignUp,
    (input, options) => confirmSignUp(client, input, options),
  );
}
