import { passkeyErrorsEn } from "./passkeyErrors";

/** English: <Passkeys>, with the passkey operations' own exceptions (passkeyErrors.ts). */
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
  ...passkeyErrorsEn,
} as const;
