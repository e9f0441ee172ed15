/** English: the sign-up's steps after the form, loaded with them. */
export const signUpLaterEn = {
  "signUp.codeByEmail": "We sent a code by email to {destination}. Enter it to confirm your account.",
  "signUp.codeBySms": "We sent a code by text message to {destination}. Enter it to confirm your account.",
  "signUp.codeSomewhere": "We sent you a code. Enter it to confirm your account.",
  "signUp.confirm": "Confirm account",
  "signUp.linkTitle": "Check your email",
  "signUp.linkSent": "We sent a link to {destination}. Open it to confirm your account.",
  "signUp.linkSentSomewhere": "We sent you a link. Open it to confirm your account.",
  "signUp.linkWaiting": "You will be signed in here once the link is opened.",
  "signUp.linkConfirmed": "I've confirmed",
  "signUp.resendLink": "Send a new link",
  "signUp.resendLinkIn": "Send a new link in {seconds} s",
  "signUp.linkResent": "We sent a new link.",
  "signUp.startAgain": "Use different details",
  "signUp.signingIn": "Your account is confirmed. Signing you in…",
  "signUp.doneTitle": "Your account is confirmed",
  "signUp.done": "You can sign in now.",
} as const;
