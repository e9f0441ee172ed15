/**
 * What each challenge is answered with, and the RespondToAuthChallenge input for an answer. Static, unlike
 * the reading of challenges (challenges.ts), which loads with the first answer Cognito sends: a sign-in
 * answers only challenges it has read.
 */
import type { KnownChallenge } from "./challenges";
import { parseJsonSafely } from "./json";
import type { MfaType } from "./names";
import type { RespondToAuthChallengeInput, StringMap } from "./types";

/** MFAS_CAN_CHOOSE as sent (names unfiltered); empty when it is not a JSON array of strings. */
function offeredList(value: string | undefined): string[] {
  const decoded = value === undefined ? undefined : parseJsonSafely(value);
  const list = decoded?.ok ? decoded.value : undefined;
  return Array.isArray(list) && list.every((item) => typeof item === "string") ? list : [];
}

function assertNever(value: never): never {
  throw new TypeError(`Unhandled challenge ${String(value)}`);
}

/** How SELECT_CHALLENGE is answered: the choice, with what that choice needs in the same call. */
export type SelectChallengeAnswer =
  | { answer: "PASSWORD"; password: string }
  | { answer: "PASSWORD_SRP"; srpA: string }
  | { answer: "WEB_AUTHN"; credential?: string | object }
  | { answer: "SMS_OTP" | "EMAIL_OTP" };

export interface SrpClaim {
  passwordClaimSignature: string;
  passwordClaimSecretBlock: string;
  timestamp: string;
}

/** What each challenge is answered with. */
export interface ChallengeAnswers {
  SELECT_CHALLENGE: SelectChallengeAnswer;
  PASSWORD: { password: string };
  PASSWORD_SRP: { srpA: string };
  PASSWORD_VERIFIER: SrpClaim;
  SMS_OTP: { code: string };
  EMAIL_OTP: { code: string };
  SMS_MFA: { code: string };
  EMAIL_MFA: { code: string };
  SOFTWARE_TOKEN_MFA: { code: string };
  SELECT_MFA_TYPE: { mfaType: MfaType };
  /**
   * TOTP: the session VerifySoftwareToken returned. Email MFA: the address to send codes to (an
   * EMAIL_OTP challenge follows).
   */
  MFA_SETUP: { verifiedSession: string } | { email: string };
  NEW_PASSWORD_REQUIRED: {
    newPassword: string;
    /** Values for required (and other writable) attributes, by name without the `userAttributes.` prefix. */
    attributes?: StringMap;
  };
  CUSTOM_CHALLENGE: { answer: string };
  /** The AuthenticationResponseJSON of `navigator.credentials.get`, as an object or its JSON string. */
  WEB_AUTHN: { credential: string | object };
  DEVICE_SRP_AUTH: { deviceKey: string; srpA: string };
  DEVICE_PASSWORD_VERIFIER: SrpClaim & { deviceKey: string };
}

const CODE_KEYS = {
  SMS_OTP: "SMS_OTP_CODE",
  EMAIL_OTP: "EMAIL_OTP_CODE",
  SMS_MFA: "SMS_MFA_CODE",
  EMAIL_MFA: "EMAIL_MFA_CODE",
  SOFTWARE_TOKEN_MFA: "SOFTWARE_TOKEN_MFA_CODE",
} as const;

function claimResponses(claim: SrpClaim): StringMap {
  return {
    PASSWORD_CLAIM_SIGNATURE: claim.passwordClaimSignature,
    PASSWORD_CLAIM_SECRET_BLOCK: claim.passwordClaimSecretBlock,
    TIMESTAMP: claim.timestamp,
  };
}

function toJsonString(value: string | object): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The ChallengeResponses for an answer, without USERNAME and SECRET_HASH. */
function responsesFor(
  challenge: KnownChallenge,
  answer: ChallengeAnswers[KnownChallenge["name"]],
): StringMap {
  switch (challenge.name) {
    case "SELECT_CHALLENGE": {
      const choice = answer as SelectChallengeAnswer;
      const out: StringMap = { ANSWER: choice.answer };
      if (choice.answer === "PASSWORD") out.PASSWORD = choice.password;
      if (choice.answer === "PASSWORD_SRP") out.SRP_A = choice.srpA;
      if (choice.answer === "WEB_AUTHN" && choice.credential !== undefined) {
        out.CREDENTIAL = toJsonString(choice.credential);
      }
      return out;
    }
    case "PASSWORD":
      return { PASSWORD: (answer as ChallengeAnswers["PASSWORD"]).password };
    case "PASSWORD_SRP":
      return { SRP_A: (answer as ChallengeAnswers["PASSWORD_SRP"]).srpA };
    case "PASSWORD_VERIFIER":
      return claimResponses(answer as SrpClaim);
    case "SMS_OTP":
    case "EMAIL_OTP":
    case "SMS_MFA":
    case "EMAIL_MFA":
    case "SOFTWARE_TOKEN_MFA":
      return { [CODE_KEYS[challenge.name]]: (answer as { code: string }).code.trim() };
    case "SELECT_MFA_TYPE": {
      const { mfaType } = answer as ChallengeAnswers["SELECT_MFA_TYPE"];
      // Answer email MFA by the name Cognito offered it under.
      const offered = offeredList(challenge.parameters.MFAS_CAN_CHOOSE);
      const emailAs = offered.includes("EMAIL_OTP")
        ? "EMAIL_OTP"
        : offered.includes("EMAIL_MFA")
          ? "EMAIL_MFA"
          : undefined;
      return { ANSWER: mfaType === "EMAIL_OTP" && emailAs ? emailAs : mfaType };
    }
    case "MFA_SETUP": {
      const setup = answer as ChallengeAnswers["MFA_SETUP"];
      return "email" in setup ? { EMAIL: setup.email } : {};
    }
    case "NEW_PASSWORD_REQUIRED": {
      const change = answer as ChallengeAnswers["NEW_PASSWORD_REQUIRED"];
      const out: StringMap = { NEW_PASSWORD: change.newPassword };
      for (const [attribute, value] of Object.entries(change.attributes ?? {})) {
        out[`userAttributes.${attribute}`] = value;
      }
      return out;
    }
    case "CUSTOM_CHALLENGE":
      return { ANSWER: (answer as ChallengeAnswers["CUSTOM_CHALLENGE"]).answer };
    case "WEB_AUTHN":
      return { CREDENTIAL: toJsonString((answer as ChallengeAnswers["WEB_AUTHN"]).credential) };
    case "DEVICE_SRP_AUTH": {
      const device = answer as ChallengeAnswers["DEVICE_SRP_AUTH"];
      return { DEVICE_KEY: device.deviceKey, SRP_A: device.srpA };
    }
    case "DEVICE_PASSWORD_VERIFIER": {
      const device = answer as ChallengeAnswers["DEVICE_PASSWORD_VERIFIER"];
      return { ...claimResponses(device), DEVICE_KEY: device.deviceKey };
    }
    default:
      return assertNever(challenge);
  }
}

/**
 * The RespondToAuthChallenge input that answers a challenge: its name, the session (for MFA_SETUP by
 * TOTP, the one VerifySoftwareToken returned), and ChallengeResponses with USERNAME set as Cognito
 * expects. The client adds SECRET_HASH when the app client has one.
 */
export function answerChallenge<C extends KnownChallenge>(
  challenge: C,
  answer: ChallengeAnswers[C["name"]],
): RespondToAuthChallengeInput {
  const challengeResponses: StringMap = {
    ...(challenge.username === undefined ? {} : { USERNAME: challenge.username }),
    ...responsesFor(challenge, answer),
  };
  const session =
    challenge.name === "MFA_SETUP" && "verifiedSession" in (answer as object)
      ? (answer as { verifiedSession: string }).verifiedSession
      : challenge.session;
  return {
    challengeName: challenge.name,
    ...(session === undefined ? {} : { session }),
    challengeResponses,
  };
}
