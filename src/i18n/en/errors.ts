/**
 * English: the errors of our own that the first step can show (the network, a timeout, a bad answer…).
 * Those only a later step shows load with Cognito's exceptions (en/exceptions.ts).
 */
export const errorsEn = {
  "error.unknown": "Sign-in failed. Try again.",
  "error.network": "Could not reach the sign-in service. Check your connection and try again.",
  "error.timeout": "The sign-in service took too long to answer. Try again.",
  "error.load": "Part of the sign-in could not be loaded. Check your connection and try again.",
  "error.badResponse": "The sign-in service sent an answer this app does not understand. Try again later.",
} as const;
