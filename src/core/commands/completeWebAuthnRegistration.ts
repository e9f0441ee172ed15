// Loads only with what registers a passkey: nothing of the first load is imported here.
import type { CompleteWebAuthnRegistrationError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import type { CompleteWebAuthnRegistrationInput } from "../types";
import type { Command } from "./command";

/** CompleteWebAuthnRegistration: Cognito checks the new credential against its challenge and keeps it. */
export const completeWebAuthnRegistrationCommand: Command<
  CompleteWebAuthnRegistrationInput,
  void,
  CompleteWebAuthnRegistrationError
> = {
  name: "CompleteWebAuthnRegistration",
  request: (input) => ({ AccessToken: input.accessToken, Credential: input.credential }),
  read: parseEmptyAnswer,
};
