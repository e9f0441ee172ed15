/** English: signing in again before a sensitive change on the account page. */
export const freshSignInEn = {
  "freshSignIn.title": "Confirm it's you",
  "freshSignIn.intro": "For your security, sign in again before this change.",
  "freshSignIn.checking": "Checking…",
  "freshSignIn.cancel": "Cancel",
  "freshSignIn.continue": "Continue",
} as const;
