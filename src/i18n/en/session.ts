/** English: signing out (<SignOutButton>). */
export const sessionEn = {
  "session.signOut": "Sign out",
  "session.signOutEverywhere": "Sign out on every device",
  "session.signingOut": "Signing out…",
} as const;
