/**
 * English: what <SignIn> shows after the username (who is signing in, the countdown, the expired and
 * signed-in steps), loaded with those steps.
 */
export const laterEn = {
  "signIn.signedIn": "You are signed in.",
  "signIn.expiresIn": "This step expires in {time}.",
  "signIn.expired": "This sign-in took too long or was interrupted. Start again to get a new session.",
  "signIn.tooManyCodes": "Too many incorrect codes. Start again to get a new one.",
  "signIn.signedInAs": "Signing in as {username}",
  "signIn.notYou": "Use another account",
} as const;
