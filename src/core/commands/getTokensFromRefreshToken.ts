import type { GetTokensFromRefreshTokenError } from "../client/errors";
import { getTokensFromRefreshTokenOperation } from "../client/operations/tokens";
import { defined } from "../json";
import type { GetTokensFromRefreshTokenInput, GetTokensFromRefreshTokenResponse } from "../types";
import type { Command } from "./command";

/**
 * GetTokensFromRefreshToken: new access and ID tokens for a refresh token, with or without rotation. With
 * the ClientSecret itself (not a hash), so only a server sends one.
 */
export const getTokensFromRefreshTokenCommand: Command<
  GetTokensFromRefreshTokenInput,
  GetTokensFromRefreshTokenResponse,
  GetTokensFromRefreshTokenError
> = {
  name: "GetTokensFromRefreshToken",
  request: (input, clientId) =>
    defined({
      ClientId: clientId,
      RefreshToken: input.refreshToken,
      ClientSecret: input.clientSecret,
      DeviceKey: input.deviceKey,
      ClientMetadata: input.clientMetadata,
    }),
  read: getTokensFromRefreshTokenOperation.parseResponse,
};
