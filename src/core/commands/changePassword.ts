// Loads only with the account page that calls it: nothing of the first load is imported here.
import type { ChangePasswordError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import { CHANGE_PASSWORD } from "../client/settingsExceptions";
import type { ChangePasswordInput } from "../types";
import type { Command } from "./command";

/** ChangePassword: a new password for the signed-in user (without the previous one: a first password). */
export const changePasswordCommand: Command<ChangePasswordInput, void, ChangePasswordError> = {
  name: "ChangePassword",
  exceptions: CHANGE_PASSWORD,
  request: (input) => ({
    AccessToken: input.accessToken,
    PreviousPassword: input.previousPassword,
    ProposedPassword: input.proposedPassword,
  }),
  read: parseEmptyAnswer,
};
