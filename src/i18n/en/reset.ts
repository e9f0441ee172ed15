/** English: resetting a forgotten password (<ResetPassword>, and the same steps inside <SignIn>). */
export const resetEn = {
  "reset.title": "Reset your password",
  "reset.intro": "Enter your username or email, and we will send you a code to choose a new password.",
  "reset.requiredTitle": "Choose a new password",
  "reset.required":
    "Your password was reset, so you need a new one. If you were sent a code, use it; otherwise we will send you one.",
  "reset.sentByEmail": "If an account matches, we sent a code by email to {destination}.",
  "reset.sentBySms": "If an account matches, we sent a code by text message to {destination}.",
  "reset.sentSomewhere": "If an account matches, we sent you a code.",
  "reset.ownCode": "Enter the code you were sent, and choose a new password.",
  "reset.newPassword": "New password",
  "reset.passwordRequired": "Choose a new password.",
  "reset.submit": "Set new password",
  "reset.doneTitle": "Your password is changed",
  "reset.done": "You can sign in with your new password now.",
  "reset.signingIn": "Your password is changed. Signing you in…",
  "reset.noContact":
    "This account has no verified email address or phone number to send a code to, so the password cannot be reset here. Contact support to get back in.",
} as const;
