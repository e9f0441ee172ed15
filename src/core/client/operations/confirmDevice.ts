import * as z from "zod/mini";
import type { ConfirmDeviceInput, ConfirmDeviceResponse } from "../../types";
import { type Checked, check, defined } from "./wire";

const wireResponse = z.object({ UserConfirmationNecessary: z.optional(z.boolean()) });

/** ConfirmDevice: registers a new device's SRP verifier, so the device can later stand in for MFA. */
export const confirmDeviceOperation = {
  name: "ConfirmDevice",
  // No ClientId: the access token names the app client.
  request: (input: ConfirmDeviceInput) =>
    defined({
      AccessToken: input.accessToken,
      DeviceKey: input.deviceKey,
      DeviceSecretVerifierConfig: {
        Salt: input.deviceSecretVerifierConfig.salt,
        PasswordVerifier: input.deviceSecretVerifierConfig.passwordVerifier,
      },
      DeviceName: input.deviceName,
    }),
  parseResponse(body: unknown): Checked<ConfirmDeviceResponse> {
    const parsed = check(wireResponse, body);
    if (!parsed.ok) return parsed;
    return {
      ok: true,
      value: { userConfirmationNecessary: parsed.value.UserConfirmationNecessary === true },
    };
  },
  responseToWire: (response: ConfirmDeviceResponse) => ({
    UserConfirmationNecessary: response.userConfirmationNecessary,
  }),
} as const;
