/**
 * Passkeys with the user's access token, with Cognito's semantics (../shared/docs/cognito-account.md,
 * "Passkeys"): StartWebAuthnRegistration issues creation options (a fresh challenge, the relying party,
 * the user, ES256 and RS256, the user's passkeys to exclude); CompleteWebAuthnRegistration checks the
 * browser's answer for real (attestation.ts) and keeps the key, which later WEB_AUTHN sign-ins are
 * verified against; ListWebAuthnCredentials and DeleteWebAuthnCredential work on what it kept; and
 * GetUserAuthFactors says how the user can sign in. Passkeys need WEB_AUTHN among the pool's first
 * factors. Where the reference is silent the choice is marked *unverified*.
 */
import { verifyRegistration } from "../attestation";
import { FakeCognitoError } from "../errors";
import { type PoolState, requireString, type Wire } from "../pool";
import { base64url, randomId } from "../tokens";
import type { FakeUser } from "../types";

/** How long a registration challenge lasts (*unverified*: Cognito does not document it). */
const CHALLENGE_MS = 5 * 60_000;
/** Passkeys per user (*unverified*: Cognito's quota page does not say). */
const MOST_PASSKEYS = 20;

function enabled(state: PoolState): void {
  if (!state.pool.firstFactors.includes("WEB_AUTHN"))
    throw new FakeCognitoError(
      "WebAuthnNotEnabledException",
      "WebAuthn is not enabled for this user pool. Add WEB_AUTHN to the allowed first auth factors.",
    );
}

export function startWebAuthnRegistration(state: PoolState, body: Wire): Wire {
  const user = state.userForAccessToken(requireString(body, "AccessToken"));
  enabled(state);
  const passkeys = user.passkeys ?? [];
  if (passkeys.length >= MOST_PASSKEYS)
    throw new FakeCognitoError("LimitExceededException", "The user has the most passkeys allowed.");
  const challenge = randomId(32);
  state.registrations.set(user.username, {
    challenge,
    expiresAt: state.clock() + CHALLENGE_MS,
    clientId: state.pool.clientId,
  });
  return {
    CredentialCreationOptions: {
      challenge,
      rp: { id: state.rpId, name: state.rpId },
      user: {
        id: base64url(new TextEncoder().encode(user.sub ?? user.username)),
        name: user.username,
        displayName: user.email ?? user.phone ?? user.username,
      },
      pubKeyCredParams: [
        { type: "public-key", alg: -7 },
        { type: "public-key", alg: -257 },
      ],
      timeout: CHALLENGE_MS,
      excludeCredentials: passkeys.map((passkey) => ({ type: "public-key", id: passkey.credentialId })),
      authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
    },
  };
}

export async function completeWebAuthnRegistration(state: PoolState, body: Wire): Promise<Wire> {
  const user = state.userForAccessToken(requireString(body, "AccessToken"));
  enabled(state);
  const pending = state.registrations.get(user.username);
  if (!pending || state.clock() >= pending.expiresAt) {
    state.registrations.delete(user.username);
    throw new FakeCognitoError(
      "WebAuthnChallengeNotFoundException",
      "The registration challenge has expired.",
    );
  }
  const credential = body.Credential;
  if (typeof credential !== "object" || credential === null)
    throw new FakeCognitoError("InvalidParameterException", "Missing required parameter Credential");
  const checked = await verifyRegistration(credential, pending.challenge, state.rpId);
  if (!checked.ok) {
    const refusals: Record<typeof checked.reason, [string, string]> = {
      challenge: ["WebAuthnChallengeNotFoundException", "The registration challenge does not match."],
      origin: [
        "WebAuthnOriginNotAllowedException",
        "The credential's origin is not allowed for this relying party.",
      ],
      relyingParty: ["WebAuthnRelyingPartyMismatchException", "The credential is for another relying party."],
      unsupported: ["WebAuthnCredentialNotSupportedException", "This credential is not supported."],
      malformed: ["InvalidParameterException", "The credential could not be verified."],
    };
    throw new FakeCognitoError(...refusals[checked.reason]);
  }
  state.registrations.delete(user.username);
  const passkeys = user.passkeys ?? [];
  if (passkeys.some((passkey) => passkey.credentialId === checked.value.credentialId))
    throw new FakeCognitoError("InvalidParameterException", "This credential is already registered.");
  const { authenticatorAttachment, response } = credential as {
    authenticatorAttachment?: unknown;
    response?: { transports?: unknown };
  };
  const transports = Array.isArray(response?.transports)
    ? response.transports.filter((item): item is string => typeof item === "string")
    : [];
  user.passkeys = [
    ...passkeys,
    {
      credentialId: checked.value.credentialId,
      publicKeyJwk: checked.value.publicKeyJwk,
      // Cognito names it from the authenticator's model (*unverified* how): the fake from its AAGUID.
      friendlyName: /^0+$/.test(checked.value.aaguid)
        ? "Passkey"
        : `Passkey ${checked.value.aaguid.slice(0, 8)}`,
      createdAt: state.clock(),
      transports,
      ...(typeof authenticatorAttachment === "string" ? { attachment: authenticatorAttachment } : {}),
    },
  ];
  return {};
}

function describe(state: PoolState, user: FakeUser) {
  return (user.passkeys ?? []).map((passkey) => ({
    CredentialId: passkey.credentialId,
    FriendlyCredentialName: passkey.friendlyName ?? "Passkey",
    RelyingPartyId: state.rpId,
    ...(passkey.attachment ? { AuthenticatorAttachment: passkey.attachment } : {}),
    AuthenticatorTransports: passkey.transports ?? [],
    CreatedAt: Math.floor((passkey.createdAt ?? state.createdAt) / 1000),
  }));
}

export function listWebAuthnCredentials(state: PoolState, body: Wire): Wire {
  const user = state.userForAccessToken(requireString(body, "AccessToken"));
  const max = body.MaxResults === undefined ? 20 : Number(body.MaxResults);
  if (!Number.isInteger(max) || max < 1 || max > 20)
    throw new FakeCognitoError("InvalidParameterException", "MaxResults must be between 1 and 20.");
  // The next token is the index of the next passkey (*unverified*: Cognito's is opaque).
  const start = typeof body.NextToken === "string" ? Number.parseInt(body.NextToken, 10) : 0;
  if (!Number.isInteger(start) || start < 0)
    throw new FakeCognitoError("InvalidParameterException", "Invalid NextToken.");
  const all = describe(state, user);
  const page = all.slice(start, start + max);
  return {
    Credentials: page,
    ...(start + max < all.length ? { NextToken: String(start + max) } : {}),
  };
}

export function deleteWebAuthnCredential(state: PoolState, body: Wire): Wire {
  const user = state.userForAccessToken(requireString(body, "AccessToken"));
  const id = requireString(body, "CredentialId");
  const passkeys = user.passkeys ?? [];
  if (!passkeys.some((passkey) => passkey.credentialId === id))
    throw new FakeCognitoError("ResourceNotFoundException", "Credential not found.");
  user.passkeys = passkeys.filter((passkey) => passkey.credentialId !== id);
  return {};
}

export function getUserAuthFactors(state: PoolState, body: Wire): Wire {
  const user = state.userForAccessToken(requireString(body, "AccessToken"));
  // PASSWORD_SRP is the password proven another way: one factor, as Cognito lists it.
  const factors = state.firstFactors(user).filter((factor) => factor !== "PASSWORD_SRP");
  const mfa = state.mfaMethods(user);
  return {
    Username: user.username,
    ConfiguredUserAuthFactors: factors,
    ...(mfa.length > 0 ? { UserMFASettingList: mfa } : {}),
    ...(user.mfa?.preferred ? { PreferredMfaSetting: user.mfa.preferred } : {}),
  };
}
