/**
 * The session's Cognito operations, as functions of a client, with their readers: an app that only
 * signs in does not carry them, as it would if they were methods of every client. Each has its typed error union
 * (`GetTokensFromRefreshTokenError`…), from the SDK's model.
 */
import type { CognitoClient } from "../client/client";
import {
  getTokensFromRefreshTokenOperation,
  getUserOperation,
  globalSignOutOperation,
  revokeTokenOperation,
} from "../client/operations/tokens";
import { accessTokenRequest, getTokensFromRefreshTokenRequest, revokeTokenRequest } from "../client/requests";
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
export function getTokensFromRefreshToken(
  client: CognitoClient,
  input: GetTokensFromRefreshTokenInput,
  options?: CallOptions,
): Promise<GetTokensFromRefreshTokenResponse> {
  return client.send(
    "GetTokensFromRefreshToken",
    getTokensFromRefreshTokenRequest(input, client.clientId),
    getTokensFromRefreshTokenOperation.parseResponse,
    options,
  );
}

/** Ends a refresh token, and the access and ID tokens issued with it. */
export function revokeToken(
  client: CognitoClient,
  input: RevokeTokenInput,
  options?: CallOptions,
): Promise<void> {
  return client.send(
    "RevokeToken",
    revokeTokenRequest(input, client.clientId),
    revokeTokenOperation.parseResponse,
    options,
  );
}

/** Ends every refresh token of the user whose access token this is, on every device. */
export function globalSignOut(
  client: CognitoClient,
  input: GlobalSignOutInput,
  options?: CallOptions,
): Promise<void> {
  return client.send(
    "GlobalSignOut",
    accessTokenRequest(input),
    globalSignOutOperation.parseResponse,
    options,
  );
}

/** The signed-in user's name, attributes and MFA settings. */
export function getUser(
  client: CognitoClient,
  input: GetUserInput,
  options?: CallOptions,
): Promise<GetUserResponse> {
  return client.send("GetUser", accessTokenRequest(input), getUserOperation.parseResponse, options);
}
