// Loads only with the account page that calls it: nothing of the first load is imported here.
import type { ForgetDeviceError } from "../client/errors";
import { parseEmptyAnswer } from "../client/operations/check";
import { FORGET_DEVICE } from "../client/settingsExceptions";
import type { ForgetDeviceInput } from "../types";
import type { Command } from "./command";

/** ForgetDevice: Cognito forgets the device, which no longer stands in for MFA. */
export const forgetDeviceCommand: Command<ForgetDeviceInput, void, ForgetDeviceError> = {
  name: "ForgetDevice",
  exceptions: FORGET_DEVICE,
  request: (input) => ({ AccessToken: input.accessToken, DeviceKey: input.deviceKey }),
  read: parseEmptyAnswer,
};
