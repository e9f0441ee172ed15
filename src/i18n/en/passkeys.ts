/**
 * English: the passkey operations' own exceptions, which only a passkey screen shows. Apart from the other
 * exceptions' English (exceptions.lazy.ts), which loads for any step's error, so that a sign-in never
 * loads these.
 */
export const passkeysEn = {
  "passkeys.title": "Passkeys",
  "passkeys.intro":
    "Sign in with your fingerprint, face or screen lock instead of a password. The sign-in service names your passkeys; they cannot be renamed.",
  "passkeys.none": "You have no passkeys yet.",
  "passkeys.add": "Add a passkey",
  "passkeys.adding": "Waiting for your device…",
  "passkeys.added": "Passkey added.",
  "passkeys.removed": "Passkey removed.",
  "passkeys.created": "Added {date}",
  "passkeys.platform": "on this device",
  "passkeys.crossPlatform": "on a security key or phone",
  "passkeys.remove": "Remove",
  "passkeys.removeNamed": "Remove {name}",
  "passkeys.confirm": "Remove {name}? You will no longer be able to sign in with it.",
  "passkeys.keep": "Keep it",
  "error.LastWayInError": "This passkey is your only way to sign in. Add another way before you remove it.",
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
