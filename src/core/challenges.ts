/**
 * Typed views of each challenge's parameters. Cognito sends every parameter as a string, some of them
 * JSON-encoded (MFAS_CAN_SETUP, userAttributes, CREDENTIAL_REQUEST_OPTIONS…); this is the one place that
 * decodes them. The types are for everyone; the reading itself loads with the first answer (protocol.ts),
 * and the answers are built in answers.ts.
 */
import * as z from "zod/mini";
import type { ValidationIssue } from "./client/errors";
import { isPlainObject, parseJsonSafely } from "./json";
import { FIRST_FACTORS, type FirstFactor, isKnownChallengeName, MFA_TYPES, type MfaType } from "./names";
import type { AuthResponse, StringMap } from "./types";

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
