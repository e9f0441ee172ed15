/**
 * The fake's sign-in semantics, one method per operation, on wire-shaped (PascalCase) input and output.
 * Written from ../shared/docs/cognito-protocol.md; where Cognito's behaviour is not documented, the
 * choice is the one a careful client must survive anyway, and says so.
 */
import { FIRST_FACTORS, type FirstFactor, type MfaType } from "../core/index";
import {
  base64ToBytes,
  bytesToBase64,
  bytesToHex,
  hmacSha256,
  srpVerifier,
  userPoolName,
} from "../core/srp/srp";
import { FakeCognitoError, WRONG_CODE, WRONG_CREDENTIALS } from "./errors";
import { maskEmail, maskPhone } from "./mask";
import { INVALID_SESSION, type SessionState, type SessionStep, SessionStore } from "./sessions";
import { randomSalt, type SrpRound, srpChallengeParameters, startSrpRound, verifySrpClaim } from "./srp";
import { jwt, randomId } from "./tokens";
import { newTotpSecret, verifyTotp } from "./totp";
import type { Delivery, FakeCognitoOptions, FakeDevice, FakePool, FakeUser } from "./types";
import { verifyAssertion } from "./webauthn";

type Wire = Record<string, unknown>;
type StringMap = Record<string, string>;

const TOKEN_VALIDITY_SECONDS = 3600;

function stringMap(value: unknown): StringMap {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

function requireString(body: Wire, field: string): string {
  const value = body[field];
  if (typeof value !== "string" || value === "") {
    throw new FakeCognitoError("InvalidParameterException", `Missing required parameter ${field}`);
  }
  return value;
}

function sixDigits(): string {
  return String(crypto.getRandomValues(new Uint32Array(1))[0] ?? 0)
    .slice(-6)
    .padStart(6, "0");
}

async function hmacSha256Base64(key: string, message: string): Promise<string> {
  const encoder = new TextEncoder();
  return bytesToBase64(await hmacSha256(encoder.encode(key), encoder.encode(message)));
}

/** SECRET_HASH as Cognito defines it: Base64(HMAC-SHA256(client secret, username + client id)). */
export function secretHashFor(clientSecret: string, username: string, clientId: string): Promise<string> {
  return hmacSha256Base64(clientSecret, username + clientId);
}

interface IssuedToken {
  username: string;
  expiresAt: number;
}

export class FakeEngine {
  readonly users: FakeUser[];
  readonly pool: Required<Omit<FakePool, "clientSecret">> & Pick<FakePool, "clientSecret">;
  readonly deliveries: Delivery[] = [];
  readonly sessions: SessionStore;
  readonly rpId: string;
  private readonly accessTokens = new Map<string, IssuedToken>();
  private readonly refreshTokens = new Map<string, string>();
  /** Secrets from AssociateSoftwareToken by access token, waiting for VerifySoftwareToken. */
  private readonly pendingTotp = new Map<string, string>();
  /** Each user's SRP salt (hex); the verifier is made from the current password when needed. */
  private readonly salts = new Map<string, string>();
  /** Devices issued with NewDeviceMetadata, by device key. */
  readonly devices = new Map<string, FakeDevice>();

  constructor(
    options: FakeCognitoOptions,
    readonly clock: () => number,
  ) {
    // Users are copied: the fake changes them (new password, MFA set up) and the caller's data stays as given.
    this.users = structuredClone(options.users);
    this.rpId = options.rpId ?? "localhost";
    const pool = options.pool ?? {};
    this.pool = {
      mfa: pool.mfa ?? "OPTIONAL",
      mfaSetupTypes: pool.mfaSetupTypes ?? ["SOFTWARE_TOKEN_MFA"],
      requiredAttributes: pool.requiredAttributes ?? [],
      sessionMinutes: pool.sessionMinutes ?? 3,
      preventUserExistenceErrors: pool.preventUserExistenceErrors ?? true,
      maxAttempts: pool.maxAttempts ?? 3,
      passwordMinLength: pool.passwordMinLength ?? 8,
      userPoolId: pool.userPoolId ?? "eu-west-1_FAKE00001",
      clientId: pool.clientId ?? "fake-client-id",
      clientSecret: pool.clientSecret,
      deviceTracking: pool.deviceTracking ?? "OFF",
    };
    this.sessions = new SessionStore(
      clock,
      this.pool.sessionMinutes * 60_000,
      this.pool.maxAttempts,
      options.expireFirstSession ?? false,
    );
  }

  // ---- lookups -------------------------------------------------------------------------------------

  findUser(name: string | undefined): FakeUser | undefined {
    if (name === undefined) return undefined;
    return this.users.find((user) => user.username === name || user.email === name || user.phone === name);
  }

  private unknownUser(): FakeCognitoError {
    return this.pool.preventUserExistenceErrors
      ? new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS)
      : new FakeCognitoError("UserNotFoundException", "User does not exist.");
  }

  private checkClient(body: Wire): void {
    const clientId = requireString(body, "ClientId");
    if (clientId !== this.pool.clientId) {
      throw new FakeCognitoError("ResourceNotFoundException", `User pool client ${clientId} does not exist.`);
    }
  }

  private async checkSecretHash(parameters: StringMap, username: string | undefined): Promise<void> {
    const secret = this.pool.clientSecret;
    if (secret === undefined || username === undefined) return;
    const expected = await secretHashFor(secret, username, this.pool.clientId);
    if (parameters.SECRET_HASH !== expected) {
      throw new FakeCognitoError(
        "NotAuthorizedException",
        `Client ${this.pool.clientId} is configured with secret but SECRET_HASH was not received or is wrong`,
      );
    }
  }

  // ---- what the user has ---------------------------------------------------------------------------

  private firstFactors(user: FakeUser): FirstFactor[] {
    if (user.firstFactors) {
      const listed = user.firstFactors.filter((factor) => FIRST_FACTORS.includes(factor));
      // Cognito offers the password both ways: sent (PASSWORD) or proven by SRP (PASSWORD_SRP).
      return listed.flatMap((factor) =>
        factor === "PASSWORD" && !listed.includes("PASSWORD_SRP") ? ["PASSWORD", "PASSWORD_SRP"] : [factor],
      ) as FirstFactor[];
    }
    const factors: FirstFactor[] = [];
    if (user.password !== undefined) factors.push("PASSWORD", "PASSWORD_SRP");
    if (user.phone) factors.push("SMS_OTP");
    if (user.email) factors.push("EMAIL_OTP");
    if (user.passkeys?.length) factors.push("WEB_AUTHN");
    return factors;
  }

  private mfaMethods(user: FakeUser): MfaType[] {
    const methods: MfaType[] = [];
    if (user.mfa?.sms && user.phone) methods.push("SMS_MFA");
    if (user.mfa?.totpSecret) methods.push("SOFTWARE_TOKEN_MFA");
    if (user.mfa?.email && user.email) methods.push("EMAIL_OTP");
    return methods;
  }

  private missingRequiredAttributes(user: FakeUser): string[] {
    return this.pool.requiredAttributes.filter((name) => !user.attributes?.[name]);
  }

  private userAttributes(user: FakeUser): StringMap {
    return {
      ...user.attributes,
      ...(user.email ? { email: user.email } : {}),
      ...(user.phone ? { phone_number: user.phone } : {}),
    };
  }

  // ---- answers -------------------------------------------------------------------------------------

  private challenge(
    name: SessionStep,
    user: FakeUser,
    state: Omit<SessionState, "username" | "step">,
    parameters: StringMap = {},
  ) {
    const session = this.sessions.issue({ ...state, username: user.username, step: name });
    return {
      ChallengeName: name,
      Session: session,
      ChallengeParameters: { ...parameters, USER_ID_FOR_SRP: user.username },
    };
  }

  private deliver(
    user: FakeUser,
    medium: "SMS" | "EMAIL",
    challengeName: string,
  ): { code: string; parameters: StringMap } {
    const destination = medium === "SMS" ? user.phone : user.email;
    if (!destination) {
      throw new FakeCognitoError(
        "InvalidParameterException",
        `The user has no ${medium === "SMS" ? "phone number" : "email"}.`,
      );
    }
    const code = sixDigits();
    this.deliveries.push({ username: user.username, medium, destination, code, challengeName });
    return {
      code,
      parameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: medium,
        CODE_DELIVERY_DESTINATION: medium === "SMS" ? maskPhone(destination) : maskEmail(destination),
      },
    };
  }

  private otpChallenge(
    user: FakeUser,
    name: "SMS_OTP" | "EMAIL_OTP" | "SMS_MFA",
    extra: Partial<SessionState> = {},
  ) {
    const medium = name === "SMS_OTP" || name === "SMS_MFA" ? "SMS" : "EMAIL";
    const { code, parameters } = this.deliver(user, medium, name);
    return this.challenge(name, user, { ...extra, code }, parameters);
  }

  private webauthnChallenge(user: FakeUser) {
    const challenge = randomId(32);
    const options = {
      challenge,
      rpId: this.rpId,
      timeout: 180_000,
      userVerification: "preferred",
      allowCredentials: (user.passkeys ?? []).map((passkey) => ({
        id: passkey.credentialId,
        type: "public-key",
      })),
    };
    return this.challenge(
      "WEB_AUTHN",
      user,
      { webauthnChallenge: challenge },
      {
        CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options),
      },
    );
  }

  private tokens(user: FakeUser, withRefreshToken = true, newDevice = withRefreshToken) {
    const now = this.clock();
    const seconds = Math.floor(now / 1000);
    const iss = `https://cognito-idp.${this.pool.userPoolId.split("_")[0]}.amazonaws.com/${this.pool.userPoolId}`;
    const common = {
      sub: user.username,
      iss,
      iat: seconds,
      auth_time: seconds,
      exp: seconds + TOKEN_VALIDITY_SECONDS,
    };
    const accessToken = jwt({
      ...common,
      token_use: "access",
      client_id: this.pool.clientId,
      username: user.username,
      jti: randomId(16),
    });
    this.accessTokens.set(accessToken, {
      username: user.username,
      expiresAt: now + TOKEN_VALIDITY_SECONDS * 1000,
    });
    const idToken = jwt({
      ...common,
      token_use: "id",
      aud: this.pool.clientId,
      "cognito:username": user.username,
      ...this.userAttributes(user),
    });
    const result: Wire = {
      AccessToken: accessToken,
      IdToken: idToken,
      ExpiresIn: TOKEN_VALIDITY_SECONDS,
      TokenType: "Bearer",
    };
    if (withRefreshToken) {
      const refreshToken = randomId(96);
      this.refreshTokens.set(refreshToken, user.username);
      result.RefreshToken = refreshToken;
    }
    if (newDevice && this.pool.deviceTracking !== "OFF") result.NewDeviceMetadata = this.issueDevice(user);
    return { ChallengeParameters: {}, AuthenticationResult: result };
  }

  // ---- SRP and devices -----------------------------------------------------------------------------

  private issueDevice(user: FakeUser) {
    const device: FakeDevice = {
      deviceKey: `${this.pool.userPoolId.split("_")[0]}_${crypto.randomUUID()}`,
      deviceGroupKey: `-${randomId(9)}`,
      username: user.username,
      remembered: false,
    };
    this.devices.set(device.deviceKey, device);
    return { DeviceKey: device.deviceKey, DeviceGroupKey: device.deviceGroupKey };
  }

  /** The user's device that may stand in for MFA: confirmed, remembered, and theirs. */
  private rememberedDevice(user: FakeUser, deviceKey: string | undefined): FakeDevice | undefined {
    const device = deviceKey === undefined ? undefined : this.devices.get(deviceKey);
    return device?.username === user.username && device.remembered && device.verifier ? device : undefined;
  }

  /** PASSWORD_VERIFIER for SRP_A, against a verifier made from the user's current password. */
  private async passwordVerifierChallenge(user: FakeUser, srpA: string | undefined, deviceKey?: string) {
    if (user.status === "RESET_REQUIRED") {
      throw new FakeCognitoError("PasswordResetRequiredException", "Password reset required for the user");
    }
    if (user.password === undefined) throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
    const salt = this.salts.get(user.username) ?? randomSalt();
    this.salts.set(user.username, salt);
    const poolName = userPoolName(this.pool.userPoolId);
    const verifier = await srpVerifier(poolName, user.username, user.password, BigInt(`0x${salt}`));
    const srp = await startSrpRound({ srpA, verifier, salt, poolName, userId: user.username });
    if (!srp) throw new FakeCognitoError("InvalidParameterException", "SRP_A is missing or invalid.");
    return this.challenge(
      "PASSWORD_VERIFIER",
      user,
      { srp, ...(deviceKey ? { deviceKey } : {}) },
      { ...srpChallengeParameters(srp), USERNAME: user.username },
    );
  }

  private async checkClaim(srp: SrpRound | undefined, responses: StringMap): Promise<void> {
    if (!srp || !(await verifySrpClaim(srp, responses, this.clock()))) {
      throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
    }
  }

  private device(deviceKey: string | undefined): FakeDevice {
    const device = deviceKey === undefined ? undefined : this.devices.get(deviceKey);
    if (!device) throw new FakeCognitoError("ResourceNotFoundException", "Device does not exist.");
    return device;
  }

  /** ConfirmDevice: the device's SRP verifier arrives; the device's password never does. */
  confirmDevice(body: Wire): Wire {
    const user = this.userForAccessToken(requireString(body, "AccessToken"));
    const device = this.device(requireString(body, "DeviceKey"));
    if (device.username !== user.username)
      throw new FakeCognitoError("NotAuthorizedException", "Device does not belong to the user.");
    const config = body.DeviceSecretVerifierConfig as Wire | undefined;
    const salt = typeof config?.Salt === "string" ? config.Salt : "";
    const verifier = typeof config?.PasswordVerifier === "string" ? config.PasswordVerifier : "";
    if (!salt || !verifier) {
      throw new FakeCognitoError("InvalidParameterException", "DeviceSecretVerifierConfig is required.");
    }
    try {
      device.salt = bytesToHex(base64ToBytes(salt));
      device.verifier = bytesToHex(base64ToBytes(verifier));
    } catch {
      throw new FakeCognitoError("InvalidParameterException", "DeviceSecretVerifierConfig is not Base64.");
    }
    if (typeof body.DeviceName === "string") device.name = body.DeviceName;
    device.remembered = this.pool.deviceTracking === "ALWAYS";
    return { UserConfirmationNecessary: this.pool.deviceTracking === "USER_OPT_IN" };
  }

  /** UpdateDeviceStatus: the user chose to remember the device (or not). */
  updateDeviceStatus(body: Wire): Wire {
    const user = this.userForAccessToken(requireString(body, "AccessToken"));
    const device = this.device(requireString(body, "DeviceKey"));
    if (device.username !== user.username || !device.verifier)
      throw new FakeCognitoError("NotAuthorizedException", "Device does not belong to the user.");
    const status = body.DeviceRememberedStatus;
    if (status !== "remembered" && status !== "not_remembered") {
      throw new FakeCognitoError(
        "InvalidParameterException",
        "DeviceRememberedStatus must be remembered or not_remembered.",
      );
    }
    device.remembered = status === "remembered";
    return {};
  }

  /** What follows a proven first factor: a new password if one is due, then MFA, then tokens. */
  private afterPassword(user: FakeUser, deviceKey?: string) {
    if (user.status === "FORCE_CHANGE_PASSWORD") {
      return this.challenge(
        "NEW_PASSWORD_REQUIRED",
        user,
        {},
        {
          userAttributes: JSON.stringify(this.userAttributes(user)),
          requiredAttributes: JSON.stringify(
            this.missingRequiredAttributes(user).map((name) => `userAttributes.${name}`),
          ),
        },
      );
    }
    if (user.status === "UNCONFIRMED")
      throw new FakeCognitoError("UserNotConfirmedException", "User is not confirmed.");
    // A remembered device proves itself instead of MFA.
    const device = this.rememberedDevice(user, deviceKey);
    if (device) return this.challenge("DEVICE_SRP_AUTH", user, { deviceKey: device.deviceKey });
    return this.mfaStep(user);
  }

  private mfaStep(user: FakeUser) {
    if (this.pool.mfa === "OFF") return this.tokens(user);
    const methods = this.mfaMethods(user);
    if (methods.length === 0) {
      if (this.pool.mfa === "OPTIONAL") return this.tokens(user);
      return this.challenge(
        "MFA_SETUP",
        user,
        {},
        { MFAS_CAN_SETUP: JSON.stringify(this.pool.mfaSetupTypes) },
      );
    }
    const preferred = user.mfa?.preferred;
    if (methods.length === 1 || (preferred && methods.includes(preferred))) {
      return this.mfaChallenge(user, methods.length === 1 ? (methods[0] as MfaType) : (preferred as MfaType));
    }
    return this.challenge(
      "SELECT_MFA_TYPE",
      user,
      { mfaChoices: methods },
      { MFAS_CAN_CHOOSE: JSON.stringify(methods) },
    );
  }

  private mfaChallenge(user: FakeUser, method: MfaType) {
    if (method === "SMS_MFA") return this.otpChallenge(user, "SMS_MFA");
    if (method === "EMAIL_OTP") return this.otpChallenge(user, "EMAIL_OTP", { isMfa: true });
    const name = user.mfa?.totpDeviceName;
    return this.challenge("SOFTWARE_TOKEN_MFA", user, {}, name ? { FRIENDLY_DEVICE_NAME: name } : {});
  }

  private checkPassword(user: FakeUser, password: string | undefined): void {
    if (user.status === "RESET_REQUIRED") {
      throw new FakeCognitoError("PasswordResetRequiredException", "Password reset required for the user");
    }
    if (user.password === undefined || password !== user.password) {
      throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
    }
  }

  // ---- InitiateAuth --------------------------------------------------------------------------------

  async initiateAuth(body: Wire): Promise<Wire> {
    this.checkClient(body);
    const flow = requireString(body, "AuthFlow");
    const parameters = stringMap(body.AuthParameters);
    if (flow === "REFRESH_TOKEN_AUTH" || flow === "REFRESH_TOKEN") return this.refresh(parameters);
    const typed = parameters.USERNAME;
    if (!typed)
      throw new FakeCognitoError("InvalidParameterException", "Missing required parameter USERNAME");
    const user = this.findUser(typed);
    await this.checkSecretHash(parameters, typed);
    switch (flow) {
      case "USER_PASSWORD_AUTH":
        if (!user) throw this.unknownUser();
        this.checkPassword(user, parameters.PASSWORD);
        return this.afterPassword(user, parameters.DEVICE_KEY);
      case "USER_AUTH":
        return this.userAuth(user, typed, parameters);
      case "CUSTOM_AUTH":
        if (!user) throw this.unknownUser();
        return this.customStep(user, 0);
      case "USER_SRP_AUTH":
        if (!user) throw this.unknownUser();
        return this.passwordVerifierChallenge(user, parameters.SRP_A, parameters.DEVICE_KEY);
      default:
        throw new FakeCognitoError("InvalidParameterException", `Unsupported AuthFlow ${flow}`);
    }
  }

  private refresh(parameters: StringMap) {
    const username = parameters.REFRESH_TOKEN ? this.refreshTokens.get(parameters.REFRESH_TOKEN) : undefined;
    const user = this.findUser(username);
    if (!user) throw new FakeCognitoError("NotAuthorizedException", "Invalid Refresh Token");
    return this.tokens(user, false);
  }

  private userAuth(user: FakeUser | undefined, typed: string, parameters: StringMap) {
    const preferred = parameters.PREFERRED_CHALLENGE;
    if (!user) {
      // Do not reveal that the user does not exist: offer a password that can never be right.
      if (!this.pool.preventUserExistenceErrors) throw this.unknownUser();
      if (preferred === "PASSWORD" && parameters.PASSWORD !== undefined) throw this.unknownUser();
      const session = this.sessions.issue({
        username: typed,
        step: "SELECT_CHALLENGE",
        decoy: true,
        availableChallenges: ["PASSWORD"],
      });
      return {
        ChallengeName: "SELECT_CHALLENGE",
        Session: session,
        ChallengeParameters: {},
        AvailableChallenges: ["PASSWORD"],
      };
    }
    if (user.status === "RESET_REQUIRED") {
      throw new FakeCognitoError("PasswordResetRequiredException", "Password reset required for the user");
    }
    const available = this.firstFactors(user);
    if (preferred && available.includes(preferred as FirstFactor)) {
      return this.startFactor(user, preferred as FirstFactor, parameters, parameters.DEVICE_KEY);
    }
    const session = this.sessions.issue({
      username: user.username,
      step: "SELECT_CHALLENGE",
      availableChallenges: available,
      ...(parameters.DEVICE_KEY ? { deviceKey: parameters.DEVICE_KEY } : {}),
    });
    return {
      ChallengeName: "SELECT_CHALLENGE",
      Session: session,
      ChallengeParameters: { USER_ID_FOR_SRP: user.username },
      AvailableChallenges: available,
    };
  }

  /**
   * Starts a chosen first factor; with the password (or SRP_A) given, goes on in the same call. `given`
   * is AuthParameters or ChallengeResponses.
   */
  private startFactor(user: FakeUser, factor: FirstFactor, given: StringMap, deviceKey?: string) {
    const device = deviceKey ? { deviceKey } : {};
    switch (factor) {
      case "PASSWORD":
        if (given.PASSWORD === undefined) return this.challenge("PASSWORD", user, device);
        this.checkPassword(user, given.PASSWORD);
        return this.afterPassword(user, deviceKey);
      case "SMS_OTP":
      case "EMAIL_OTP":
        return this.otpChallenge(user, factor);
      case "WEB_AUTHN":
        return this.webauthnChallenge(user);
      case "PASSWORD_SRP":
        if (given.SRP_A === undefined) return this.challenge("PASSWORD_SRP", user, device);
        return this.passwordVerifierChallenge(user, given.SRP_A, deviceKey);
    }
  }

  private customStep(user: FakeUser, step: number, failedAnswers = 0) {
    const script = user.customChallenge;
    if (!script?.length) {
      throw new FakeCognitoError(
        "NotAuthorizedException",
        "Custom auth lambda trigger is not configured for the user pool.",
      );
    }
    const current = script[step];
    if (!current) return this.tokens(user);
    return this.challenge("CUSTOM_CHALLENGE", user, { customStep: step, failedAnswers }, current.parameters);
  }

  // ---- RespondToAuthChallenge ----------------------------------------------------------------------

  async respondToAuthChallenge(body: Wire): Promise<Wire> {
    this.checkClient(body);
    const name = requireString(body, "ChallengeName");
    const responses = stringMap(body.ChallengeResponses);
    const typed = responses.USERNAME;
    if (!typed)
      throw new FakeCognitoError("InvalidParameterException", "Missing required parameter USERNAME");
    await this.checkSecretHash(responses, typed);
    const user = this.findUser(typed);
    const step = (name === "EMAIL_MFA" ? "EMAIL_OTP" : name) as SessionStep;
    const session = this.sessions.take(
      typeof body.Session === "string" ? body.Session : undefined,
      user?.username ?? typed,
      [step],
    );
    if (session.decoy || !user) throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
    const deviceKey = responses.DEVICE_KEY ?? session.deviceKey;

    /** A wrong answer: the same session may try again, up to the pool's limit. */
    const wrong = (exception: string, message: string): never => {
      if (this.sessions.retry(session)) throw new FakeCognitoError(exception, message);
      throw new FakeCognitoError("NotAuthorizedException", INVALID_SESSION);
    };

    switch (session.step) {
      case "SELECT_CHALLENGE": {
        const answer = responses.ANSWER as FirstFactor | undefined;
        if (!answer || !session.availableChallenges?.includes(answer)) {
          throw new FakeCognitoError(
            "InvalidParameterException",
            `ANSWER must be one of ${session.availableChallenges?.join(", ")}`,
          );
        }
        if (
          answer === "PASSWORD" &&
          responses.PASSWORD !== undefined &&
          responses.PASSWORD !== user.password
        ) {
          wrong("NotAuthorizedException", WRONG_CREDENTIALS);
        }
        return this.startFactor(user, answer, responses, deviceKey);
      }
      case "PASSWORD":
        if (user.status !== "RESET_REQUIRED" && responses.PASSWORD !== user.password) {
          wrong("NotAuthorizedException", WRONG_CREDENTIALS);
        }
        this.checkPassword(user, responses.PASSWORD);
        return this.afterPassword(user, deviceKey);
      case "PASSWORD_SRP":
        return this.passwordVerifierChallenge(user, responses.SRP_A, deviceKey);
      case "PASSWORD_VERIFIER":
        // A wrong claim ends the round: B is spent, so the client must start over with a new A.
        await this.checkClaim(session.srp, responses);
        return this.afterPassword(user, deviceKey);
      case "DEVICE_SRP_AUTH": {
        const device = this.rememberedDevice(user, deviceKey);
        if (!device?.verifier || !device.salt)
          throw new FakeCognitoError("ResourceNotFoundException", "Device does not exist.");
        const srp = await startSrpRound({
          srpA: responses.SRP_A,
          verifier: BigInt(`0x${device.verifier}`),
          salt: device.salt,
          poolName: device.deviceGroupKey,
          userId: device.deviceKey,
        });
        if (!srp) throw new FakeCognitoError("InvalidParameterException", "SRP_A is missing or invalid.");
        return this.challenge(
          "DEVICE_PASSWORD_VERIFIER",
          user,
          { srp, deviceKey: device.deviceKey },
          srpChallengeParameters(srp),
        );
      }
      case "DEVICE_PASSWORD_VERIFIER":
        await this.checkClaim(session.srp, responses);
        return this.tokens(user, true, false);
      case "SMS_OTP":
      case "EMAIL_OTP":
      case "SMS_MFA": {
        const key = name === "EMAIL_MFA" ? "EMAIL_MFA_CODE" : `${session.step}_CODE`;
        const answer =
          responses[key] ?? (session.step === "EMAIL_OTP" ? responses.EMAIL_MFA_CODE : undefined);
        if (answer !== session.code) wrong("CodeMismatchException", WRONG_CODE);
        if (session.enablesEmailMfa) user.mfa = { ...user.mfa, email: true };
        return this.tokens(user);
      }
      case "SOFTWARE_TOKEN_MFA": {
        const secret = user.mfa?.totpSecret;
        const code = responses.SOFTWARE_TOKEN_MFA_CODE ?? "";
        if (!secret || !(await verifyTotp(secret, code, this.clock())))
          wrong("CodeMismatchException", WRONG_CODE);
        return this.tokens(user);
      }
      case "SELECT_MFA_TYPE": {
        const answer = responses.ANSWER as MfaType | undefined;
        if (!answer || !session.mfaChoices?.includes(answer)) {
          throw new FakeCognitoError(
            "InvalidParameterException",
            `ANSWER must be one of ${session.mfaChoices?.join(", ")}`,
          );
        }
        return this.mfaChallenge(user, answer);
      }
      case "MFA_SETUP":
        return this.finishMfaSetup(user, session, responses);
      case "NEW_PASSWORD_REQUIRED":
        return this.setNewPassword(user, responses);
      case "CUSTOM_CHALLENGE": {
        const stepIndex = session.customStep ?? 0;
        const expected = user.customChallenge?.[stepIndex]?.answer;
        if (responses.ANSWER === expected) return this.customStep(user, stepIndex + 1);
        // Like a typical DefineAuthChallenge Lambda: ask again with a new session, then fail.
        const failedAnswers = (session.failedAnswers ?? 0) + 1;
        if (failedAnswers >= this.pool.maxAttempts)
          throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
        return this.customStep(user, stepIndex, failedAnswers);
      }
      case "WEB_AUTHN":
        if (
          !(await verifyAssertion(
            responses.CREDENTIAL,
            session.webauthnChallenge,
            user.passkeys ?? [],
            this.rpId,
          ))
        ) {
          throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
        }
        return this.tokens(user);
      case "VERIFY_SOFTWARE_TOKEN":
        throw new FakeCognitoError("NotAuthorizedException", INVALID_SESSION);
    }
  }

  private finishMfaSetup(user: FakeUser, session: SessionState, responses: StringMap) {
    if (responses.EMAIL !== undefined) {
      if (!this.pool.mfaSetupTypes.includes("EMAIL_OTP")) {
        throw new FakeCognitoError(
          "InvalidParameterException",
          "Email MFA cannot be set up in this user pool.",
        );
      }
      user.email = responses.EMAIL;
      return this.otpChallenge(user, "EMAIL_OTP", { isMfa: true, enablesEmailMfa: true });
    }
    if (!session.totpVerified || !session.totpSecret) {
      throw new FakeCognitoError(
        "InvalidParameterException",
        "Verify a software token before answering MFA_SETUP.",
      );
    }
    user.mfa = { ...user.mfa, totpSecret: session.totpSecret };
    return this.tokens(user);
  }

  private setNewPassword(user: FakeUser, responses: StringMap) {
    const password = responses.NEW_PASSWORD;
    if (!password)
      throw new FakeCognitoError("InvalidParameterException", "Missing required parameter NEW_PASSWORD");
    if (password.length < this.pool.passwordMinLength) {
      throw new FakeCognitoError(
        "InvalidPasswordException",
        `Password does not conform to policy: Password not long enough`,
      );
    }
    const attributes = { ...user.attributes };
    for (const [key, value] of Object.entries(responses)) {
      if (key.startsWith("userAttributes.")) attributes[key.slice("userAttributes.".length)] = value;
    }
    const missing = this.pool.requiredAttributes.filter((name) => !attributes[name]);
    if (missing.length > 0) {
      throw new FakeCognitoError(
        "InvalidParameterException",
        `Missing required attribute ${missing.join(", ")}`,
      );
    }
    Object.assign(user, { password, attributes, status: "CONFIRMED" });
    return this.mfaStep(user);
  }

  // ---- AssociateSoftwareToken / VerifySoftwareToken ------------------------------------------------

  private userForAccessToken(token: string): FakeUser {
    const issued = this.accessTokens.get(token);
    if (!issued) throw new FakeCognitoError("NotAuthorizedException", "Invalid Access Token");
    if (this.clock() >= issued.expiresAt)
      throw new FakeCognitoError("NotAuthorizedException", "Access Token has expired");
    const user = this.findUser(issued.username);
    if (!user) throw new FakeCognitoError("NotAuthorizedException", "Invalid Access Token");
    return user;
  }

  private sessionOrToken(body: Wire): { session: string } | { accessToken: string } {
    const hasSession = typeof body.Session === "string" && body.Session !== "";
    const hasToken = typeof body.AccessToken === "string" && body.AccessToken !== "";
    if (hasSession === hasToken) {
      throw new FakeCognitoError(
        "InvalidParameterException",
        "Exactly one of AccessToken or Session is required.",
      );
    }
    return hasSession ? { session: body.Session as string } : { accessToken: body.AccessToken as string };
  }

  associateSoftwareToken(body: Wire): Wire {
    const by = this.sessionOrToken(body);
    const secret = newTotpSecret();
    if ("accessToken" in by) {
      const user = this.userForAccessToken(by.accessToken);
      this.pendingTotp.set(user.username, secret);
      return { SecretCode: secret };
    }
    const session = this.sessions.take(by.session, undefined, ["MFA_SETUP"]);
    if (!this.pool.mfaSetupTypes.includes("SOFTWARE_TOKEN_MFA")) {
      throw new FakeCognitoError(
        "SoftwareTokenMFANotFoundException",
        "Software token MFA is not enabled for the user pool.",
      );
    }
    const next = this.sessions.issue({
      username: session.username,
      step: "VERIFY_SOFTWARE_TOKEN",
      totpSecret: secret,
    });
    return { SecretCode: secret, Session: next };
  }

  async verifySoftwareToken(body: Wire): Promise<Wire> {
    const by = this.sessionOrToken(body);
    const code = requireString(body, "UserCode");
    if ("accessToken" in by) {
      const user = this.userForAccessToken(by.accessToken);
      const secret = this.pendingTotp.get(user.username);
      if (!secret)
        throw new FakeCognitoError(
          "SoftwareTokenMFANotFoundException",
          "Software token MFA is not associated.",
        );
      if (!(await verifyTotp(secret, code, this.clock()))) {
        throw new FakeCognitoError(
          "EnableSoftwareTokenMFAException",
          "Code mismatch and fail enable Software Token MFA",
        );
      }
      this.pendingTotp.delete(user.username);
      const name = typeof body.FriendlyDeviceName === "string" ? body.FriendlyDeviceName : undefined;
      user.mfa = { ...user.mfa, totpSecret: secret, ...(name ? { totpDeviceName: name } : {}) };
      return { Status: "SUCCESS" };
    }
    const session = this.sessions.take(by.session, undefined, ["VERIFY_SOFTWARE_TOKEN"]);
    if (!session.totpSecret || !(await verifyTotp(session.totpSecret, code, this.clock()))) {
      if (this.sessions.retry(session)) {
        throw new FakeCognitoError(
          "EnableSoftwareTokenMFAException",
          "Code mismatch and fail enable Software Token MFA",
        );
      }
      throw new FakeCognitoError("NotAuthorizedException", INVALID_SESSION);
    }
    const next = this.sessions.issue({
      username: session.username,
      step: "MFA_SETUP",
      totpSecret: session.totpSecret,
      totpVerified: true,
    });
    return { Status: "SUCCESS", Session: next };
  }

  /** The secret a user's authenticator holds: verified, or waiting to be (by session or token). */
  totpSecret(username: string): string | undefined {
    const user = this.findUser(username);
    if (!user) return undefined;
    const pendingBySession = this.sessions
      .liveFor(user.username)
      .find((session) => session.totpSecret)?.totpSecret;
    return pendingBySession ?? this.pendingTotp.get(user.username) ?? user.mfa?.totpSecret;
  }
}
