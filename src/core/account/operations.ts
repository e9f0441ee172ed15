/**
 * The account operations around a sign-in (a forgotten password, an unconfirmed account), as functions of
 * a client with their readers: an app that only signs in does not carry them. Each has its typed error
 * union (`ForgotPasswordError`…), from the SDK's model. All are client-id calls: no token, and SecretHash
 * from the client's `secretHash` where the app client has a secret.
 */
import type { CognitoClient } from "../client/client";
import {
  confirmForgotPasswordOperation,
  confirmSignUpOperation,
  forgotPasswordOperation,
  resendConfirmationCodeOperation,
} from "../client/operations/account";
import type {
  CallOptions,
  ConfirmForgotPasswordInput,
  ConfirmSignUpInput,
  ConfirmSignUpResponse,
  ForgotPasswordInput,
  ForgotPasswordResponse,
  ResendConfirmationCodeInput,
  ResendConfirmationCodeResponse,
} from "../types";
import { confirmForgotPasswordRequest, confirmSignUpRequest, sendCodeRequest } from "./requests";

/** Sends a code to reset the password, to the user's verified email or phone. */
export function forgotPassword(
  client: CognitoClient,
  input: ForgotPasswordInput,
  options?: CallOptions,
): Promise<ForgotPasswordResponse> {
  return client.send(
    "ForgotPassword",
    // Built in the call, so that a failing `secretHash` is the call's NetworkError, under its timeout.
    async () => sendCodeRequest(input, client.clientId, await client.secretHashFor(input.username)),
    forgotPasswordOperation.parseResponse,
    options,
  );
}

/** Sets a new password with the code ForgotPassword (or an administrator's reset) sent. */
export function confirmForgotPassword(
  client: CognitoClient,
  input: ConfirmForgotPasswordInput,
  options?: CallOptions,
): Promise<void> {
  return client.send(
    "ConfirmForgotPassword",
    // Built in the call, so that a failing `secretHash` is the call's NetworkError, under its timeout.
    async () =>
      confirmForgotPasswordRequest(input, client.clientId, await client.secretHashFor(input.username)),
    confirmForgotPasswordOperation.parseResponse,
    options,
  );
}

/** Sends the account's confirmation code again. */
export function resendConfirmationCode(
  client: CognitoClient,
  input: ResendConfirmationCodeInput,
  options?: CallOptions,
): Promise<ResendConfirmationCodeResponse> {
  return client.send(
    "ResendConfirmationCode",
    // Built in the call, so that a failing `secretHash` is the call's NetworkError, under its timeout.
    async () => sendCodeRequest(input, client.clientId, await client.secretHashFor(input.username)),
    resendConfirmationCodeOperation.parseResponse,
    options,
  );
}

/** Confirms an account with its code. */
export function confirmSignUp(
  client: CognitoClient,
  input: ConfirmSignUpInput,
  options?: CallOptions,
): Promise<ConfirmSignUpResponse> {
  return client.send(
    "ConfirmSignUp",
    // Built in the call, so that a failing `secretHash` is the call's NetworkError, under its timeout.
    async () => confirmSignUpRequest(input, client.clientId, await client.secretHashFor(input.username)),
    confirmSignUpOperation.parseResponse,
    options,
  );
}
