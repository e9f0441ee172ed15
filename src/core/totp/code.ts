/**
 * An authenticator code as Cognito takes it: six digits, with the spaces some apps show ("123 456")
 * removed; undefined when it cannot be one, so that it is refused before it is sent.
 */
export function normalizeTotpCode(code: string): string | undefined {
  const digits = code.replace(/\s+/g, "");
  return /^\d{6}$/.test(digits) ? digits : undefined;
}
