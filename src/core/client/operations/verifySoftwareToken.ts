import * as z from "zod/mini";
import type { VerifySoftwareTokenInput, VerifySoftwareTokenResponse } from "../../types";
import { CognitoError } from "../errors";
import { type Checked, check, defined } from "./wire";

const wireResponse = z.object({ Status: z.enum(["SUCCESS", "ERROR"]), Session: z.optional(z.string()) });

/** VerifySoftwareToken: checks a code from the authenticator app against the associated secret. */
export const verifySoftwareTokenOperation = {
  name: "VerifySoftwareToken",
  request: (input: VerifySoftwareTokenInput) =>
    defined({
      AccessToken: input.accessToken,
      Session: input.session,
      UserCode: input.userCode.trim(),
      FriendlyDeviceName: input.friendlyDeviceName,
    }),
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

/**
 * VerifySoftwareToken can answer HTTP 200 with Status ERROR; Cognito documents it without saying when.
 * The user's remedy is the same as for a wrong code (try a new one), so it is reported as one.
 */
export function codeRefusedByStatus(): CognitoError<"CodeMismatchException"> {
  return new CognitoError("CodeMismatchException", "VerifySoftwareToken answered ERROR.", {
    operation: "VerifySoftwareToken",
    status: 200,
  });
}
