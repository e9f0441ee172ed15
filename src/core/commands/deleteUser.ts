// Loads only with the account page that calls it: nothing of the first load is imported here.
import type { DeleteUserError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import { DELETE_USER } from "../client/settingsExceptions";
import type { DeleteUserInput } from "../types";
import type { Command } from "./command";

/** DeleteUser: deletes the signed-in user's account; its tokens stop working. */
export const deleteUserCommand: Command<DeleteUserInput, void, DeleteUserError> = {
  name: "DeleteUser",
  exceptions: DELETE_USER,
  request: (input) => ({ AccessToken: input.accessToken }),
  read: parseEmptyAnswer,
};
