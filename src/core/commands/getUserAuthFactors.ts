// Loads only with what asks how a user signs in: nothing of the first load is imported here.
import type { GetUserAuthFactorsError } from "../client/errors";
import { getUserAuthFactorsOperation } from "../client/operations/passkeys";
import { GET_USER_AUTH_FACTORS } from "../client/passkeyExceptions";
import type { GetUserAuthFactorsInput, GetUserAuthFactorsResponse } from "../types";
import type { Command } from "./command";

/** GetUserAuthFactors: the signed-in user's first factors (PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN) and MFA. */
export const getUserAuthFactorsCommand: Command<
  GetUserAuthFactorsInput,
  GetUserAuthFactorsResponse,
  GetUserAuthFactorsError
> = {
  name: "GetUserAuthFactors",
  exceptions: GET_USER_AUTH_FACTORS,
  request: (input) => ({ AccessToken: input.accessToken }),
  read: getUserAuthFactorsOperation.parseResponse,
};
