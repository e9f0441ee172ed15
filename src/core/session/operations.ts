/**
 * The session's Cognito operations, as functions of a client: sugar over `client.send` and their
 * commands (core/commands/), which bring their readers, so an app that only signs in does not carry
 * them. Each has its typed error union (`GetTokensFromRefreshTokenError`…), from the SDK's model.
 */
import type { CognitoClient } from "../client/client";
import { getTokensFromRefreshTokenCommand } from "../commands/getTokensFromRefreshToken";
import { getUserCommand } from "../commands/getUser";
import { globalSignOutCommand } from "../commands/globalSignOut";
import { revokeTokenCommand } from "../commands/revokeToken";
import type {
  CallOptions,
  GetTokensFromRefreshTokenInput,
  GetTokensFromRefreshTokenResponse,
  GetUserInput,
  GetUserResponse,
  GlobalSignOutInput,
  RevokeTokenInput,
} from "../types";

/**
 * New access and ID tokens for a refresh token, with or without rotation; with rotation on, the answer
 * holds a new refresh token, and the old one is spent (after the app client's grace period).
 */
export const getTokensFromRefreshToken = (
  client: CognitoClient,
  input: GetTokensFromRefreshTokenInput,
  options?: CallOptions,
): Promise<GetTokensFromRefreshTokenResponse> =>
  client.send(getTokensFromRefreshTokenCommand, input, options);

/** Ends a refresh token, and the access and ID tokens issued with it. */
export const revokeToken = (client: CognitoClient, input: RevokeTokenInput, options?: CallOptions) =>
  client.send(revokeTokenCommand, input, options);

/** Ends every refresh token of the user whose access token this is, on every device. */
export const globalSignOut = (client: CognitoClient, input: GlobalSignOutInput, options?: CallOptions) =>
  client.send(globalSignOutCommand, input, options);

/** The signed-in user's name, attributes and MFA settings. */
export const getUser = (
  client: CognitoClient,
  input: GetUserInput,
  options?: CallOptions,
): Promise<GetUserResponse> => client.send(getUserCommand, input, options);
