import * as z from "zod/mini";
import type { AssociateSoftwareTokenResponse } from "../../types";
import { type Checked, check, defined } from "./wire";

const wireResponse = z.object({
  SecretCode: z.string().check(z.minLength(1)),
  Session: z.optional(z.string()),
});

/** AssociateSoftwareToken: issues a TOTP secret, by sign-in session (MFA_SETUP) or access token. */
export const associateSoftwareTokenOperation = {
  name: "AssociateSoftwareToken",
  parseResponse(body: unknown): Checked<AssociateSoftwareTokenResponse> {
    const parsed = check(wireResponse, body);
    if (!parsed.ok) return parsed;
    return {
      ok: true,
      value: defined({
        secretCode: parsed.value.SecretCode,
        session: parsed.value.Session,
      }) as AssociateSoftwareTokenResponse,
    };
  },
  responseToWire: (response: AssociateSoftwareTokenResponse) =>
    defined({ SecretCode: response.secretCode, Session: response.session }),
} as const;
