/**
 * The account operations around a sign-in (a new account, a forgotten password, an unconfirmed account), as functions
 * of a client: sugar over `client.send` and their commands (core/commands/), which bring their readers,
 * so an app that only signs in does not carry them. Each has its typed error union
 * (`ForgotPasswordError`…), from the SDK's model. All are client-id calls: no token, and SecretHash from
 * the client's `secretHash` where the app client has a secret.
 */
import type { CognitoClient } from "../client/client";
import { confirmForgotPasswordCommand } from "../commands/confirmForgotPassword";
import { confirmSignUpCommand } from "../commands/confirmSignUp";
import { forgotPasswordCommand } from "../commands/forgotPassword";
import { resendConfirmationCodeCommand } from "../commands/resendConfirmationCode";
import { signUpCommand } from "../commands/signUp";
import type {
  CallOptions,
  ConfirmForgotPasswordInput,
  ConfirmSignUpInput,
  ConfirmSignUpResponse,
  ForgotPasswordInput,
  ForgotPasswordResponse,
  ResendConfirmationCodeInput,
  ResendConfirmationCodeResponse,
  SignUpInput,
  SignUpResponse,
} from "../types";

/** Sends a code to reset the password, to the user's verified email or phone. */
export const forgotPassword = (
  client: CognitoClient,
  input: ForgotPasswordInput,
  options?: CallOptions,
): Promise<ForgotPasswordResponse> => client.send(forgotPasswordCommand, input, options);

/** Sets a new password with the code ForgotPassword (or an administrator's reset) sent. */
export const confirmForgotPassword = (
  client: CognitoClient,
  input: ConfirmForgotPasswordInput,
  options?: CallOptions,
): Promise<void> => client.send(confirmForgotPasswordCommand, input, options);

/** Sends the account's confirmation code again. */
export const resendConfirmationCode = (
  client: CognitoClient,
  input: ResendConfirmationCodeInput,
  options?: CallOptions,
): Promise<ResendConfirmationCodeResponse> => client.send(resendConfirmationCodeCommand, input, options);

/** Confirms an account with its code. */
export const confirmSignUp = (
  client: CognitoClient,
  input: ConfirmSignUpInput,
  options?: CallOptions,
): Promise<ConfirmSignUpResponse> => client.send(confirmSignUpCommand, input, options);

/** Creates an account: a code to confirm it follows, unless a pre sign-up Lambda confirmed it. */
export const signUp = (
  client: CognitoClient,
  input: SignUpInput,
  options?: CallOptions,
): Promise<SignUpResponse> => client.send(signUpCommand, input, options);
