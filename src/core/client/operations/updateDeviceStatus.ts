import * as z from "zod/mini";
import type { Checked } from "./wire";

// Cognito answers an empty object; anything that is an object is accepted and nothing is read from it.
const wireResponse = z.object({});

/** UpdateDeviceStatus: marks a confirmed device as remembered (or not), for pools that let users choose. */
export const updateDeviceStatusOperation = {
  name: "UpdateDeviceStatus",
  parseResponse(body: unknown): Checked<void> {
    return wireResponse.safeParse(body).success
      ? { ok: true, value: undefined }
      : { ok: false, issues: [{ path: "", message: "expected object" }] };
  },
} as const;
