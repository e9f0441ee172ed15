/** English: PASSWORD. */
export const passwordEn = {
  "password.title": "Enter your password",
  "password.label": "Password",
} as const;
