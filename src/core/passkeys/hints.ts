/**
 * What the app's developer must fix for each of Cognito's WebAuthn refusals, in English for logs: the
 * user-facing messages say what happened in the user's words, these say which setting is wrong.
 * `passkeyErrorHint(error)` in an `onError`, e.g. `console.warn(passkeyErrorHint(error) ?? error)`.
 */
const HINTS: Record<string, string> = {
  WebAuthnNotEnabledException:
    "Passkeys are off for this user pool: add WEB_AUTHN to its sign-in policy's AllowedFirstAuthFactors (UpdateUserPool; the Essentials feature plan or higher).",
  WebAuthnConfigurationMissingException:
    "The user pool has no passkey relying party: set WebAuthnConfiguration's RelyingPartyId (SetUserPoolMfaConfig), the domain the app is served from or one of its parents.",
  WebAuthnOriginNotAllowedException:
    "This page's origin is not the pool's relying party or a subdomain of it: serve the app under WebAuthnConfiguration's RelyingPartyId, or change that ID.",
  WebAuthnRelyingPartyMismatchException:
    "The passkey was made for another relying party than the pool's: the options' rp.id must reach the browser unchanged, and match WebAuthnConfiguration's RelyingPartyId.",
  WebAuthnClientMismatchException:
    "The registration was completed by another app client than the one that started it: send StartWebAuthnRegistration and CompleteWebAuthnRegistration with one client id.",
  WebAuthnChallengeNotFoundException:
    "The creation options ran out or were used already: each registration must complete within the options' timeout, once. Start again.",
  WebAuthnCredentialNotSupportedException:
    "Cognito does not take this authenticator's credential (its key type or attestation): the user needs another authenticator.",
  LimitExceededException:
    "The user has as many passkeys as Cognito allows, or registered too often: remove one, or wait.",
};

/** The fix for a passkey refusal of Cognito's, by its name; undefined for any other error. */
export function passkeyErrorHint(error: unknown): string | undefined {
  const name = (error as { name?: unknown } | null | undefined)?.name;
  return typeof name === "string" ? HINTS[name] : undefined;
}
