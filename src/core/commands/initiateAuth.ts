import type { InitiateAuthError } from "../client/errors";
import type { InitiateAuthInput, InitiateAuthResponse } from "../types";
import type { Command } from "./command";
import { sharedRequestFields, withHash } from "./shared";

/**
 * InitiateAuth: starts a sign-in with an auth flow and its parameters. SECRET_HASH in AuthParameters;
 * ConfirmSignUp's Session, for USER_AUTH after a sign-up, as the top-level Session.
 */
export const initiateAuthCommand: Command<InitiateAuthInput, InitiateAuthResponse, InitiateAuthError> = {
  name: "InitiateAuth",
  secretHashOf: ({ authParameters }) =>
    authParameters.SECRET_HASH === undefined ? authParameters.USERNAME : undefined,
  request: (input, clientId, secretHash) => ({
    ClientId: clientId,
    AuthFlow: input.authFlow,
    AuthParameters: withHash(input.authParameters, secretHash),
    Session: input.session,
    ...sharedRequestFields(input),
  }),
};
