// Loads only with what registers a passkey: nothing of the first load is imported here.
import type { StartWebAuthnRegistrationError } from "../client/errors";
import { startWebAuthnRegistrationOperation } from "../client/operations/passkeys";
import { START_WEB_AUTHN_REGISTRATION } from "../client/passkeyExceptions";
import type { StartWebAuthnRegistrationInput, StartWebAuthnRegistrationResponse } from "../types";
import type { Command } from "./command";

/** StartWebAuthnRegistration: creation options for a new passkey of the signed-in user. */
export const startWebAuthnRegistrationCommand: Command<
  StartWebAuthnRegistrationInput,
  StartWebAuthnRegistrationResponse,
  StartWebAuthnRegistrationError
> = {
  name: "StartWebAuthnRegistration",
  exceptions: START_WEB_AUTHN_REGISTRATION,
  request: (input) => ({ AccessToken: input.accessToken }),
  read: startWebAuthnRegistrationOperation.parseResponse,
};
