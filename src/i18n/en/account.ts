/** English: what the account steps share (a password reset, an account confirmation): the code, the choice to send one, the way back. */
export const accountEn = {
  "account.send": "Send me a code",
  "account.haveCode": "I already have a code",
  // The same title as every code step of the sign-in's (en/code.ts): one name for one thing.
  "code.title": "Enter your code",
  "account.code": "Code",
  "account.codeRequired": "Enter the code you were sent.",
  "account.resend": "Send a new code",
  "account.resent": "We sent a new code.",
  "account.resendIn": "Send a new code in {seconds} s",
  "account.backToSignIn": "Back to sign in",
} as const;
