/**
 * The request bodies of the account operations, camelCase in, PascalCase out: with the operations, so
 * that only apps (and screens) that use them carry them. Members left undefined are left out by the
 * client's JSON.stringify; no `defined()` here, since importing the first load's json module from code
 * that loads on demand would split it out of the first load (ARCHITECTURE.md).
 */
import type { ConfirmForgotPasswordInput, ConfirmSignUpInput, SendCodeInput } from "../types";

/** ForgotPassword and ResendConfirmationCode: the user, and SecretHash for an app client with a secret. */
export const sendCodeRequest = (input: SendCodeInput, clientId: string, secretHash: string | undefined) => ({
  ClientId: clientId,
  Username: input.username,
  SecretHash: secretHash,
  ClientMetadata: input.clientMetadata,
});

/** ConfirmForgotPassword: the code and the new password in one call. */
export const confirmForgotPasswordRequest = (
  input: ConfirmForgotPasswordInput,
  clientId: string,
  secretHash: string | undefined,
) => ({
  ClientId: clientId,
  Username: input.username,
  ConfirmationCode: input.confirmationCode,
  Password: input.password,
  SecretHash: secretHash,
  ClientMetadata: input.clientMetadata,
});

/** ConfirmSignUp: the code, and SignUp's Session when there is one. */
export const confirmSignUpRequest = (
  input: ConfirmSignUpInput,
  clientId: string,
  secretHash: string | undefined,
) => ({
  ClientId: clientId,
  Username: input.username,
  ConfirmationCode: input.confirmationCode,
  Session: input.session,
  ForceAliasCreation: input.forceAliasCreation,
  SecretHash: secretHash,
  ClientMetadata: input.clientMetadata,
});
