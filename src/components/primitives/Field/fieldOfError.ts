/**
 * Which field of a code step a Cognito exception is about, by its name: a wrong or expired code is the
 * code's, a refused new password the password's. Anything else (the network, a limit, a session that
 * ended) is the step's alone, and marks no field invalid.
 */
export function fieldOfError(error: unknown): "code" | "password" | undefined {
  const { name, reason } = (error ?? {}) as { name?: unknown; reason?: unknown };
  // EnableSoftwareTokenMFAException: VerifySoftwareToken's answer to a wrong authenticator code.
  if (
    name === "CodeMismatchException" ||
    name === "ExpiredCodeException" ||
    name === "EnableSoftwareTokenMFAException" ||
    // Refused before it was sent: not six digits.
    reason === "totpCodeFormat"
  )
    return "code";
  if (name === "InvalidPasswordException" || name === "PasswordHistoryPolicyViolationException")
    return "password";
  return undefined;
}
