/** English: the username step and the frame of every step: what the first load needs. */
export const signInEn = {
  "signIn.title": "Sign in",
  "signIn.username": "Username or email",
  "signIn.password": "Password",
  "signIn.usernameRequired": "Enter your username or email.",
  "signIn.submit": "Continue",
  "signIn.pending": "Signing in…",
  "signIn.restart": "Start again",
  "signIn.forgotPassword": "Forgot password?",
  "common.submit": "Continue",
  "common.pending": "Checking…",
  "common.showPassword": "Show password",
  "common.hidePassword": "Hide password",
  "common.passwordRequired": "Enter your password.",
  "common.back": "Back",
  "common.loading": "Loading…",
  "common.retry": "Try again",
} as const;
