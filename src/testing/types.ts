import type { FirstFactor, MfaType, OperationName } from "../core/index";

/** A user's account state, as Cognito names it. */
export type FakeUserStatus = "CONFIRMED" | "FORCE_CHANGE_PASSWORD" | "RESET_REQUIRED" | "UNCONFIRMED";

/** One step of a CUSTOM_AUTH script: what the "Lambda" asks, and the answer it accepts. */
export interface CustomChallengeStep {
  /** Sent as ChallengeParameters (e.g. `{ question: "2 + 2?" }`). */
  parameters: Record<string, string>;
  /** The accepted answer, compared exactly. */
  answer: string;
}

/** A passkey the user has registered. */
export interface FakePasskey {
  /** The credential id, base64url. */
  credentialId: string;
  /**
   * The credential's public key (ECDSA P-256). With it, assertions are verified for real: signature,
   * relying-party hash and user presence. Without it (demos), only the id and signed challenge are checked.
   */
  publicKeyJwk?: JsonWebKey;
  /** The name Cognito gives it (FriendlyCredentialName). Default "Passkey". */
  friendlyName?: string;
  /** When it was registered, milliseconds since the epoch. Default: when the fake was made. */
  createdAt?: number;
  /** How the browser reaches it (AuthenticatorTransports): `internal`, `hybrid`, `usb`… */
  transports?: string[];
  /** `platform` or `cross-platform` (AuthenticatorAttachment), when the browser said. */
  attachment?: string;
}

export interface FakeUser {
  /** The canonical username; sent back as USER_ID_FOR_SRP. */
  username: string;
  /** The user's `sub`, a UUID as Cognito's (never the username). Default: a random one per fake. */
  sub?: string;
  /** Groups, in the tokens as `cognito:groups`. */
  groups?: string[];
  /** Signs in as an alias too; used for EMAIL_OTP and email MFA. */
  email?: string;
  /** Signs in as an alias too (E.164, e.g. `+15555550100`); used for SMS_OTP and SMS MFA. */
  phone?: string;
  password?: string;
  /** Default CONFIRMED. FORCE_CHANGE_PASSWORD: `password` is the temporary one. */
  status?: FakeUserStatus;
  /** Other attributes (given_name, custom:tier…), returned in NEW_PASSWORD_REQUIRED's userAttributes. */
  attributes?: Record<string, string>;
  mfa?: {
    /** SMS MFA enabled (needs `phone`). */
    sms?: boolean;
    /** Email MFA enabled (needs `email`). */
    email?: boolean;
    /** A verified authenticator-app secret (base32): TOTP MFA enabled unless `totpEnabled` is false. */
    totpSecret?: string;
    /**
     * False: the authenticator is verified but not turned on, as Cognito leaves it after VerifySoftwareToken
     * by access token until SetUserMFAPreference turns it on. Default true.
     */
    totpEnabled?: boolean;
    /** The authenticator's name, sent as FRIENDLY_DEVICE_NAME. */
    totpDeviceName?: string;
    /** With several methods enabled, use this one instead of asking (SELECT_MFA_TYPE). */
    preferred?: MfaType;
    /** Passkeys as MFA (SetUserMFAPreference's WebAuthnMfaSettings): kept, not yet asked at sign-in. */
    webAuthn?: boolean;
  };
  /**
   * The first factors USER_AUTH offers this user, in order. Default: PASSWORD when there is a password,
   * SMS_OTP with a phone, EMAIL_OTP with an email, WEB_AUTHN with passkeys.
   */
  firstFactors?: FirstFactor[];
  passkeys?: FakePasskey[];
  /** The CUSTOM_AUTH script; without one, CUSTOM_AUTH fails as if no Lambda were configured. */
  customChallenge?: CustomChallengeStep[];
  /**
   * With status RESET_REQUIRED, why: `admin` (AdminResetUserPassword, which sends a code at once: the
   * fake delivers one when it starts) or `import` (a user imported without a password: no code yet).
   * Default `admin`.
   */
  resetBy?: "admin" | "import";
  /**
   * False: the user's email and phone are not verified, so ForgotPassword cannot send a code and the
   * user cannot recover alone. Default true. (UNCONFIRMED users get the sign-up's code when the fake
   * starts, as SignUp sends one.)
   */
  contactVerified?: boolean;
  /** The email's own verification (email_verified); default `contactVerified`. */
  emailVerified?: boolean;
  /** The phone's own verification (phone_number_verified); default `contactVerified`. */
  phoneVerified?: boolean;
}

export interface FakePool {
  /** MFA for the pool. OFF: never asked. OPTIONAL: asked when the user has a method. ON: set up if missing. */
  mfa?: "OFF" | "OPTIONAL" | "ON";
  /** What MFA_SETUP offers (MFAS_CAN_SETUP). Default `["SOFTWARE_TOKEN_MFA"]`. */
  mfaSetupTypes?: MfaType[];
  /**
   * The pool's required attributes (e.g. `["given_name"]`): SignUp refuses an account without them, and
   * NEW_PASSWORD_REQUIRED asks for those a user has no value for.
   */
  requiredAttributes?: string[];
  /**
   * The username model: empty (default), a free username; `["email"]`, `["phone_number"]` or both, the
   * email or phone is the username (SignUp then takes only those, and keeps them as the attribute).
   */
  usernameAttributes?: ("email" | "phone_number")[];
  /**
   * How an email confirms a new account: a code (Cognito's CONFIRM_WITH_CODE, the default) or a link
   * (CONFIRM_WITH_LINK), which `openConfirmationLink` opens. A phone always gets a code.
   */
  confirmWith?: "code" | "link";
  /**
   * Where SignUp sends the confirmation code: the first of these the new user has. Default `["email"]`.
   * Empty: no code; an administrator confirms.
   */
  autoVerifiedAttributes?: ("email" | "phone_number")[];
  /**
   * A pre sign-up Lambda: it sees the new account (username, attributes, ValidationData, ClientMetadata)
   * and confirms it, verifies its email or phone, or refuses it with a message (UserLambdaValidation).
   */
  preSignUp?: (event: PreSignUpEvent) => PreSignUpResult;
  /** How long a challenge session stays valid, in minutes. Default 3, as in Cognito. */
  sessionMinutes?: number;
  /** Unknown users look like wrong passwords (Cognito's PreventUserExistenceErrors). Default true. */
  preventUserExistenceErrors?: boolean;
  /** Wrong answers a session tolerates; the last one ends it. Default 3. */
  maxAttempts?: number;
  /** Minimum length of a new password. Default 8. */
  passwordMinLength?: number;
  /** Refuse a new password equal to the current one (PasswordHistoryPolicyViolationException). Default false. */
  preventPasswordReuse?: boolean;
  /** Region and id of the pool, for token issuers. Default `eu-west-1_FAKE00001`. */
  userPoolId?: string;
  /** The app client id requests must name. Default `fake-client-id`. */
  clientId?: string;
  /** When set, SECRET_HASH is required and checked, as for app clients with a secret. */
  clientSecret?: string;
  /**
   * Device tracking. ALWAYS: every confirmed device is remembered. USER_OPT_IN: ConfirmDevice asks the
   * app to let the user choose (UpdateDeviceStatus). OFF (default): no NewDeviceMetadata at all.
   */
  deviceTracking?: "OFF" | "ALWAYS" | "USER_OPT_IN";
  /** Token lifetimes in seconds, as the app client sets them. Default: 1 h, 1 h and 30 days. */
  tokenValidity?: { accessSeconds?: number; idSeconds?: number; refreshSeconds?: number };
  /**
   * Refresh-token rotation (GetTokensFromRefreshToken issues a new refresh token and spends the old
   * one, which still works for `gracePeriodSeconds`, 0–60). Off by default, as in Cognito.
   */
  refreshTokenRotation?: { gracePeriodSeconds: number };
  /**
   * The first factors the app client allows, in Cognito's order: what SELECT_CHALLENGE offers an unknown
   * user under PreventUserExistenceErrors. Default: every factor some user has.
   */
  firstFactors?: FirstFactor[];
  /**
   * Cognito's "verify before update" (AttributesRequireVerificationBeforeUpdate): a changed email or phone
   * stays pending, and the old one in use, until VerifyUserAttribute. Default none.
   */
  verifyBeforeUpdate?: ("email" | "phone_number")[];
  /** The attributes the app client may write (UpdateUserAttributes). Default: all but `*_verified` and `sub`. */
  writableAttributes?: string[];
  /** Session tracking (ListUserSessions, RevokeUserSession). Default false. */
  sessionTracking?: boolean;
}

/** What a pre sign-up Lambda is given. */
export interface PreSignUpEvent {
  username: string;
  userAttributes: Record<string, string>;
  validationData: Record<string, string>;
  clientMetadata: Record<string, string>;
}

/** What it answers: as the Lambda's `response`, or a refusal, whose message the caller sees. */
export type PreSignUpResult =
  | { autoConfirmUser?: boolean; autoVerifyEmail?: boolean; autoVerifyPhone?: boolean }
  | { refuse: string };

/** Something to answer instead of the real behaviour, on the next call of an operation. */
export type InjectedFault =
  | { error: string; message?: string; status?: number }
  | { response: { status: number; body: string; headers?: Record<string, string> } }
  | { networkFailure: true };

export interface FakeCognitoOptions {
  users: FakeUser[];
  pool?: FakePool;
  /** Milliseconds since the epoch; inject to test expiry and TOTP drift. Default `Date.now`. */
  clock?: () => number;
  /** Delay before each answer, in milliseconds, to show pending states. */
  latencyMs?: number;
  /** The first session issued is already expired: shows the expired state and a working restart. */
  expireFirstSession?: boolean;
  /** The WebAuthn relying party id passkeys are bound to. Default `localhost`. */
  rpId?: string;
  /**
   * Answer with the variety the real service and the proxies in front of it show, not one tidy shape:
   * null for absent members, no USER_ID_FOR_SRP after SRP (USERNAME only) and after SELECT_MFA_TYPE,
   * sessions over a thousand characters, errors in turn with `message`, with `Message`, and told only in
   * the x-amzn-errortype and x-amzn-errormessage headers (which every error carries, as the service
   * sends them), InternalErrorException as HTTP 500, email MFA offered as EMAIL_MFA, WEB_AUTHN options
   * with `hints`, `attestation` and required user verification, and NEW_PASSWORD_REQUIRED listing unset
   * required attributes as "" beside `email_verified`. It also refuses an answer that names the user
   * by an alias rather than as USER_ID_FOR_SRP did. Default false.
   */
  realism?: boolean;
  /**
   * Told of each SMS and email code the fake "sends", as it sends it (the codes of users created
   * unconfirmed or with a reset required included), e.g. to show it the way `<FakeCognitoOutbox>` does.
   */
  onDelivery?: (delivery: Delivery) => void;
}

/** A device the fake issued with NewDeviceMetadata, as Cognito tracks it. */
export interface FakeDevice {
  deviceKey: string;
  deviceGroupKey: string;
  username: string;
  /** Set by ConfirmDevice: the SRP verifier and salt (hex); the device's password is never known. */
  verifier?: string;
  salt?: string;
  name?: string;
  /** Remembered devices stand in for MFA (DEVICE_SRP_AUTH). */
  remembered: boolean;
  /** When it was issued, and last signed in with (milliseconds): ListDevices' dates. */
  createdAt?: number;
  lastAuthenticatedAt?: number;
}

/** A code the fake "sent". */
export interface Delivery {
  username: string;
  medium: "SMS" | "EMAIL";
  /** The unmasked destination. */
  destination: string;
  code: string;
  /** What it was for, e.g. "SMS_OTP" or "EMAIL_OTP". */
  challengeName: string;
  /** A link to open rather than a code to type (the pool confirms by link): `openConfirmationLink`. */
  link?: true;
}

/** One call the fake received: enough to count round trips, nothing secret. */
export interface FakeCall {
  operation: OperationName | string;
  /** For RespondToAuthChallenge, the challenge answered. */
  challengeName?: string;
  /** For InitiateAuth, the flow. */
  authFlow?: string;
  /** ClientMetadata as sent (app data for Lambda triggers, not a credential). */
  clientMetadata?: Record<string, string>;
  /** UserContextData's EncodedData as sent (threat protection's context data). */
  encodedData?: string;
}
