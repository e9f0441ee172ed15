/** English: SELECT_MFA_TYPE. */
export const selectMfaEn = {
  "selectMfa.title": "Choose how to verify it's you",
  "selectMfa.SMS_MFA": "Text message",
  "selectMfa.SOFTWARE_TOKEN_MFA": "Authenticator app",
  "selectMfa.EMAIL_OTP": "Email",
} as const;
