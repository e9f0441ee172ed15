/** English: WEB_AUTHN. */
export const webauthnEn = {
  "webauthn.title": "Sign in with a passkey",
  "webauthn.instructions": "Use the passkey saved on this device or your phone.",
  "webauthn.start": "Use passkey",
  "webauthn.pending": "Waiting for your passkey…",
  "webauthn.otherWays": "Sign in another way",
  "webauthn.unavailable": "This browser cannot use passkeys. Sign in another way.",
  "webauthn.cancelled": "The passkey request was cancelled or timed out. Try again, or sign in another way.",
  "webauthn.refused": "The passkey was not accepted. Try again, or sign in another way.",
  "webauthn.failed": "Your passkey could not be used. Try again, or sign in another way.",
} as const;
