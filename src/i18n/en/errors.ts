/** English: the errors of our own that any step can show (the network, a timeout, a bad answer…). */
export const errorsEn = {
  "error.sessionExpired": "Your sign-in session has expired. Start again.",
  "error.totpCodeFormat": "Enter the 6-digit code from your authenticator app.",
  "error.srpUnavailable":
    "This account cannot prove its password here without sending it, which this app does not allow. Choose another way to sign in, or contact support.",
  "error.unknown": "Sign-in failed. Try again.",
  "error.network": "Could not reach the sign-in service. Check your connection and try again.",
  "error.timeout": "The sign-in service took too long to answer. Try again.",
  "error.load": "Part of the sign-in could not be loaded. Check your connection and try again.",
  "error.badResponse": "The sign-in service sent an answer this app does not understand. Try again later.",
} as const;
