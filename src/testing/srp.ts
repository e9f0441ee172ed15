/**
 * The server's half of Cognito's SRP, for the fake: it keeps verifiers (never what they were made from,
 * for devices), issues B, and checks a claim signature by deriving the key the server's way,
 * S = (A·v^u)^b. The client derives the same key the other way, so a sign-in only passes when both
 * halves agree.
 */
import {
  bytesToBase64,
  bytesToNumber,
  claimSignature,
  modPow,
  padHex,
  parseHex,
  SRP_GROUP,
  srpMultiplier,
  srpScrambler,
  srpSessionKey,
  srpTimestamp,
} from "../core/srp/srp";

const { N, g } = SRP_GROUP;
/** How far TIMESTAMP may be from the fake's clock. */
const CLOCK_SKEW_MS = 5 * 60_000;

function randomNumber(bytes: number): bigint {
  return bytesToNumber(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** One PASSWORD_VERIFIER (or DEVICE_PASSWORD_VERIFIER) round, kept in the session between the calls. */
export interface SrpRound {
  /** Hex values: sessions hold plain data. */
  verifier: string;
  salt: string;
  b: string;
  largeA: string;
  largeB: string;
  secretBlock: string;
  poolName: string;
  userId: string;
}

export function randomSalt(): string {
  return padHex(randomNumber(16));
}

/** Starts a round for SRP_A: returns what the challenge carries, or undefined for an A no client sends. */
export async function startSrpRound(input: {
  srpA: string | undefined;
  verifier: bigint;
  salt: string;
  poolName: string;
  userId: string;
}): Promise<SrpRound | undefined> {
  if (input.srpA === undefined) return undefined;
  let largeA: bigint;
  try {
    largeA = parseHex(input.srpA, "SRP_A");
  } catch {
    return undefined;
  }
  if (largeA % N === 0n) return undefined;
  const k = await srpMultiplier();
  for (;;) {
    const b = randomNumber(128);
    const largeB = (k * input.verifier + modPow(g, b, N)) % N;
    if (largeB === 0n) continue;
    return {
      verifier: input.verifier.toString(16),
      salt: input.salt,
      b: b.toString(16),
      largeA: largeA.toString(16),
      largeB: largeB.toString(16),
      secretBlock: bytesToBase64(crypto.getRandomValues(new Uint8Array(96))),
      poolName: input.poolName,
      userId: input.userId,
    };
  }
}

/** The challenge parameters of a round, as Cognito sends them. */
export function srpChallengeParameters(round: SrpRound): Record<string, string> {
  return { SALT: round.salt, SRP_B: round.largeB, SECRET_BLOCK: round.secretBlock };
}

/** True when the claim was signed with the key only the password's (or device secret's) owner can derive. */
export async function verifySrpClaim(
  round: SrpRound,
  responses: Record<string, string>,
  now: number,
): Promise<boolean> {
  const {
    PASSWORD_CLAIM_SIGNATURE: signature,
    PASSWORD_CLAIM_SECRET_BLOCK: block,
    TIMESTAMP: timestamp,
  } = responses;
  if (!signature || block !== round.secretBlock || !timestamp) return false;
  const when = Date.parse(
    timestamp.replace(/^\w{3} (\w{3}) (\d{1,2}) (\S+) UTC (\d{4})$/, "$1 $2 $4 $3 UTC"),
  );
  if (Number.isNaN(when) || srpTimestamp(new Date(when)) !== timestamp) return false;
  if (Math.abs(when - now) > CLOCK_SKEW_MS) return false;
  const largeA = BigInt(`0x${round.largeA}`);
  const largeB = BigInt(`0x${round.largeB}`);
  const u = await srpScrambler(largeA, largeB);
  if (u === 0n) return false;
  const verifier = BigInt(`0x${round.verifier}`);
  const sharedSecret = modPow(largeA * modPow(verifier, u, N), BigInt(`0x${round.b}`), N);
  const key = await srpSessionKey(sharedSecret, u);
  const expected = await claimSignature({
    key,
    poolName: round.poolName,
    userId: round.userId,
    secretBlock: round.secretBlock,
    timestamp,
  });
  return expected === signature;
}
