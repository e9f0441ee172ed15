import * as z from "zod/mini";
import type { GetTokensFromRefreshTokenResponse, GetUserResponse } from "../../types";
import {
  authenticationResultOf,
  type Checked,
  check,
  defined,
  parseEmptyAnswer,
  wireAuthenticationResult,
} from "./wire";

const wireTokensResponse = z.object({ AuthenticationResult: wireAuthenticationResult });

/** GetTokensFromRefreshToken: fresh tokens; a new refresh token only when the app client rotates them. */
export const getTokensFromRefreshTokenOperation = {
  name: "GetTokensFromRefreshToken",
  parseResponse(body: unknown): Checked<GetTokensFromRefreshTokenResponse> {
    const parsed = check(wireTokensResponse, body);
    if (!parsed.ok) return parsed;
    return {
      ok: true,
      value: { authenticationResult: authenticationResultOf(parsed.value.AuthenticationResult) },
    };
  },
} as const;

/** RevokeToken: ends a refresh token and the access and ID tokens issued with it. */
export const revokeTokenOperation = { name: "RevokeToken", parseResponse: parseEmptyAnswer } as const;

/** GlobalSignOut: ends every refresh token of the user. */
export const globalSignOutOperation = { name: "GlobalSignOut", parseResponse: parseEmptyAnswer } as const;

const wireGetUser = z.object({
  Username: z.string(),
  UserAttributes: z.array(z.object({ Name: z.string(), Value: z.optional(z.string()) })),
  UserMFASettingList: z.optional(z.array(z.string())),
  PreferredMfaSetting: z.optional(z.string()),
});

/** GetUser: the signed-in user's name, attributes and MFA settings. */
export const getUserOperation = {
  name: "GetUser",
  parseResponse(body: unknown): Checked<GetUserResponse> {
    const parsed = check(wireGetUser, body);
    if (!parsed.ok) return parsed;
    const wire = parsed.value;
    return {
      ok: true,
      value: {
        username: wire.Username,
        userAttributes: Object.fromEntries(
          wire.UserAttributes.flatMap((attribute) =>
            attribute.Value === undefined ? [] : [[attribute.Name, attribute.Value]],
          ),
        ),
        mfaSettings: wire.UserMFASettingList ?? [],
        preferredMfa: wire.PreferredMfaSetting,
      },
    };
  },
  responseToWire: (response: GetUserResponse) =>
    defined({
      Username: response.username,
      UserAttributes: Object.entries(response.userAttributes).map(([Name, Value]) => ({ Name, Value })),
      UserMFASettingList: response.mfaSettings.length > 0 ? response.mfaSettings : undefined,
      PreferredMfaSetting: response.preferredMfa,
    }),
} as const;
