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
export async function forgotPassword(
  client: CognitoClient,
  input: ForgotPasswordInput,
  options?: CallOptions,
): Promise<ForgotPasswordResponse> {
  const hash = await client.secretHashFor(input.username, "ForgotPassword");
  return client.send(
    "ForgotPassword",
    sendCodeRequest(input, client.clientId, hash),
    forgotPasswordOperation.parseResponse,
    options,
  );
}

/** Sets a new password with the code ForgotPassword (or an administrator's reset) sent. */
export async function confirmForgotPassword(
  client: CognitoClient,
  input: ConfirmForgotPasswordInput,
  options?: CallOptions,
): Promise<void> {
  const hash = await client.secretHashFor(input.username, "ConfirmForgotPassword");
  return client.send(
    "ConfirmForgotPassword",
    confirmForgotPasswordRequest(input, client.clientId, hash),
    confirmForgotPasswordOperation.parseResponse,
    options,
  );
}

/** Sends the account's confirmation code again. */
export async function resendConfirmationCode(
  client: CognitoClient,
  input: ResendConfirmationCodeInput,
  options?: CallOptions,
): Promise<ResendConfirmationCodeResponse> {
  const hash = await client.secretHashFor(input.username, "ResendConfirmationCode");
  return client.send(
    "ResendConfirmationCode",
    sendCodeRequest(input, client.clientId, hash),
    resendConfirmationCodeOperation.parseResponse,
    options,
  );
}

/** Confirms an account with its code. */
export async function confirmSignUp(
  client: CognitoClient,
  input: ConfirmSignUpInput,
  options?: CallOptions,
): Promise<ConfirmSignUpResponse> {
  const hash = await client.secretHashFor(input.username, "ConfirmSignUp");
  return client.send(
    "ConfirmSignUp",
    confirmSignUpRequest(input, client.clientId, hash),
    confirmSignUpOperation.parseResponse,
    options,
  );
}
