import * as z from "zod/mini";
import type { ConfirmDeviceResponse } from "../../types";
import { type Checked, check } from "./wire";

const wireResponse = z.object({ UserConfirmationNecessary: z.optional(z.boolean()) });

/** ConfirmDevice: registers a new device's SRP verifier, so the device can later stand in for MFA. */
export const confirmDeviceOperation = {
  name: "ConfirmDevice",
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
