// Loads only with the account page that calls it: nothing of the first load is imported here.
import type { VerifyUserAttributeError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import { VERIFY_USER_ATTRIBUTE } from "../client/settingsExceptions";
import type { VerifyUserAttributeInput } from "../types";
import type { Command } from "./command";

/** VerifyUserAttribute: the code an email or phone was sent; a pending new value takes effect. */
export const verifyUserAttributeCommand: Command<VerifyUserAttributeInput, void, VerifyUserAttributeError> = {
  name: "VerifyUserAttribute",
  exceptions: VERIFY_USER_ATTRIBUTE,
  request: (input) => ({
    AccessToken: input.accessToken,
    AttributeName: input.attributeName,
    Code: input.code,
  }),
  read: parseEmptyAnswer,
};
