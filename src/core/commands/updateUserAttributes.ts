// Loads only with the account page that calls it: nothing of the first load is imported here.
import type { UpdateUserAttributesError } from "../client/errors";
import { updateUserAttributesOperation } from "../client/operations/settings";
import { UPDATE_USER_ATTRIBUTES } from "../client/settingsExceptions";
import type { UpdateUserAttributesInput, UpdateUserAttributesResponse } from "../types";
import type { Command } from "./command";

/** UpdateUserAttributes: attributes by name; a changed email or phone is sent a code. */
export const updateUserAttributesCommand: Command<
  UpdateUserAttributesInput,
  UpdateUserAttributesResponse,
  UpdateUserAttributesError
> = {
  name: "UpdateUserAttributes",
  exceptions: UPDATE_USER_ATTRIBUTES,
  request: (input) => ({
    AccessToken: input.accessToken,
    UserAttributes: Object.entries(input.userAttributes).map(([Name, Value]) => ({ Name, Value })),
    ClientMetadata: input.clientMetadata,
  }),
  read: updateUserAttributesOperation.parseResponse,
};
