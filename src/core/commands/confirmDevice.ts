import type { ConfirmDeviceError } from "../client/errors";
import { defined } from "../json";
import type { ConfirmDeviceInput, ConfirmDeviceResponse } from "../types";
import type { Command } from "./command";

/** ConfirmDevice: registers a device issued at sign-in; no ClientId, the access token names the app client. */
export const confirmDeviceCommand: Command<ConfirmDeviceInput, ConfirmDeviceResponse, ConfirmDeviceError> = {
  name: "ConfirmDevice",
  request: (input) =>
    defined({
      AccessToken: input.accessToken,
      DeviceKey: input.deviceKey,
      DeviceSecretVerifierConfig: {
        Salt: input.deviceSecretVerifierConfig.salt,
        PasswordVerifier: input.deviceSecretVerifierConfig.passwordVerifier,
      },
      DeviceName: input.deviceName,
    }),
};
