// Loads only with the account page that calls it: nothing of the first load is imported here.
import type { GetUserAttributeVerificationCodeError } from "../client/errors";
import { getUserAttributeVerificationCodeOperation } from "../client/operations/settings";
import { GET_USER_ATTRIBUTE_VERIFICATION_CODE } from "../client/settingsExceptions";
import type {
  GetUserAttributeVerificationCodeInput,
  GetUserAttributeVerificationCodeResponse,
} from "../types";
import type { Command } from "./command";

/** GetUserAttributeVerificationCode: a code to verify the user's email or phone. */
export const getUserAttributeVerificationCodeCommand: Command<
  GetUserAttributeVerificationCodeInput,
  GetUserAttributeVerificationCodeResponse,
  GetUserAttributeVerificationCodeError
> = {
  name: "GetUserAttributeVerificationCode",
  exceptions: GET_USER_ATTRIBUTE_VERIFICATION_CODE,
  request: (input) => ({
    AccessToken: input.accessToken,
    AttributeName: input.attributeName,
    ClientMetadata: input.clientMetadata,
  }),
  read: getUserAttributeVerificationCodeOperation.parseResponse,
};
