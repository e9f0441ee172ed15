import type { GlobalSignOutError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import type { GlobalSignOutInput } from "../types";
import type { Command } from "./command";

/** GlobalSignOut: ends every refresh token of the user whose access token this is. */
export const globalSignOutCommand: Command<GlobalSignOutInput, void, GlobalSignOutError> = {
  name: "GlobalSignOut",
  request: (input) => ({ AccessToken: input.accessToken }),
  read: parseEmptyAnswer,
};
