/** English: Adding an authenticator app on an account page (<TotpSetup>). */
export const totpSetupEn = {
  "totpSetup.title": "Add an authenticator app",
  "totpSetup.intro": "Use an app such as a password manager or an authenticator to get sign-in codes.",
  "totpSetup.signInAgain": "Your sign-in has expired. Sign in again, then add the app.",
  "totpSetup.done": "Your authenticator app is added.",
} as const;
