/** English: the account page's deletion (<DeleteAccount>). */
export const deleteAccountEn = {
  "deleteAccount.title": "Delete your account",
  "deleteAccount.intro":
    "Your account and everything in it are removed for good, and you are signed out everywhere. This cannot be undone.",
  "deleteAccount.confirmLabel": "Type {word} to confirm",
  "deleteAccount.word": "delete",
  "deleteAccount.confirmWrong": "Type {word} to confirm, as shown.",
  "deleteAccount.submit": "Delete my account",
  "deleteAccount.pending": "Deleting…",
  "deleteAccount.done": "Your account has been deleted.",
} as const;
