/**
 * Cognito ends a session with NotAuthorizedException ("Invalid session for the user[, session is
 * expired]."): after expiry, reuse, or too many wrong answers. No other signal tells these apart from a
 * wrong password, so the message's mention of the session is what the flow goes by; the user-facing text
 * still comes from messages keyed by exception name.
 */
export function isSessionEnded(error: unknown): boolean {
  // By name, not instanceof: every screen's error message needs this, and importing the error classes
  // would tie each lazily loaded screen to the client's module (see ARCHITECTURE.md).
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === "NotAuthorizedException" && typeof message === "string" && /\bsession\b/i.test(message);
}
