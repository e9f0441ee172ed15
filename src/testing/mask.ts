/**
 * Masks delivery destinations the way Cognito shows them in CODE_DELIVERY_DESTINATION: a phone number
 * keeps its `+` and last four digits (`+*******0100`), an email its first letter and the first letter of
 * its domain (`a***@e***`).
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^\d]/g, "");
  const tail = digits.slice(-4);
  return `+${"*".repeat(Math.max(digits.length - 4, 0))}${tail}`;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  // Array.from keeps a non-ASCII first letter (an astral character) whole.
  const first = Array.from(email.slice(0, at))[0] ?? "";
  const domainFirst = Array.from(email.slice(at + 1))[0] ?? "";
  return `${first}***@${domainFirst}***`;
}
