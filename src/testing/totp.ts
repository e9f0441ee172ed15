/**
 * TOTP per RFC 6238 (HMAC-SHA1, 30-second steps, 6 digits), as authenticator apps and Cognito use it.
 * WebCrypto only, so it runs in Node, jsdom and the browser alike (the Storybook panel shows codes).
 */
import { base32Decode, base32Encode } from "./base32";

const STEP_SECONDS = 30;

async function hotp(key: Uint8Array, counter: number, digits: number): Promise<string> {
  const message = new Uint8Array(8);
  new DataView(message.buffer).setBigUint64(0, BigInt(counter));
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    key as BufferSource,
    { name: "HMAC", hash: "SHA-1" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, message));
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary =
    (((mac[offset] ?? 0) & 0x7f) << 24) |
    ((mac[offset + 1] ?? 0) << 16) |
    ((mac[offset + 2] ?? 0) << 8) |
    (mac[offset + 3] ?? 0);
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The time step a moment falls in. */
export function totpStep(timeMs: number): number {
  return Math.floor(timeMs / 1000 / STEP_SECONDS);
}

/** The code for a base32 secret at a moment (milliseconds since the epoch). */
export async function generateTotp(secret: string, timeMs: number, digits = 6): Promise<string> {
  const key = base32Decode(secret);
  if (!key) throw new TypeError("generateTotp: the secret is not base32.");
  return hotp(key, totpStep(timeMs), digits);
}

/** The code for a raw key (RFC test vectors are given as raw ASCII keys). */
export function generateTotpFromKey(key: Uint8Array, timeMs: number, digits = 6): Promise<string> {
  return hotp(key, totpStep(timeMs), digits);
}

/**
 * Whether a code is valid at a moment, allowing `window` steps of clock drift either way (Cognito and
 * most servers allow one: a code from the previous or next 30 seconds passes).
 */
export async function verifyTotp(secret: string, code: string, timeMs: number, window = 1): Promise<boolean> {
  const key = base32Decode(secret);
  if (!key || !/^\d{6}$/.test(code)) return false;
  const step = totpStep(timeMs);
  for (let drift = -window; drift <= window; drift += 1) {
    if ((await hotp(key, step + drift, 6)) === code) return true;
  }
  return false;
}

/** A new random secret: 20 bytes, as Cognito issues (32 base32 characters). */
export function newTotpSecret(): string {
  return base32Encode(crypto.getRandomValues(new Uint8Array(20)));
}
