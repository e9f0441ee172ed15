import { maskEmail, maskPhone } from "../../src/testing/mask";

describe("masking as Cognito shows destinations", () => {
  it.each([
    ["+15555550100", "+*******0100"],
    ["+44 7700 900123", "+********0123"],
  ])("phone %s → %s", (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each([
    ["alice@example.com", "a***@e***"],
    ["zoë@exämple.org", "z***@e***"],
    ["émile@ørsted.dk", "é***@ø***"],
    ["not-an-email", "***"],
  ])("email %s → %s", (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});
