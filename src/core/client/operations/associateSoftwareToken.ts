import * as z from "zod/mini";
import type { AssociateSoftwareTokenResponse } from "../../types";
import { type Checked, check, defined } from "./wire";

const wireResponse = z.object({
  // Base32 (RFC 4648), as Cognito sends it: anything else is no TOTP key, and would go into the
  // otpauth:// link and the QR code as it came.
  SecretCode: z.string().check(z.regex(/^[A-Z2-7]+=*$/i, "not base32")),
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
