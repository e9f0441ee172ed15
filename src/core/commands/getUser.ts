import type { GetUserError } from "../client/errors";
import { getUserOperation } from "../client/operations/tokens";
import type { GetUserInput, GetUserResponse } from "../types";
import type { Command } from "./command";

/** GetUser: the signed-in user's name, attributes and MFA settings. */
export const getUserCommand: Command<GetUserInput, GetUserResponse, GetUserError> = {
  name: "GetUser",
  request: (input) => ({ AccessToken: input.accessToken }),
  read: getUserOperation.parseResponse,
};
