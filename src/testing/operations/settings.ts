/**
 * The account-settings operations, with Cognito's semantics (../shared/docs/cognito-account.md, "Account
 * settings"): a new password (a first one without the previous), attributes the app client may write, a
 * changed email or phone sent a code (kept pending, the old value in use, where the pool verifies before
 * updating), MFA methods that must be set up before they are enabled, devices, sessions where the pool
 * tracks them, and deletion, after which the user's tokens stop working. Where the reference is silent
 * the choice is marked *unverified*.
 */
import { FakeCognitoError, WRONG_CREDENTIALS } from "../errors";
import { maskEmail, maskPhone } from "../mask";
import { type PoolState, requireString, stringMap, type Wire } from "../pool";
import type { FakeUser } from "../types";

const DAY_MS = 24 * 3_600_000;
const WRONG_TRIES = 5;
const CONTACTS = ["email", "phone_number"] as const;
type Contact = (typeof CONTACTS)[number];
const isContact = (name: string): name is Contact => (CONTACTS as readonly string[]).includes(name);

function caller(state: PoolState, body: Wire): FakeUser {
  return state.userForAccessToken(requireString(body, "AccessToken"));
}

export function changePassword(state: PoolState, body: Wire): Wire {
  const user = caller(state, body);
  const proposed = requireString(body, "ProposedPassword");
  const previous = typeof body.PreviousPassword === "string" ? body.PreviousPassword : undefined;
  if (previous === undefined && user.password !== undefined)
    // Unverified: the name and words Cognito uses for a missing previous password of a user who has one.
    throw new FakeCognitoError("InvalidParameterException", "PreviousPassword is required for this user.");
  if (previous !== undefined && previous !== user.password)
    throw new FakeCognitoError("NotAuthorizedException", WRONG_CREDENTIALS);
  if (proposed.length < state.pool.passwordMinLength)
    throw new FakeCognitoError(
      "InvalidPasswordException",
      "Password does not conform to policy: Password not long enough",
    );
  if (state.pool.preventPasswordReuse && proposed === user.password)
    throw new FakeCognitoError(
      "PasswordHistoryPolicyViolationException",
      "Password has previously been used",
    );
  user.password = proposed;
  return {};
}

/** Where a code for `attribute` goes, and what Cognito answers of it. */
function sendVerificationCode(state: PoolState, user: FakeUser, attribute: Contact, to: string): Wire {
  const medium = attribute === "email" ? "EMAIL" : "SMS";
  const { code } = state.deliver(user, medium, "VerifyUserAttribute", false, to);
  state.accountCodes.set(`verify:${attribute}:${user.username}`, {
    code,
    // Unverified: how long an attribute's code lasts; a day, as a confirmation code.
    expiresAt: state.clock() + DAY_MS,
    wrongTries: 0,
  });
  return {
    Destination: medium === "EMAIL" ? maskEmail(to) : maskPhone(to),
    DeliveryMedium: medium,
    AttributeName: attribute,
  };
}

function checkFormat(attribute: Contact, value: string): void {
  if (attribute === "email" && !/^[^@\s]+@[^@\s]+$/.test(value))
    throw new FakeCognitoError("InvalidParameterException", "Invalid email address format.");
  if (attribute === "phone_number" && !/^\+[1-9]\d{6,14}$/.test(value))
    throw new FakeCognitoError("InvalidParameterException", "Invalid phone number format.");
}

/** Another user has this email or phone as a verified alias (a username attribute, here). */
function aliasTaken(state: PoolState, user: FakeUser, attribute: Contact, value: string): boolean {
  if (!state.pool.usernameAttributes.includes(attribute)) return false;
  return state.users.some(
    (other) =>
      other !== user &&
      (attribute === "email" ? other.email : other.phone) === value &&
      state.isVerified(other, attribute),
  );
}

function writable(state: PoolState, name: string): boolean {
  if (name === "sub" || name.endsWith("_verified")) return false;
  const allowed = state.pool.writableAttributes;
  return allowed === undefined || allowed.includes(name);
}

function setContact(user: FakeUser, attribute: Contact, value: string, verified: boolean): void {
  if (attribute === "email") {
    user.email = value;
    user.emailVerified = verified;
  } else {
    user.phone = value;
    user.phoneVerified = verified;
  }
}

export function updateUserAttributes(state: PoolState, body: Wire): Wire {
  const user = caller(state, body);
  const list = Array.isArray(body.UserAttributes) ? (body.UserAttributes as unknown[]) : undefined;
  if (!list)
    throw new FakeCognitoError("InvalidParameterException", "Missing required parameter UserAttributes");
  const changes = list.map((entry) => stringMap(entry));
  for (const { Name } of changes) {
    if (!Name) throw new FakeCognitoError("InvalidParameterException", "An attribute has no Name.");
    if (!writable(state, Name))
      throw new FakeCognitoError(
        "NotAuthorizedException",
        "A client attempted to write unauthorized attribute",
      );
  }
  for (const { Name = "", Value = "" } of changes)
    if (isContact(Name)) {
      checkFormat(Name, Value);
      if (aliasTaken(state, user, Name, Value))
        throw new FakeCognitoError(
          "AliasExistsException",
          `An account with the given ${Name} already exists.`,
        );
    }
  const deliveries: Wire[] = [];
  for (const { Name = "", Value = "" } of changes) {
    if (!isContact(Name)) {
      user.attributes = { ...user.attributes, [Name]: Value };
      continue;
    }
    const current = Name === "email" ? user.email : user.phone;
    if (current === Value) continue;
    if (state.pool.verifyBeforeUpdate.includes(Name) && current !== undefined) {
      // The old value stays in use (and verified) until the new one is.
      state.pendingAttributes.set(user.username, {
        ...state.pendingAttributes.get(user.username),
        [Name]: Value,
      });
    } else {
      setContact(user, Name, Value, false);
    }
    deliveries.push(sendVerificationCode(state, user, Name, Value));
  }
  return deliveries.length > 0 ? { CodeDeliveryDetailsList: deliveries } : {};
}

/** The value a code for `attribute` proves: the one pending, else the current one. */
function valueToVerify(state: PoolState, user: FakeUser, attribute: string): string {
  if (!isContact(attribute))
    throw new FakeCognitoError("InvalidParameterException", `${attribute} cannot be verified.`);
  const value =
    state.pendingAttributes.get(user.username)?.[attribute] ??
    (attribute === "email" ? user.email : user.phone);
  if (value === undefined)
    throw new FakeCognitoError("InvalidParameterException", `The user has no ${attribute}.`);
  return value;
}

export function getUserAttributeVerificationCode(state: PoolState, body: Wire): Wire {
  const user = caller(state, body);
  const attribute = requireString(body, "AttributeName");
  const value = valueToVerify(state, user, attribute);
  return { CodeDeliveryDetails: sendVerificationCode(state, user, attribute as Contact, value) };
}

export function verifyUserAttribute(state: PoolState, body: Wire): Wire {
  const user = caller(state, body);
  const attribute = requireString(body, "AttributeName");
  const code = requireString(body, "Code");
  const value = valueToVerify(state, user, attribute);
  const contact = attribute as Contact;
  const key = `verify:${contact}:${user.username}`;
  const stored = state.accountCodes.get(key);
  if (!stored || state.clock() >= stored.expiresAt) {
    state.accountCodes.delete(key);
    throw new FakeCognitoError("ExpiredCodeException", "Invalid code provided, please request a code again.");
  }
  if (stored.code !== code) {
    stored.wrongTries += 1;
    if (stored.wrongTries >= WRONG_TRIES) {
      state.accountCodes.delete(key);
      throw new FakeCognitoError(
        "LimitExceededException",
        "Attempt limit exceeded, please try after some time.",
      );
    }
    throw new FakeCognitoError(
      "CodeMismatchException",
      "Invalid verification code provided, please try again.",
    );
  }
  if (aliasTaken(state, user, contact, value))
    throw new FakeCognitoError(
      "AliasExistsException",
      `An account with the given ${contact} already exists.`,
    );
  state.accountCodes.delete(key);
  const pending = state.pendingAttributes.get(user.username);
  if (pending) {
    delete pending[contact];
    if (pending.email === undefined && pending.phone_number === undefined)
      state.pendingAttributes.delete(user.username);
  }
  setContact(user, contact, value, true);
  return {};
}

/** One method's setting from the wire; undefined when the request left it out. */
function mfaSetting(body: Wire, field: string): { enabled?: boolean; preferred?: boolean } | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  const { Enabled, PreferredMfa } = value as { Enabled?: unknown; PreferredMfa?: unknown };
  return {
    ...(typeof Enabled === "boolean" ? { enabled: Enabled } : {}),
    ...(typeof PreferredMfa === "boolean" ? { preferred: PreferredMfa } : {}),
  };
}

export function setUserMfaPreference(state: PoolState, body: Wire): Wire {
  const user = caller(state, body);
  const sms = mfaSetting(body, "SMSMfaSettings");
  const totp = mfaSetting(body, "SoftwareTokenMfaSettings");
  const email = mfaSetting(body, "EmailMfaSettings");
  const webAuthn = mfaSetting(body, "WebAuthnMfaSettings");
  // A method must be set up before it can be turned on.
  if (sms?.enabled && !user.phone)
    throw new FakeCognitoError(
      "InvalidParameterException",
      "User does not have delivery config set to turn on SMS_MFA",
    );
  if (totp?.enabled && !user.mfa?.totpSecret)
    throw new FakeCognitoError("InvalidParameterException", "User has not verified software token mfa");
  if (email?.enabled && !user.email)
    throw new FakeCognitoError(
      "InvalidParameterException",
      "User does not have delivery config set to turn on EMAIL_OTP",
    );
  if (webAuthn?.enabled && !user.passkeys?.length)
    throw new FakeCognitoError(
      "InvalidParameterException",
      "User does not have a passkey to turn on WEB_AUTHN",
    );
  const mfa = { ...user.mfa };
  if (sms?.enabled !== undefined) mfa.sms = sms.enabled;
  if (email?.enabled !== undefined) mfa.email = email.enabled;
  if (webAuthn?.enabled !== undefined) mfa.webAuthn = webAuthn.enabled;
  // The authenticator stays verified when off: turning it on again needs no new set-up.
  if (totp?.enabled !== undefined) mfa.totpEnabled = totp.enabled;
  // Passkeys as MFA need another method on, "to prevent account lockout" (WebAuthnMfaSettingsType).
  // Unverified: the exception's name and words.
  if (webAuthn?.enabled && state.mfaMethods({ ...user, mfa }).length === 0)
    throw new FakeCognitoError(
      "InvalidParameterException",
      "User must have another MFA method enabled to turn on WEB_AUTHN MFA",
    );
  const preferred = [
    ["SMS_MFA", sms],
    ["SOFTWARE_TOKEN_MFA", totp],
    ["EMAIL_OTP", email],
  ] as const;
  for (const [name, setting] of preferred) {
    if (setting?.preferred === true) mfa.preferred = name;
    else if (setting?.preferred === false && mfa.preferred === name) delete mfa.preferred;
    // A method turned off is no longer preferred.
    if (setting?.enabled === false && mfa.preferred === name) delete mfa.preferred;
  }
  user.mfa = mfa;
  return {};
}

export function listDevices(state: PoolState, body: Wire): Wire {
  const user = caller(state, body);
  const limit = typeof body.Limit === "number" ? body.Limit : 60;
  const all = [...state.devices.values()].filter(
    (device) => device.username === user.username && device.verifier !== undefined,
  );
  const start = typeof body.PaginationToken === "string" ? Number(body.PaginationToken) || 0 : 0;
  const page = all.slice(start, start + limit);
  const seconds = (ms: number | undefined) => (ms === undefined ? undefined : Math.floor(ms / 1000));
  return {
    Devices: page.map((device) => ({
      DeviceKey: device.deviceKey,
      DeviceAttributes: [
        { Name: "device_status", Value: "valid" },
        { Name: "device_remembered_status", Value: device.remembered ? "remembered" : "not_remembered" },
        ...(device.name ? [{ Name: "device_name", Value: device.name }] : []),
      ],
      DeviceCreateDate: seconds(device.createdAt),
      DeviceLastModifiedDate: seconds(device.createdAt),
      DeviceLastAuthenticatedDate: seconds(device.lastAuthenticatedAt ?? device.createdAt),
    })),
    ...(start + limit < all.length ? { PaginationToken: String(start + limit) } : {}),
  };
}

export function forgetDevice(state: PoolState, body: Wire): Wire {
  const user = caller(state, body);
  const key = requireString(body, "DeviceKey");
  const device = state.devices.get(key);
  if (!device || device.username !== user.username)
    throw new FakeCognitoError("ResourceNotFoundException", "Device does not exist.");
  state.devices.delete(key);
  return {};
}

function checkSessionTracking(state: PoolState): void {
  // Unverified: the exception Cognito gives a pool without session tracking.
  if (!state.pool.sessionTracking)
    throw new FakeCognitoError(
      "InvalidParameterException",
      "Session tracking is not enabled for this user pool.",
    );
}

export function listUserSessions(state: PoolState, body: Wire): Wire {
  const token = requireString(body, "AccessToken");
  const user = caller(state, body);
  checkSessionTracking(state);
  const current = state.originOf(token);
  const live = new Set(
    [...state.refreshTokens.values()]
      .filter((issued) => issued.username === user.username && state.clock() < issued.expiresAt)
      .map((issued) => issued.originJti)
      .filter((origin) => !state.revokedOrigins.has(origin)),
  );
  const seconds = (ms: number) => Math.floor(ms / 1000);
  return {
    Sessions: [...live].flatMap((origin) => {
      const session = state.userSessions.get(origin);
      return session
        ? [
            {
              SessionId: session.sessionId,
              SessionType: "TOKEN",
              ClientId: state.pool.clientId,
              CreateDate: seconds(session.createdAt),
              LastActiveDate: seconds(session.lastActiveAt),
              IsCurrentSession: origin === current,
            },
          ]
        : [];
    }),
  };
}

export function revokeUserSession(state: PoolState, body: Wire): Wire {
  const token = requireString(body, "AccessToken");
  const user = caller(state, body);
  checkSessionTracking(state);
  const sessionId = requireString(body, "SessionId");
  const origin = [...state.userSessions.entries()].find(
    ([, session]) => session.sessionId === sessionId,
  )?.[0];
  const owned =
    origin !== undefined &&
    [...state.refreshTokens.values()].some(
      (issued) => issued.originJti === origin && issued.username === user.username,
    );
  if (!owned || origin === undefined)
    throw new FakeCognitoError("ResourceNotFoundException", "Session does not exist.");
  if (origin === state.originOf(token))
    // Unverified: the words; the reference says a user cannot revoke the session that asks.
    throw new FakeCognitoError("InvalidParameterException", "The current session cannot be revoked.");
  state.revokeOrigin(origin);
  return {};
}

export function deleteUser(state: PoolState, body: Wire): Wire {
  const user = caller(state, body);
  const index = state.users.indexOf(user);
  state.users.splice(index, 1);
  for (const issued of state.refreshTokens.values())
    if (issued.username === user.username) state.revokeOrigin(issued.originJti);
  for (const [key, device] of state.devices) if (device.username === user.username) state.devices.delete(key);
  state.pendingAttributes.delete(user.username);
  return {};
}
