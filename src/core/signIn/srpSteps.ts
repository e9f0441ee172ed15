/**
 * The steps a sign-in answers by itself, with no screen: PASSWORD_VERIFIER with the password it holds,
 * and a remembered device's DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER. Pure apart from randomness and
 * WebCrypto; the SRP module is loaded only when one of these steps arrives.
 */
import { answerChallenge, type Challenge } from "../challenges";
import type { SrpEphemeral } from "../srp/srp";
import type { RespondToAuthChallengeInput } from "../types";
import type { RememberedDevice } from "./devices";

/** What the flow holds between its own SRP steps. */
export interface SrpHeld {
  /** The password, between PASSWORD_SRP (or USER_SRP_AUTH) and PASSWORD_VERIFIER. */
  password?: string;
  /** The current SRP round's `a`. */
  ephemeral?: SrpEphemeral;
  /** The remembered device this sign-in uses. */
  device?: RememberedDevice;
}

const AUTOMATIC_STEPS: ReadonlySet<string> = new Set([
  "PASSWORD_VERIFIER",
  "DEVICE_SRP_AUTH",
  "DEVICE_PASSWORD_VERIFIER",
]);

/**
 * The answer to `challenge` the flow can give without the user, and what it holds afterwards (the
 * password is dropped once used); undefined when the user must act.
 */
export async function answerSrpStep(
  challenge: Challenge,
  held: SrpHeld,
  context: { userPoolId: () => string; username: string; now: Date },
): Promise<{ input: RespondToAuthChallengeInput; held: SrpHeld } | undefined> {
  if (!AUTOMATIC_STEPS.has(challenge.name)) return undefined;
  const { createSrpEphemeral, passwordClaim, userPoolName } = await import("../srp/srp");
  const { device, ephemeral, password } = held;
  if (challenge.name === "PASSWORD_VERIFIER" && password !== undefined && ephemeral) {
    const claim = await passwordClaim({
      poolName: userPoolName(context.userPoolId()),
      userId: challenge.userIdForSrp ?? challenge.username ?? context.username,
      password,
      ephemeral,
      challenge,
      now: context.now,
    });
    const input = answerChallenge(challenge, claim);
    if (device) input.challengeResponses = { ...input.challengeResponses, DEVICE_KEY: device.deviceKey };
    return { input, held: { device } };
  }
  if (challenge.name === "DEVICE_SRP_AUTH" && device) {
    const next = createSrpEphemeral();
    return {
      input: answerChallenge(challenge, { deviceKey: device.deviceKey, srpA: next.srpA }),
      held: { device, ephemeral: next },
    };
  }
  if (challenge.name === "DEVICE_PASSWORD_VERIFIER" && device && ephemeral) {
    const claim = await passwordClaim({
      poolName: device.deviceGroupKey,
      userId: device.deviceKey,
      password: device.randomPassword,
      ephemeral,
      challenge,
      now: context.now,
    });
    return { input: answerChallenge(challenge, { ...claim, deviceKey: device.deviceKey }), held: { device } };
  }
  return undefined;
}
