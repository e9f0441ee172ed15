// Loads only with what removes passkeys: nothing of the first load is imported here.
import type { DeleteWebAuthnCredentialError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import { DELETE_WEB_AUTHN_CREDENTIAL } from "../client/passkeyExceptions";
import type { DeleteWebAuthnCredentialInput } from "../types";
import type { Command } from "./command";

/** DeleteWebAuthnCredential: removes one of the signed-in user's passkeys. */
export const deleteWebAuthnCredentialCommand: Command<
  DeleteWebAuthnCredentialInput,
  void,
  DeleteWebAuthnCredentialError
> = {
  name: "DeleteWebAuthnCredential",
  exceptions: DELETE_WEB_AUTHN_CREDENTIAL,
  request: (input) => ({ AccessToken: input.accessToken, CredentialId: input.credentialId }),
  read: parseEmptyAnswer,
};
