/**
 * The steps a sign-in answers by itself, with no screen: PASSWORD_VERIFIER with the password it holds,
 * and a remembered device's DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER. Pure apart from randomness and
 * WebCrypto.
 *
 * Loaded, with SRP, when a sign-in first needs SRP (the store knows these steps' names), so sign-ins
 * without SRP or devices never download it. It therefore imports nothing the main bundle loads (types aside):
 * bundlers would split such shared modules into chunks of their own that load with the page, so the
 * store hands in `answerChallenge`.
 */
import type { answerChallenge } from "../answers";
import type { Challenge } from "../challenges";
import {
  createDeviceVerifier,
  createSrpEphemeral,
  passwordClaim,
  type SrpEphemeral,
  userPoolName,
} from "../srp/srp";

// The store loads SRP through this module only, so that bundlers make one chunk of the two.
export { createSrpEphemeral } from "../srp/srp";

import type { CognitoClient } from "../client/cognitoClient";
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

/**
 * The answer to `challenge` the flow can give without the user, and what it holds afterwards (the
 * password is dropped once used); undefined when the user must act.
 */
export async function answerSrpStep(
  challenge: Challenge,
  held: SrpHeld,
  context: {
    userPoolId: () => string;
    username: string;
    now: Date;
    /** The main bundle's `answerChallenge` (see the module's header). */
    answer: typeof answerChallenge;
  },
): Promise<{ input: RespondToAuthChallengeInput; held: SrpHeld } | undefined> {
  const answer = context.answer;
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
    const input = answer(challenge, claim);
    if (device) input.challengeResponses = { ...input.challengeResponses, DEVICE_KEY: device.deviceKey };
    return { input, held: { device } };
  }
  if (challenge.name === "DEVICE_SRP_AUTH" && device) {
    const next = createSrpEphemeral();
    return {
      input: answer(challenge, { deviceKey: device.deviceKey, srpA: next.srpA }),
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
    return { input: answer(challenge, { ...claim, deviceKey: device.deviceKey }), held: { device } };
  }
  return undefined;
}

/**
 * Registers the device Cognito issued at sign-in with a verifier made from a fresh random password
 * (ConfirmDevice; then UpdateDeviceStatus where the pool lets users choose), and returns what the
 * device store keeps. Here, not in the store, since it needs SRP anyway.
 */
export async function confirmNewDevice(
  port: Pick<CognitoClient, "confirmDevice" | "updateDeviceStatus">,
  device: { accessToken: string; deviceKey: string; deviceGroupKey: string; deviceName?: string | undefined },
  signal: AbortSignal,
): Promise<RememberedDevice> {
  const { accessToken, deviceKey, deviceGroupKey, deviceName } = device;
  const verifier = await createDeviceVerifier(deviceGroupKey, deviceKey);
  const confirmed = await port.confirmDevice(
    {
      accessToken,
      deviceKey,
      deviceSecretVerifierConfig: { salt: verifier.salt, passwordVerifier: verifier.passwordVerifier },
      ...(deviceName ? { deviceName } : {}),
    },
    { signal },
  );
  if (confirmed.userConfirmationNecessary) {
    await port.updateDeviceStatus({ accessToken, deviceKey, remembered: true }, { signal });
  }
  return { deviceKey, deviceGroupKey, randomPassword: verifier.randomPassword };
}
