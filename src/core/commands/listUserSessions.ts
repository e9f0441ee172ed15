// Loads only with the account page that calls it: nothing of the first load is imported here.
import type { ListUserSessionsError } from "../client/errors";
import { listUserSessionsOperation } from "../client/operations/settings";
import { LIST_USER_SESSIONS } from "../client/settingsExceptions";
import type { ListUserSessionsInput, ListUserSessionsResponse } from "../types";
import type { Command } from "./command";

/** ListUserSessions: a page of the user's sessions, where the pool tracks them. */
export const listUserSessionsCommand: Command<
  ListUserSessionsInput,
  ListUserSessionsResponse,
  ListUserSessionsError
> = {
  name: "ListUserSessions",
  exceptions: LIST_USER_SESSIONS,
  request: (input) => ({ AccessToken: input.accessToken, NextToken: input.nextToken }),
  read: listUserSessionsOperation.parseResponse,
};
