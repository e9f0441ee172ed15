// Loads only with the account page that calls it: nothing of the first load is imported here.
import type { RevokeUserSessionError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import { REVOKE_USER_SESSION } from "../client/settingsExceptions";
import type { RevokeUserSessionInput } from "../types";
import type { Command } from "./command";

/** RevokeUserSession: signs one of the user's other sessions out. */
export const revokeUserSessionCommand: Command<RevokeUserSessionInput, void, RevokeUserSessionError> = {
  name: "RevokeUserSession",
  exceptions: REVOKE_USER_SESSION,
  request: (input) => ({
    AccessToken: input.accessToken,
    SessionId: input.sessionId,
    RevokeAssociatedSessions: input.revokeAssociatedSessions,
  }),
  read: parseEmptyAnswer,
};
