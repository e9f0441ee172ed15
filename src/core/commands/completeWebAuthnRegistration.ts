// Loads only with what registers a passkey: nothing of the first load is imported here.
import type { CompleteWebAuthnRegistrationError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import { COMPLETE_WEB_AUTHN_REGISTRATION } from "../client/passkeyExceptions";
import type { CompleteWebAuthnRegistrationInput } from "../types";
import type { Command } from "./command";

/** CompleteWebAuthnRegistration: Cognito checks the new credential against its challenge and keeps it. */
export const completeWebAuthnRegistrationCommand: Command<
  CompleteWebAuthnRegistrationInput,
  void,
  CompleteWebAuthnRegistrationError
> = {
  name: "CompleteWebAuthnRegistration",
  exceptions: COMPLETE_WEB_AUTHN_REGISTRATION,
  request: (input) => ({ AccessToken: input.accessToken, Credential: input.credential }),
  read: parseEmptyAnswer,
};
