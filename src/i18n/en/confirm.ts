/** English: confirming an account that signed up but never entered its code (UserNotConfirmedException). */
export const confirmEn = {
  "confirm.title": "Confirm your account",
  "confirm.intro":
    "Your account is not confirmed yet. Enter the code we sent when you signed up, or we can send you a new one.",
  "confirm.sentByEmail": "We sent a code by email to {destination}.",
  "confirm.sentBySms": "We sent a code by text message to {destination}.",
  "confirm.sentSomewhere": "We sent you a code.",
  "confirm.ownCode": "Enter the code we sent when you signed up.",
  "confirm.submit": "Confirm account",
  "confirm.doneTitle": "Your account is confirmed",
  "confirm.signingIn": "Your account is confirmed. Signing you in…",
  "confirm.done": "You can sign in now.",
} as const;
