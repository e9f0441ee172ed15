/**
 * English: what a passkey's registration can fail with, the browser's refusals by their DOMException
 * name and Cognito's WebAuthn exceptions: shown by <Passkeys> and by the sign-in's passkey offer alone,
 * apart from the other exceptions' English (exceptions.lazy.ts), so that a sign-in never loads these.
 */
export const passkeyErrorsEn = {
  "error.InvalidStateError": "This device already has a passkey for your account.",
  "error.NotSupportedError": "This browser or device cannot make passkeys.",
  "error.SecurityError": "Passkeys cannot be made on this website's address.",
  "error.WebAuthnNotEnabledException": "Passkeys are not turned on for this app.",
  "error.WebAuthnConfigurationMissingException": "Passkeys are not set up for this app yet.",
  "error.WebAuthnChallengeNotFoundException": "This passkey request ran out. Try again.",
  "error.WebAuthnClientMismatchException": "This passkey request was for another app. Try again.",
  "error.WebAuthnCredentialNotSupportedException":
    "This kind of passkey is not supported here. Try another device or security key.",
  "error.WebAuthnOriginNotAllowedException": "Passkeys cannot be made on this website's address.",
  "error.WebAuthnRelyingPartyMismatchException": "This passkey was made for another website.",
} as const;
