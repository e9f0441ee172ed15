/** English: the offer of a passkey once signed in (`offerPasskey`). */
export const passkeyOfferEn = {
  "passkeyOffer.title": "Sign in faster next time",
  "passkeyOffer.description":
    "Create a passkey: sign in with your fingerprint, face or screen lock instead of a password.",
  "passkeyOffer.create": "Create a passkey",
  "passkeyOffer.creating": "Waiting for your device…",
  "passkeyOffer.skip": "Not now",
} as const;
