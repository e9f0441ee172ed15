/**
 * English: the passkey operations' own exceptions, which only a passkey screen shows. Apart from the other
 * exceptions' English (exceptions.lazy.ts), which loads for any step's error, so that a sign-in never
 * loads these.
 */
export const passkeysEn = {
  "error.WebAuthnNotEnabledException": "Passkeys are not turned on for this app.",
  "error.WebAuthnConfigurationMissingException": "Passkeys are not set up for this app yet.",
  "error.WebAuthnChallengeNotFoundException": "This passkey request ran out. Try again.",
  "error.WebAuthnClientMismatchException": "This passkey request was for another app. Try again.",
  "error.WebAuthnCredentialNotSupportedException":
    "This kind of passkey is not supported here. Try another device or security key.",
  "error.WebAuthnOriginNotAllowedException": "Passkeys cannot be made on this website's address.",
  "error.WebAuthnRelyingPartyMismatchException": "This passkey was made for another website.",
} as const;
