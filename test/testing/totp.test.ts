import { base32Decode, base32Encode } from "../../src/testing/base32";
import { generateTotp, generateTotpFromKey, newTotpSecret, verifyTotp } from "../../src/testing/totp";

const rfcKey = new TextEncoder().encode("12345678901234567890");

describe("TOTP (RFC 6238)", () => {
  it.each([
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
    [20000000000, "65353130"],
  ])("the RFC's SHA-1 test vector at T=%i is %s", async (seconds, code) => {
    expect(await generateTotpFromKey(rfcKey, seconds * 1000, 8)).toBe(code);
  });

  it("base32 round-trips, so a base32 secret gives the same codes as its raw key", async () => {
    const secret = base32Encode(rfcKey);
    expect(secret).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(Array.from(base32Decode(secret.toLowerCase()) ?? [])).toEqual(Array.from(rfcKey));
    expect(await generateTotp(secret, 59_000)).toBe("287082");
  });

  describe("drift", () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = 30_000;

    it.each([
      ["one step before", -1, true],
      ["the same step", 0, true],
      ["one step after", 1, true],
      ["two steps before", -2, false],
      ["three steps before", -3, false],
      ["three steps after", 3, false],
    ])("a code from %s is valid: %s", async (_, offset, valid) => {
      const code = await generateTotp(secret, now + offset * step);
      expect(await verifyTotp(secret, code, now)).toBe(valid);
    });

    it("rejects malformed codes and secrets", async () => {
      expect(await verifyTotp(secret, "12345", now)).toBe(false);
      expect(await verifyTotp(secret, "abcdef", now)).toBe(false);
      expect(await verifyTotp("not base32!", "123456", now)).toBe(false);
    });
  });

  it("issues 20-byte secrets like Cognito's", () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(newTotpSecret());
  });
});
