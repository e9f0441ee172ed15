/** English: a new password's rules, checked as typed, and its field's own problems (a new password anywhere). */
export const passwordRulesEn = {
  "newPassword.required": "Enter a new password.",
  "newPassword.unmet": "The password does not meet all the rules yet.",
  "newPassword.ruleMet": "done",
  "newPassword.rules": "Your password needs:",
  "newPassword.defaultRules": "Unless this app has rules of its own, a password needs:",
  "newPassword.rule.minLength": "at least {count} characters",
  "newPassword.rule.lowercase": "a lowercase letter",
  "newPassword.rule.uppercase": "an uppercase letter",
  "newPassword.rule.number": "a number",
  "newPassword.rule.symbol": "a symbol",
} as const;
