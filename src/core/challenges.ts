/**
 * Typed views of each challenge's parameters, and builders for each challenge's answer. Cognito sends
 * every parameter as a string, some of them JSON-encoded (MFAS_CAN_SETUP, userAttributes,
 * CREDENTIAL_REQUEST_OPTIONS…); this is the one place that decodes them.
 */
import * as z from "zod/mini";
import type { ValidationIssue } from "./client/errors";
import { isPlainObject, parseJsonSafely } from "./json";
import { FIRST_FACTORS, type FirstFactor, isKnownChallengeName, MFA_TYPES, type MfaType } from "./names";
import type { AuthResponse, RespondToAuthChallengeInput, StringMap } from "./types";

interface ChallengeBase {
  /** The session to send with the answer. */
  session: string | undefined;
  /**
   * The name to answer as USERNAME: USER_ID_FOR_SRP when Cognito sent it (the user may have typed an
   * alias such as an email), else USERNAME, else the name the user typed.
   */
  username: string | undefined;
  /** The raw parameters, for anything the typed view does not cover. */
  parameters: StringMap;
}

/** Where a one-time code was sent, masked by Cognito (e.g. `+*******0100`, `a***@e***`). */
export interface CodeDelivery {
  medium: string | undefined;
  destination: string | undefined;
}

/** The SRP values of PASSWORD_VERIFIER and DEVICE_PASSWORD_VERIFIER. */
export interface SrpVerifierParameters {
  salt: string;
  srpB: string;
  secretBlock: string;
  userIdForSrp: string | undefined;
}

/** PublicKeyCredentialRequestOptionsJSON as Cognito sends it (WebAuthn Level 3). */
export interface CredentialRequestOptionsJSON {
  challenge: string;
  rpId?: string;
  timeout?: number;
  userVerification?: string;
  allowCredentials?: { id: string; type: string; transports?: string[] }[];
  [extension: string]: unknown;
}

export type Challenge =
  | (ChallengeBase & { name: "SELECT_CHALLENGE"; availableChallenges: FirstFactor[] })
  | (ChallengeBase & { name: "PASSWORD" })
  | (ChallengeBase & { name: "PASSWORD_SRP" })
  | (ChallengeBase & { name: "PASSWORD_VERIFIER" } & SrpVerifierParameters)
  | (ChallengeBase & { name: "SMS_OTP"; delivery: CodeDelivery })
  | (ChallengeBase & { name: "EMAIL_OTP"; delivery: CodeDelivery })
  | (ChallengeBase & { name: "SMS_MFA"; delivery: CodeDelivery })
  | (ChallengeBase & { name: "EMAIL_MFA"; delivery: CodeDelivery })
  | (ChallengeBase & { name: "SOFTWARE_TOKEN_MFA"; friendlyDeviceName: string | undefined })
  | (ChallengeBase & { name: "SELECT_MFA_TYPE"; mfasCanChoose: MfaType[] })
  | (ChallengeBase & { name: "MFA_SETUP"; mfasCanSetup: MfaType[] })
  | (ChallengeBase & {
      name: "NEW_PASSWORD_REQUIRED";
      /** The user's current attributes. */
      userAttributes: StringMap;
      /** Attribute names (without the `userAttributes.` prefix) the new-password answer must include. */
      requiredAttributes: string[];
    })
  | (ChallengeBase & { name: "CUSTOM_CHALLENGE" })
  | (ChallengeBase & { name: "WEB_AUTHN"; credentialRequestOptions: CredentialRequestOptionsJSON })
  | (ChallengeBase & { name: "DEVICE_SRP_AUTH" })
  | (ChallengeBase & { name: "DEVICE_PASSWORD_VERIFIER" } & SrpVerifierParameters)
  | (ChallengeBase & {
      name: "UNSUPPORTED";
      /** The name Cognito sent. */
      challengeName: string;
      /** Empty for a name this library does not know; the problems found for a known one. */
      issues: ValidationIssue[];
    });

export type KnownChallenge = Exclude<Challenge, { name: "UNSUPPORTED" }>;
export type ChallengeOf<N extends Challenge["name"]> = Extract<Challenge, { name: N }>;

const credentialRequestOptionsSchema = z.looseObject({
  challenge: z.string(),
  rpId: z.optional(z.string()),
  timeout: z.optional(z.number()),
  userVerification: z.optional(z.string()),
  allowCredentials: z.optional(
    z.array(z.looseObject({ id: z.string(), type: z.string(), transports: z.optional(z.array(z.string())) })),
  ),
});

/**
 * Decodes a parameter that should hold JSON. Emulators sometimes send the real array or object instead
 * of its JSON string; the client normalizes those to strings, and this accepts either.
 */
function decodeJson(value: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof value !== "string") return value === undefined ? { ok: false } : { ok: true, value };
  return parseJsonSafely(value);
}

function stringList(value: unknown): string[] | undefined {
  const decoded = decodeJson(value);
  if (!decoded.ok || !Array.isArray(decoded.value)) return undefined;
  return decoded.value.every((item) => typeof item === "string") ? (decoded.value as string[]) : undefined;
}

/** Email MFA under either of its names. */
function mfaTypeOf(name: string): string {
  return name === "EMAIL_MFA" ? "EMAIL_OTP" : name;
}

function keepKnown<T extends string>(names: readonly string[], known: readonly T[]): T[] {
  return names.filter((name): name is T => (known as readonly string[]).includes(name));
}

/** Reads a challenge from a response; never throws. Problems are reported in `issues`. */
export function readChallenge(
  response: Pick<AuthResponse, "challengeName" | "session" | "challengeParameters" | "availableChallenges">,
  typedUsername?: string,
  /** The USER_ID_FOR_SRP an earlier step of this sign-in sent: some challenges come without one. */
  lastUserIdForSrp?: string,
): { challenge: Challenge; issues: ValidationIssue[] } {
  const parameters = response.challengeParameters ?? {};
  const base: ChallengeBase = {
    session: response.session,
    // The best name there is, as AWS's clients choose it: the user's id for SRP (this step's, else the
    // last one), then USERNAME from the parameters, then what the user typed.
    username: parameters.USER_ID_FOR_SRP ?? lastUserIdForSrp ?? parameters.USERNAME ?? typedUsername,
    parameters,
  };
  const name = response.challengeName ?? "";
  const issues: ValidationIssue[] = [];
  const fail = (path: string, message: string) => {
    issues.push({ path: `ChallengeParameters.${path}`, message });
  };
  const unsupported = (): Challenge => ({ ...base, name: "UNSUPPORTED", challengeName: name, issues });
  if (!isKnownChallengeName(name)) return { challenge: unsupported(), issues: [] };

  const delivery: CodeDelivery = {
    medium: parameters.CODE_DELIVERY_DELIVERY_MEDIUM,
    destination: parameters.CODE_DELIVERY_DESTINATION,
  };
  const srp = (): SrpVerifierParameters | undefined => {
    const { SALT: salt, SRP_B: srpB, SECRET_BLOCK: secretBlock } = parameters;
    if (salt === undefined) fail("SALT", "expected string");
    if (srpB === undefined) fail("SRP_B", "expected string");
    if (secretBlock === undefined) fail("SECRET_BLOCK", "expected string");
    if (salt === undefined || srpB === undefined || secretBlock === undefined) return undefined;
    return { salt, srpB, secretBlock, userIdForSrp: parameters.USER_ID_FOR_SRP };
  };
  const mfaList = (key: "MFAS_CAN_CHOOSE" | "MFAS_CAN_SETUP"): MfaType[] | undefined => {
    const list = stringList(parameters[key]);
    if (!list) fail(key, "expected a JSON array of strings");
    // AWS's docs name email MFA EMAIL_MFA here, Amplify reads EMAIL_OTP: both are the same method.
    return list && [...new Set(keepKnown(list.map(mfaTypeOf), MFA_TYPES))];
  };

  let challenge: Challenge | undefined;
  switch (name) {
    case "SELECT_CHALLENGE": {
      const available = response.availableChallenges;
      if (!available || available.length === 0) {
        issues.push({ path: "AvailableChallenges", message: "expected a non-empty list" });
        break;
      }
      const known = keepKnown(available, FIRST_FACTORS);
      // Factors all unknown to us: nothing to offer, so the "not supported" step (with its restart).
      if (known.length > 0) challenge = { ...base, name, availableChallenges: known };
      break;
    }
    case "SMS_OTP":
    case "EMAIL_OTP":
    case "SMS_MFA":
    case "EMAIL_MFA":
      challenge = { ...base, name, delivery };
      break;
    case "SOFTWARE_TOKEN_MFA":
      challenge = { ...base, name, friendlyDeviceName: parameters.FRIENDLY_DEVICE_NAME };
      break;
    case "SELECT_MFA_TYPE": {
      const mfasCanChoose = mfaList("MFAS_CAN_CHOOSE");
      if (mfasCanChoose?.length) challenge = { ...base, name, mfasCanChoose };
      break;
    }
    case "MFA_SETUP": {
      const mfasCanSetup = mfaList("MFAS_CAN_SETUP");
      if (mfasCanSetup?.length) challenge = { ...base, name, mfasCanSetup };
      break;
    }
    case "NEW_PASSWORD_REQUIRED": {
      const attributes =
        parameters.userAttributes === undefined
          ? { ok: true as const, value: {} }
          : decodeJson(parameters.userAttributes);
      const userAttributes = attributes.ok && isPlainObject(attributes.value) ? attributes.value : undefined;
      const required =
        parameters.requiredAttributes === undefined ? [] : stringList(parameters.requiredAttributes);
      if (!userAttributes) fail("userAttributes", "expected a JSON object");
      if (!required) fail("requiredAttributes", "expected a JSON array of strings");
      if (userAttributes && required) {
        challenge = {
          ...base,
          name,
          userAttributes: Object.fromEntries(
            Object.entries(userAttributes).filter(
              (entry): entry is [string, string] => typeof entry[1] === "string",
            ),
          ),
          requiredAttributes: required.map((attribute) => attribute.replace(/^userAttributes\./, "")),
        };
      }
      break;
    }
    case "WEB_AUTHN": {
      const decoded = decodeJson(parameters.CREDENTIAL_REQUEST_OPTIONS);
      const options = decoded.ok ? credentialRequestOptionsSchema.safeParse(decoded.value) : undefined;
      if (options?.success) challenge = { ...base, name, credentialRequestOptions: options.data };
      else fail("CREDENTIAL_REQUEST_OPTIONS", "expected JSON PublicKeyCredentialRequestOptions");
      break;
    }
    case "PASSWORD_VERIFIER":
    case "DEVICE_PASSWORD_VERIFIER": {
      const values = srp();
      if (values) challenge = { ...base, name, ...values };
      break;
    }
    case "PASSWORD":
    case "PASSWORD_SRP":
    case "CUSTOM_CHALLENGE":
    case "DEVICE_SRP_AUTH":
      challenge = { ...base, name };
      break;
    default:
      return assertNever(name);
  }
  return { challenge: challenge ?? unsupported(), issues };
}

function assertNever(value: never): never {
  throw new TypeError(`Unhandled challenge ${String(value)}`);
}

/**
 * The typed view of the challenge a response asks for, or `undefined` when the response carries tokens
 * instead. Unknown names and malformed parameters give the `UNSUPPORTED` variant; this never throws.
 */
export function parseChallenge(
  response: AuthResponse,
  typedUsername?: string,
  /** The USER_ID_FOR_SRP an earlier step of this sign-in sent, for steps that come without one. */
  lastUserIdForSrp?: string,
): Challenge | undefined {
  if (response.challengeName === undefined) return undefined;
  return readChallenge(response, typedUsername, lastUserIdForSrp).challenge;
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
      const offered = stringList(challenge.parameters.MFAS_CAN_CHOOSE) ?? [];
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
