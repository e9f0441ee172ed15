/** English: The code steps: SMS_OTP, EMAIL_OTP, SMS_MFA, EMAIL_MFA and SOFTWARE_TOKEN_MFA. */
export const codeEn = {
  "code.title": "Enter your code",
  "code.label": "Code",
  "code.hint": "Enter the {length}-digit code.",
  "code.required": "Enter all {length} digits of the code.",
  "code.resent": "We sent a new code.",
  "code.sentBySms": "We sent a code by text message to {destination}.",
  "code.sentByEmail": "We sent a code by email to {destination}.",
  "code.sentSomewhere": "We sent you a code.",
  "code.resend": "Send a new code",
  "code.resendIn": "Send a new code in {seconds} s",
  "totp.instructions": "Enter the code from your authenticator app.",
  "totp.instructionsDevice": "Enter the code from your authenticator app on {device}.",
} as const;
