/**
 * SRP-6a as Cognito speaks it, so that a password (or a remembered device's secret) is proven without
 * being sent. Native BigInt and WebCrypto only. The encodings follow Cognito byte for byte, including its
 * quirks: numbers are hashed as "padded hex" (even length, a leading 00 when the top bit is set), SRP_A
 * goes out unpadded, the key is HKDF-SHA256 with the info "Caldera Derived Key", and TIMESTAMP has an
 * unpadded day. Parity with AWS's amazon-cognito-identity-js is tested on fixed inputs.
 */

import type { SrpClaim } from "../answers";

/** The 3072-bit MODP group of RFC 3526 (group 15), with generator 2. */
const N = BigInt(
  "0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" +
    "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" +
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510" +
    "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" +
    "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C" +
    "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
);
const G = 2n;
const encoder = new TextEncoder();

/** Values from the server that no honest SRP peer can send; checked before any key is derived. */
export class SrpError extends Error {
  override name = "SrpError";
}

export type RandomBytes = (length: number) => Uint8Array;

const secureRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

// ---- encodings -----------------------------------------------------------------------------------

/** Cognito's hex form of a non-negative number: even length, 00 in front when the top bit is set. */
export function padHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/.test(hex) ? `00${hex}` : hex;
}

export function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** Big-endian bytes as a non-negative number. */
export function bytesToNumber(bytes: Uint8Array): bigint {
  return BigInt(`0x${bytesToHex(bytes)}`);
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** A hex string from the wire as a number; anything that is not hex is refused, not half-read. */
export function parseHex(hex: string, field: string): bigint {
  if (!/^[0-9a-fA-F]{1,2048}$/.test(hex)) throw new SrpError(`${field} is not a hexadecimal number.`);
  return BigInt(`0x${hex}`);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// ---- arithmetic and hashing ----------------------------------------------------------------------

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as BufferSource));
}

/** SHA-256 of the bytes a hex string stands for, as a number. */
async function hashHexToNumber(hex: string): Promise<bigint> {
  return bytesToNumber(await sha256(hexToBytes(hex)));
}

export async function hmacSha256(key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    key as BufferSource,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, message as BufferSource));
}

let multiplier: Promise<bigint> | undefined;
/** k = H(N | g), the same for every sign-in: computed once. */
export function srpMultiplier(): Promise<bigint> {
  multiplier ??= hashHexToNumber(padHex(N) + padHex(G));
  return multiplier;
}

/** x = H(salt | H(poolName | userId | ":" | password)): the private key the verifier is made from. */
export async function srpPrivateKey(
  poolName: string,
  userId: string,
  password: string,
  salt: bigint,
): Promise<bigint> {
  const inner = bytesToHex(await sha256(encoder.encode(`${poolName}${userId}:${password}`)));
  return hashHexToNumber(padHex(salt) + inner);
}

/** u = H(A | B). */
export function srpScrambler(largeA: bigint, largeB: bigint): Promise<bigint> {
  return hashHexToNumber(padHex(largeA) + padHex(largeB));
}

/** The 16-byte key both sides derive from the shared secret S: HKDF-SHA256, salted with u. */
export async function srpSessionKey(sharedSecret: bigint, scrambler: bigint): Promise<Uint8Array> {
  const prk = await hmacSha256(hexToBytes(padHex(scrambler)), hexToBytes(padHex(sharedSecret)));
  const okm = await hmacSha256(prk, concat(encoder.encode("Caldera Derived Key"), Uint8Array.of(1)));
  return okm.slice(0, 16);
}

/** The verifier v = g^x a server keeps instead of the password. */
export async function srpVerifier(
  poolName: string,
  userId: string,
  password: string,
  salt: bigint,
): Promise<bigint> {
  return modPow(G, await srpPrivateKey(poolName, userId, password, salt), N);
}

export const SRP_GROUP = { N, g: G } as const;

// ---- the client's side ---------------------------------------------------------------------------

/** One SRP attempt's ephemeral pair: `a` never leaves the browser, SRP_A is sent. */
export interface SrpEphemeral {
  readonly a: bigint;
  readonly largeA: bigint;
  /** SRP_A as Cognito expects it: unpadded lowercase hex. */
  readonly srpA: string;
}

/** Draws a (128 random bytes, as AWS's SDKs do) and computes A = g^a mod N. */
export function createSrpEphemeral(random: RandomBytes = secureRandomBytes): SrpEphemeral {
  for (;;) {
    const a = bytesToNumber(random(128));
    const largeA = modPow(G, a, N);
    // A ≡ 0 would let anyone pass; it cannot happen for a random a, but a broken random source can.
    if (a !== 0n && largeA !== 0n) return { a, largeA, srpA: largeA.toString(16) };
  }
}

export interface SrpChallengeValues {
  /** SALT from PASSWORD_VERIFIER (hex). */
  salt: string;
  /** SRP_B from PASSWORD_VERIFIER (hex). */
  srpB: string;
}

/**
 * The key that proves knowledge of the password: S = (B − k·g^x)^(a + u·x) mod N, then HKDF. For a
 * remembered device, `poolName` is the device group key, `userId` the device key and `password` the
 * device's random password.
 */
export async function passwordAuthenticationKey(input: {
  poolName: string;
  userId: string;
  password: string;
  ephemeral: SrpEphemeral;
  challenge: SrpChallengeValues;
}): Promise<Uint8Array> {
  const largeB = parseHex(input.challenge.srpB, "SRP_B");
  const salt = parseHex(input.challenge.salt, "SALT");
  if (largeB % N === 0n) throw new SrpError("SRP_B is zero modulo N.");
  const u = await srpScrambler(input.ephemeral.largeA, largeB);
  if (u === 0n) throw new SrpError("The SRP scrambler is zero.");
  const x = await srpPrivateKey(input.poolName, input.userId, input.password, salt);
  const k = await srpMultiplier();
  const base = largeB - ((k * modPow(G, x, N)) % N);
  const sharedSecret = modPow(base, input.ephemeral.a + u * x, N);
  return srpSessionKey(sharedSecret, u);
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** TIMESTAMP as Cognito checks it: "ddd MMM D HH:mm:ss UTC YYYY", in UTC, the day not padded. */
export function srpTimestamp(date: Date): string {
  const two = (value: number) => String(value).padStart(2, "0");
  return (
    `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  );
}

/** PASSWORD_CLAIM_SIGNATURE: Base64(HMAC-SHA256(key, poolName | userId | secret block | timestamp)). */
export async function claimSignature(input: {
  key: Uint8Array;
  poolName: string;
  userId: string;
  secretBlock: string;
  timestamp: string;
}): Promise<string> {
  const message = concat(
    encoder.encode(input.poolName),
    encoder.encode(input.userId),
    base64ToBytes(input.secretBlock),
    encoder.encode(input.timestamp),
  );
  return bytesToBase64(await hmacSha256(input.key, message));
}

/** Everything PASSWORD_VERIFIER (or DEVICE_PASSWORD_VERIFIER) needs, in one call. */
export async function passwordClaim(input: {
  poolName: string;
  userId: string;
  password: string;
  ephemeral: SrpEphemeral;
  challenge: SrpChallengeValues & { secretBlock: string };
  now: Date;
}): Promise<SrpClaim> {
  const key = await passwordAuthenticationKey(input);
  const timestamp = srpTimestamp(input.now);
  const { secretBlock } = input.challenge;
  const signature = await claimSignature({ ...input, key, secretBlock, timestamp });
  return { passwordClaimSignature: signature, passwordClaimSecretBlock: secretBlock, timestamp };
}

/** The pool name SRP hashes with: the part of the user pool id after the underscore. */
export function userPoolName(userPoolId: string): string {
  const name = userPoolId.split("_")[1];
  if (!name) throw new SrpError(`"${userPoolId}" is not a user pool id (region_name).`);
  return name;
}

// ---- remembered devices --------------------------------------------------------------------------

/** What ConfirmDevice sends for a new device, and the password the device must keep to sign in later. */
export interface DeviceVerifier {
  /** A random secret that proves the device; keep it with the device key and group key. */
  randomPassword: string;
  /** DeviceSecretVerifierConfig.Salt (Base64). */
  salt: string;
  /** DeviceSecretVerifierConfig.PasswordVerifier (Base64). */
  passwordVerifier: string;
}

/** Makes a device's secret and its verifier: v = g^H(salt | H(groupKey | deviceKey | ":" | password)). */
export async function createDeviceVerifier(
  deviceGroupKey: string,
  deviceKey: string,
  random: RandomBytes = secureRandomBytes,
): Promise<DeviceVerifier> {
  const randomPassword = bytesToBase64(random(40));
  const saltHex = padHex(bytesToNumber(random(16)));
  const verifier = await srpVerifier(deviceGroupKey, deviceKey, randomPassword, BigInt(`0x${saltHex}`));
  return {
    randomPassword,
    salt: bytesToBase64(hexToBytes(saltHex)),
    passwordVerifier: bytesToBase64(hexToBytes(padHex(verifier))),
  };
}
