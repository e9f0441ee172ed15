// The passkey operations' readers: they load with the passkey journeys and the account page that calls
// them, never with a sign-in (see account.ts).
import * as z from "zod/mini";
import type {
  GetUserAuthFactorsResponse,
  ListWebAuthnCredentialsResponse,
  StartWebAuthnRegistrationResponse,
} from "../../types";
import { type Checked, check } from "./check";

// A JSON document on the wire: the creation options as the browser's JSON form has them.
const wireStart = z.object({ CredentialCreationOptions: z.record(z.string(), z.unknown()) });

/** StartWebAuthnRegistration: the creation options for `navigator.credentials.create`. */
export const startWebAuthnRegistrationOperation = {
  name: "StartWebAuthnRegistration",
  parseResponse(body: unknown): Checked<StartWebAuthnRegistrationResponse> {
    const parsed = check(wireStart, body);
    return parsed.ok
      ? { ok: true, value: { credentialCreationOptions: parsed.value.CredentialCreationOptions } }
      : parsed;
  },
} as const;

const maybe = <S extends z.ZodMiniType>(schema: S) => z.optional(z.nullable(schema));

const wireList = z.object({
  Credentials: z.array(
    z.object({
      CredentialId: z.string(),
      FriendlyCredentialName: z.string(),
      RelyingPartyId: z.string(),
      AuthenticatorAttachment: maybe(z.string()),
      AuthenticatorTransports: maybe(z.array(z.string())),
      // Epoch seconds on the wire.
      CreatedAt: z.number(),
    }),
  ),
  NextToken: maybe(z.string()),
});

/** ListWebAuthnCredentials: a page of the user's passkeys, dates in milliseconds. */
export const listWebAuthnCredentialsOperation = {
  name: "ListWebAuthnCredentials",
  parseResponse(body: unknown): Checked<ListWebAuthnCredentialsResponse> {
    const parsed = check(wireList, body);
    if (!parsed.ok) return parsed;
    return {
      ok: true,
      value: {
        credentials: parsed.value.Credentials.map((credential) => ({
          credentialId: credential.CredentialId,
          friendlyCredentialName: credential.FriendlyCredentialName,
          relyingPartyId: credential.RelyingPartyId,
          authenticatorAttachment: credential.AuthenticatorAttachment ?? undefined,
          authenticatorTransports: credential.AuthenticatorTransports ?? [],
          createdAt: credential.CreatedAt * 1000,
        })),
        nextToken: parsed.value.NextToken ?? undefined,
      },
    };
  },
} as const;

const wireFactors = z.object({
  Username: z.string(),
  ConfiguredUserAuthFactors: maybe(z.array(z.string())),
  UserMFASettingList: maybe(z.array(z.string())),
  PreferredMfaSetting: maybe(z.string()),
});

/** GetUserAuthFactors: the user's first factors and MFA. */
export const getUserAuthFactorsOperation = {
  name: "GetUserAuthFactors",
  parseResponse(body: unknown): Checked<GetUserAuthFactorsResponse> {
    const parsed = check(wireFactors, body);
    if (!parsed.ok) return parsed;
    const wire = parsed.value;
    return {
      ok: true,
      value: {
        username: wire.Username,
        configuredUserAuthFactors: wire.ConfiguredUserAuthFactors ?? [],
        mfaSettings: wire.UserMFASettingList ?? [],
        preferredMfa: wire.PreferredMfaSetting ?? undefined,
      },
    };
  },
} as const;
