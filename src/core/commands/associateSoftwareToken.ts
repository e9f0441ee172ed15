import type { AssociateSoftwareTokenError } from "../client/errors";
import { defined } from "../json";
import type { AssociateSoftwareTokenInput, AssociateSoftwareTokenResponse } from "../types";
import type { Command } from "./command";

/** AssociateSoftwareToken: no ClientId, the session or the access token names the app client. */
export const associateSoftwareTokenCommand: Command<
  AssociateSoftwareTokenInput,
  AssociateSoftwareTokenResponse,
  AssociateSoftwareTokenError
> = {
  name: "AssociateSoftwareToken",
  request: (input) => defined({ AccessToken: input.accessToken, Session: input.session }),
};
