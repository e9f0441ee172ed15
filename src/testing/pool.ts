/**
 * The fake pool's state, shared by every family of operations: its settings, users, live sessions,
 * issued tokens, codes and devices, and the lookups and answers that several families give alike
 * (who a name or an access token is, a challenge with its session, a delivered code, tokens). Each
 * family of operations is a file in `operations/` over this state; adding an operation adds a file there.
 * Written from ../shared/docs/cognito-protocol.md; where Cognito's behaviour is not documented, the
 * choice is the one a careful client must survive anyway, and says so.
 */
import { FIRST_FACTORS, type FirstFactor, type MfaType } from "../core/index";
import { bytesToBase64, hmacSha256 } from "../core/srp/srp";
import { FakeCognitoError, WRONG_CREDENTIALS } from "./errors";
import { maskEmail, maskPhone } from "./mask";
import { type SessionState, type SessionStep, SessionStore } from "./sessions";
import { jwt, randomId } from "./tokens";
import type { Delivery, FakeCognitoOptions, FakeDevice, FakePool, FakeUser } from "./types";

export type Wire = Record<string, unknown>;
export type StringMap = Record<string, string>;

const HOUR_SECONDS = 3600;
const MONTH_SECONDS = 30 * 24 * HOUR_SECONDS;

export function stringMap(value: unknown): StringMap {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

export function requireString(body: Wire, field: string): string {
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

/** A code to reset a password or to confirm an account, with its expiry and the wrong tries so far. */
export interface AccountCode {
  code: string;
  expiresAt: number;
  wrongTries: number;
}

interface IssuedToken {
  username: string;
  expiresAt: number;
  /** The sign-in these tokens come from: revoking its refresh token ends them all. */
  originJti: string;
  /** When the user proved who they are (`auth_time`, seconds), and how (`amr`). */
  authTime: number;
  amr: string[];
}

/** A refresh token as the fake keeps it. */
export interface IssuedRefreshToken {
  username: string;
  expiresAt: number;
  originJti: string;
  authTime: number;
  /** How the user proved who they are at that sign-in (`amr`): refreshes keep it. */
  amr: string[];
  /** With rotation: the token that replaced this one, and when. */
  replacedBy?: string;
  replacedAt?: number;
}

/** The authentication level (`acr`) a proof reaches: level 2 for a second factor or a passkey. */
export const acrOf = (amr: readonly string[]) =>
  amr.includes("mfa") || amr.includes("hwk") ? "urn:cognito:loa:2" : "urn:cognito:loa:1";

export class PoolState {
  readonly users: FakeUser[];
  readonly pool: Required<
    Omit<FakePool, "clientSecret" | "refreshTokenRotation" | "preSignUp" | "writableAttributes">
  > &
    Pick<FakePool, "clientSecret" | "refreshTokenRotation" | "preSignUp" | "writableAttributes">;
  readonly deliveries: Delivery[] = [];
  /** Told of each code as it is "sent" (`onDelivery`, `subscribe`). */
  readonly deliveryListeners = new Set<(delivery: Delivery) => void>();
  readonly sessions: SessionStore;
  readonly rpId: string;
  /** Answer with the real service's variety (see `FakeCognitoOptions.realism`). */
  readonly realism: boolean;
  readonly accessTokens = new Map<string, IssuedToken>();
  readonly refreshTokens = new Map<string, IssuedRefreshToken>();
  /** Sign-ins ended by RevokeToken or GlobalSignOut: their access tokens no longer work here. */
  readonly revokedOrigins = new Set<string>();
  /** Secrets from AssociateSoftwareToken by access token, waiting for VerifySoftwareToken. */
  readonly pendingTotp = new Map<string, string>();
  /** Each user's SRP salt (hex); the verifier is made from the current password when needed. */
  readonly salts = new Map<string, string>();
  /** Devices issued with NewDeviceMetadata, by device key. */
  readonly devices = new Map<string, FakeDevice>();
  /** Codes of ForgotPassword and of confirmation, by `reset:` or `confirm:` and username. */
  readonly accountCodes = new Map<string, AccountCode>();
  /** StartWebAuthnRegistration's challenges waiting for CompleteWebAuthnRegistration, by username. */
  readonly registrations = new Map<string, { challenge: string; expiresAt: number; clientId: string }>();
  /** New emails and phones waiting for VerifyUserAttribute ("verify before update"), by username. */
  readonly pendingAttributes = new Map<string, { email?: string; phone_number?: string }>();
  /** Each sign-in as a session (ListUserSessions), by its origin_jti: its id, start and last activity. */
  readonly userSessions = new Map<string, { sessionId: string; createdAt: number; lastActiveAt: number }>();

  /** When the fake was made: the registration date of passkeys it was given with its users. */
  readonly createdAt: number;

  constructor(
    options: FakeCognitoOptions,
    readonly clock: () => number,
  ) {
    this.createdAt = clock();
    // Users are copied: the fake changes them (new password, MFA set up) and the caller's data stays as given.
    this.users = structuredClone(options.users);
    this.rpId = options.rpId ?? "localhost";
    this.realism = options.realism ?? false;
    if (options.onDelivery) this.deliveryListeners.add(options.onDelivery);
    const pool = options.pool ?? {};
    this.pool = {
      mfa: pool.mfa ?? "OPTIONAL",
      mfaSetupTypes: pool.mfaSetupTypes ?? ["SOFTWARE_TOKEN_MFA"],
      requiredAttributes: pool.requiredAttributes ?? [],
      usernameAttributes: pool.usernameAttributes ?? [],
      autoVerifiedAttributes: pool.autoVerifiedAttributes ?? ["email"],
      confirmWith: pool.confirmWith ?? "code",
      preSignUp: pool.preSignUp,
      sessionMinutes: pool.sessionMinutes ?? 3,
      preventUserExistenceErrors: pool.preventUserExistenceErrors ?? true,
      maxAttempts: pool.maxAttempts ?? 3,
      passwordMinLength: pool.passwordMinLength ?? 8,
      preventPasswordReuse: pool.preventPasswordReuse ?? false,
      userPoolId: pool.userPoolId ?? "eu-west-1_FAKE00001",
      clientId: pool.clientId ?? "fake-client-id",
      clientSecret: pool.clientSecret,
      deviceTracking: pool.deviceTracking ?? "OFF",
      firstFactors: pool.firstFactors ?? [],
      tokenValidity: pool.tokenValidity ?? {},
      refreshTokenRotation: pool.refreshTokenRotation,
      verifyBeforeUpdate: pool.verifyBeforeUpdate ?? [],
      writableAttributes: pool.writableAttributes,
      sessionTracking: pool.sessionTracking ?? false,
    };
    for (const user of this.users) user.sub ??= crypto.randomUUID();
    if (!pool.firstFactors) {
      const offered = new Set(this.users.flatMap((user) => this.firstFactors(user)));
      this.pool.firstFactors = FIRST_FACTORS.filter((factor) => offered.has(factor));
    }
    this.sessions = new SessionStore(
      clock,
      this.pool.sessionMinutes * 60_000,
      this.pool.maxAttempts,
      options.expireFirstSession ?? false,
      this.realism,
    );
  }

  findUser(name: string | undefined): FakeUser | undefined {
    if (name === undefined) return undefined;
    return this.users.find((user) => user.username === name || user.email === name || user.phone === name);
  }

  unknownUser(): FakeCognitoError {
    return this.pool.preventUserExistenceErrors
      ? new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS)
      : new FakeCognitoError("UserNotFoundException", "User does not exist.");
  }

  checkClient(body: Wire): void {
    const clientId = requireString(body, "ClientId");
    if (clientId !== this.pool.clientId) {
      throw new FakeCognitoError("ResourceNotFoundException", `User pool client ${clientId} does not exist.`);
    }
  }

  /**
   * A confidential client's ClientSecret, which GetTokensFromRefreshToken and RevokeToken take as is.
   * Refused with the exception the operation documents (RevokeToken has no NotAuthorizedException).
   */
  checkClientSecret(body: Wire, refusal = "NotAuthorizedException"): void {
    const secret = this.pool.clientSecret;
    if (secret !== undefined && body.ClientSecret !== secret) {
      throw new FakeCognitoError(
        refusal,
        `Client ${this.pool.clientId} is configured with secret but ClientSecret was not received or is wrong`,
      );
    }
  }

  /** A refresh token that still works, and whose it is; otherwise the error Cognito answers. */
  liveRefreshToken(token: string | undefined): { user: FakeUser; issued: IssuedRefreshToken } {
    const issued = token === undefined ? undefined : this.refreshTokens.get(token);
    if (!issued) throw new FakeCognitoError("NotAuthorizedException", "Invalid Refresh Token");
    if (this.clock() >= issued.expiresAt)
      throw new FakeCognitoError("NotAuthorizedException", "Refresh Token has expired");
    const user = this.findUser(issued.username);
    if (!user) throw new FakeCognitoError("UserNotFoundException", "User does not exist.");
    return { user, issued };
  }

  async checkSecretHash(parameters: StringMap, username: string | undefined): Promise<void> {
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

  firstFactors(user: FakeUser): FirstFactor[] {
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

  mfaMethods(user: FakeUser): MfaType[] {
    const methods: MfaType[] = [];
    if (user.mfa?.sms && user.phone) methods.push("SMS_MFA");
    if (user.mfa?.totpSecret && user.mfa.totpEnabled !== false) methods.push("SOFTWARE_TOKEN_MFA");
    if (user.mfa?.email && user.email) methods.push("EMAIL_OTP");
    return methods;
  }

  missingRequiredAttributes(user: FakeUser): string[] {
    return this.pool.requiredAttributes.filter((name) => !user.attributes?.[name]);
  }

  userAttributes(user: FakeUser): StringMap {
    return {
      ...user.attributes,
      ...(user.email ? { email: user.email } : {}),
      ...(user.phone ? { phone_number: user.phone } : {}),
    };
  }

  challenge(
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

  deliver(
    user: FakeUser,
    medium: "SMS" | "EMAIL",
    challengeName: string,
    link = false,
    /** Another address than the user's current one: a new email or phone waiting to be verified. */
    to?: string,
  ): { code: string; parameters: StringMap } {
    const destination = to ?? (medium === "SMS" ? user.phone : user.email);
    if (!destination) {
      throw new FakeCognitoError(
        "InvalidParameterException",
        `The user has no ${medium === "SMS" ? "phone number" : "email"}.`,
      );
    }
    const code = sixDigits();
    const delivery: Delivery = {
      username: user.username,
      medium,
      destination,
      code,
      challengeName,
      ...(link ? { link: true as const } : {}),
    };
    this.deliveries.push(delivery);
    for (const listener of this.deliveryListeners) {
      try {
        listener(delivery);
      } catch (failure) {
        // A listener's bug is reported, but the call that sent the code still gets Cognito's answer.
        console.error("The fake Cognito's delivery listener threw:", failure);
      }
    }
    return {
      code,
      parameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: medium,
        CODE_DELIVERY_DESTINATION: medium === "SMS" ? maskPhone(destination) : maskEmail(destination),
      },
    };
  }

  otpChallenge(user: FakeUser, name: "SMS_OTP" | "EMAIL_OTP" | "SMS_MFA", extra: Partial<SessionState> = {}) {
    const medium = name === "SMS_OTP" || name === "SMS_MFA" ? "SMS" : "EMAIL";
    const { code, parameters } = this.deliver(user, medium, name);
    return this.challenge(name, user, { ...extra, code }, parameters);
  }

  /**
   * Tokens for a user: JWT-shaped, with Cognito's claims (a UUID `sub`, `origin_jti` shared by every
   * token of one sign-in, `jti`, `auth_time`, `cognito:groups`…) and the pool's lifetimes. `from` is the
   * sign-in being refreshed: its `origin_jti` and `auth_time` carry over.
   */
  tokens(
    user: FakeUser,
    withRefreshToken = true,
    newDevice = withRefreshToken,
    from?: Pick<IssuedRefreshToken, "originJti" | "authTime" | "amr">,
    /** How this sign-in proved the user (`amr`): `pwd`, `otp` and `mfa`, or `hwk` for a passkey. */
    proof: string[] = ["pwd"],
  ) {
    const now = this.clock();
    const seconds = Math.floor(now / 1000);
    const validity = this.pool.tokenValidity;
    const accessSeconds = validity.accessSeconds ?? HOUR_SECONDS;
    const idSeconds = validity.idSeconds ?? HOUR_SECONDS;
    const originJti = from?.originJti ?? crypto.randomUUID();
    const authTime = from?.authTime ?? seconds;
    const amr = from?.amr ?? proof;
    const iss = `https://cognito-idp.${this.pool.userPoolId.split("_")[0]}.amazonaws.com/${this.pool.userPoolId}`;
    const common = {
      sub: user.sub,
      iss,
      iat: seconds,
      auth_time: authTime,
      // Unverified: Cognito documents its own level URIs (urn:cognito:loa:N) without their rules; the fake
      // calls a second factor or a passkey level 2, anything else level 1.
      acr: acrOf(amr),
      amr,
      origin_jti: originJti,
      ...(user.groups?.length ? { "cognito:groups": user.groups } : {}),
    };
    const accessToken = jwt({
      ...common,
      exp: seconds + accessSeconds,
      token_use: "access",
      scope: "aws.cognito.signin.user.admin",
      client_id: this.pool.clientId,
      username: user.username,
      jti: crypto.randomUUID(),
    });
    this.accessTokens.set(accessToken, {
      username: user.username,
      expiresAt: now + accessSeconds * 1000,
      originJti,
      authTime,
      amr,
    });
    // A sign-in is a session; each refresh is activity in it. Unverified: the id's format past "tkn".
    const session = this.userSessions.get(originJti);
    if (session) session.lastActiveAt = now;
    else
      this.userSessions.set(originJti, {
        sessionId: `tkn${randomId(24)}`,
        createdAt: now,
        lastActiveAt: now,
      });
    const idToken = jwt({
      ...common,
      exp: seconds + idSeconds,
      token_use: "id",
      aud: this.pool.clientId,
      jti: crypto.randomUUID(),
      "cognito:username": user.username,
      ...this.userAttributes(user),
      // Booleans, as Cognito's ID tokens have them (GetUser says "true" and "false").
      ...(user.email ? { email_verified: this.isVerified(user, "email") } : {}),
      ...(user.phone ? { phone_number_verified: this.isVerified(user, "phone_number") } : {}),
    });
    const result: Wire = {
      AccessToken: accessToken,
      IdToken: idToken,
      ExpiresIn: accessSeconds,
      TokenType: "Bearer",
    };
    if (withRefreshToken) result.RefreshToken = this.issueRefreshToken(user, originJti, authTime, amr);
    if (newDevice && this.pool.deviceTracking !== "OFF") result.NewDeviceMetadata = this.issueDevice(user);
    return { ChallengeParameters: {}, AuthenticationResult: result };
  }

  issueRefreshToken(user: FakeUser, originJti: string, authTime: number, amr: string[]): string {
    // Cognito's refresh tokens are opaque (an encrypted JWT); so are these.
    const token = randomId(96);
    const seconds = this.pool.tokenValidity.refreshSeconds ?? MONTH_SECONDS;
    this.refreshTokens.set(token, {
      username: user.username,
      expiresAt: this.clock() + seconds * 1000,
      originJti,
      authTime,
      amr,
    });
    return token;
  }

  /** Ends a sign-in: its refresh tokens (every rotation of them) and its access tokens. */
  revokeOrigin(originJti: string) {
    this.revokedOrigins.add(originJti);
    for (const [token, issued] of this.refreshTokens) {
      if (issued.originJti === originJti) this.refreshTokens.delete(token);
    }
  }

  issueDevice(user: FakeUser) {
    const device: FakeDevice = {
      deviceKey: `${this.pool.userPoolId.split("_")[0]}_${crypto.randomUUID()}`,
      deviceGroupKey: `-${randomId(9)}`,
      username: user.username,
      remembered: false,
      createdAt: this.clock(),
    };
    this.devices.set(device.deviceKey, device);
    return { DeviceKey: device.deviceKey, DeviceGroupKey: device.deviceGroupKey };
  }

  /** The user's device that may stand in for MFA: confirmed, remembered, and theirs. */
  rememberedDevice(user: FakeUser, deviceKey: string | undefined): FakeDevice | undefined {
    const device = deviceKey === undefined ? undefined : this.devices.get(deviceKey);
    return device?.username === user.username && device.remembered && device.verifier ? device : undefined;
  }

  /** Whether the user's email or phone is verified. */
  isVerified(user: FakeUser, attribute: "email" | "phone_number"): boolean {
    const own = attribute === "email" ? user.emailVerified : user.phoneVerified;
    return own ?? user.contactVerified ?? true;
  }

  /** The sign-in (origin_jti) an access token belongs to. */
  originOf(token: string): string | undefined {
    return this.accessTokens.get(token)?.originJti;
  }

  userForAccessToken(token: string): FakeUser {
    const issued = this.accessTokens.get(token);
    if (!issued) throw new FakeCognitoError("NotAuthorizedException", "Invalid Access Token");
    if (this.revokedOrigins.has(issued.originJti))
      throw new FakeCognitoError("NotAuthorizedException", "Access Token has been revoked");
    if (this.clock() >= issued.expiresAt)
      throw new FakeCognitoError("NotAuthorizedException", "Access Token has expired");
    const user = this.findUser(issued.username);
    // The user was deleted (DeleteUser) after the token was issued.
    if (!user) throw new FakeCognitoError("UserNotFoundException", "User does not exist.");
    return user;
  }
}
