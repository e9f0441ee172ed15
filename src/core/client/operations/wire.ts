import * as z from "zod/mini";
import { defined } from "../../json";
import type { AuthenticationResult } from "../../types";

/** Cognito's string maps (ChallengeParameters, AuthParameters…). */
export const wireStringMap = z.record(z.string(), z.string());

/**
 * ChallengeParameters are strings on the wire, but emulators send some JSON-encoded ones (MFAS_CAN_SETUP,
 * userAttributes) as real arrays or objects, and Lambda-set custom parameters may be numbers. They are
 * accepted here and normalized to the strings Cognito would have sent.
 */
const wireChallengeParameters = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.record(z.string(), z.string())]),
);

export function normalizeParameters(
  parameters: z.infer<typeof wireChallengeParameters>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parameters)) {
    out[key] =
      typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  }
  return out;
}

/** The tokens of a sign-in or a refresh. */
export const wireAuthenticationResult = z.object({
  AccessToken: z.string(),
  IdToken: z.optional(z.string()),
  RefreshToken: z.optional(z.string()),
  ExpiresIn: z.optional(z.number()),
  TokenType: z.optional(z.string()),
  NewDeviceMetadata: z.optional(
    z.object({ DeviceKey: z.optional(z.string()), DeviceGroupKey: z.optional(z.string()) }),
  ),
});

/** The camelCase tokens of a sign-in or a refresh. */
export function authenticationResultOf(
  result: z.infer<typeof wireAuthenticationResult>,
): AuthenticationResult {
  return defined({
    accessToken: result.AccessToken,
    idToken: result.IdToken,
    refreshToken: result.RefreshToken,
    expiresIn: result.ExpiresIn,
    tokenType: result.TokenType,
    newDeviceMetadata:
      result.NewDeviceMetadata &&
      defined({
        deviceKey: result.NewDeviceMetadata.DeviceKey,
        deviceGroupKey: result.NewDeviceMetadata.DeviceGroupKey,
      }),
  }) as AuthenticationResult;
}

export const wireAuthResponse = z.object({
  ChallengeName: z.optional(z.string()),
  Session: z.optional(z.string()),
  ChallengeParameters: z.optional(wireChallengeParameters),
  AuthenticationResult: z.optional(wireAuthenticationResult),
  AvailableChallenges: z.optional(z.array(z.string())),
});
export type WireAuthResponse = z.infer<typeof wireAuthResponse>;

export { type Checked, check, parseEmptyAnswer } from "./check";
export { defined };
