/** English: the account page's password section (<ChangePassword>). */
export const changePasswordEn = {
  "changePassword.title": "Password",
  "changePassword.intro": "Change the password you sign in with.",
  "changePassword.introFirst": "You sign in without a password. Set one to sign in with it as well.",
  "changePassword.current": "Current password",
  "changePassword.currentRequired": "Enter your current password.",
  "changePassword.currentWrong": "That is not your current password.",
  "changePassword.new": "New password",
  "changePassword.newRequired": "Enter a new password.",
  "changePassword.usedBefore": "You have used that password before. Choose a different one.",
  "changePassword.submit": "Change password",
  "changePassword.submitFirst": "Set password",
  "changePassword.pending": "Saving…",
  "changePassword.done": "Your password has been changed. Use it the next time you sign in.",
  "changePassword.again": "Change it again",
} as const;
