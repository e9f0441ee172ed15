/** English: SELECT_CHALLENGE. */
export const selectEn = {
  "select.title": "How do you want to sign in?",
  "select.PASSWORD": "Password",
  "select.PASSWORD_SRP": "Password",
  "select.SMS_OTP": "Code by text message",
  "select.EMAIL_OTP": "Code by email",
  "select.WEB_AUTHN": "Passkey",
  "select.noPasskey": "Your account has no passkey now. Sign in another way.",
  "select.unavailable": "That way to sign in is not set up for your account. Choose another way.",
} as const;
