/** English: the contact check once signed in (`checkContact`). */
export const contactCheckEn = {
  "contactCheck.title": "Keep your account recoverable",
  "contactCheck.description":
    "Verify an email or phone number. If you forget your password, we send a code there to reset it.",
  "contactCheck.send": "Send a code",
  "contactCheck.useEmail": "Use an email instead",
  "contactCheck.usePhone": "Use a phone number instead",
  "contactCheck.verify": "Verify",
  "contactCheck.skip": "Not now",
  "contactCheck.verified": "Verified. Signing you in…",
} as const;
