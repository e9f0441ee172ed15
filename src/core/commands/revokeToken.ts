import type { RevokeTokenError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import { defined } from "../json";
import type { RevokeTokenInput } from "../types";
import type { Command } from "./command";

/** RevokeToken: ends a refresh token and what was issued with it; the ClientSecret of a confidential client. */
export const revokeTokenCommand: Command<RevokeTokenInput, void, RevokeTokenError> = {
  name: "RevokeToken",
  request: (input, clientId) =>
    defined({ ClientId: clientId, Token: input.token, ClientSecret: input.clientSecret }),
  read: parseEmptyAnswer,
};
