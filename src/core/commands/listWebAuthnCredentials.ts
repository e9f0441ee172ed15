// Loads only with what lists passkeys: nothing of the first load is imported here.
import type { ListWebAuthnCredentialsError } from "../client/errors";
import { listWebAuthnCredentialsOperation } from "../client/operations/passkeys";
import { LIST_WEB_AUTHN_CREDENTIALS } from "../client/passkeyExceptions";
import type { ListWebAuthnCredentialsInput, ListWebAuthnCredentialsResponse } from "../types";
import type { Command } from "./command";

/** ListWebAuthnCredentials: a page of the signed-in user's passkeys. */
export const listWebAuthnCredentialsCommand: Command<
  ListWebAuthnCredentialsInput,
  ListWebAuthnCredentialsResponse,
  ListWebAuthnCredentialsError
> = {
  name: "ListWebAuthnCredentials",
  exceptions: LIST_WEB_AUTHN_CREDENTIALS,
  request: (input) => ({
    AccessToken: input.accessToken,
    NextToken: input.nextToken,
    MaxResults: input.maxResults,
  }),
  read: listWebAuthnCredentialsOperation.parseResponse,
};
