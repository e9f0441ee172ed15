import * as z from "zod/mini";
import type { VerifySoftwareTokenResponse } from "../../types";
import { type Checked, check, defined } from "./wire";

const wireResponse = z.object({ Status: z.enum(["SUCCESS", "ERROR"]), Session: z.optional(z.string()) });

/** VerifySoftwareToken: checks a code from the authenticator app against the associated secret. */
export const verifySoftwareTokenOperation = {
  name: "VerifySoftwareToken",
  parseResponse(body: unknown): Checked<VerifySoftwareTokenResponse> {
    const parsed = check(wireResponse, body);
    if (!parsed.ok) return parsed;
    return {
      ok: true,
      value: defined({
        status: parsed.value.Status,
        session: parsed.value.Session,
      }) as VerifySoftwareTokenResponse,
    };
  },
  responseToWire: (response: VerifySoftwareTokenResponse) =>
    defined({ Status: response.status, Session: response.session }),
} as const;
