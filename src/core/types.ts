import type { AuthFlow, ChallengeName, UnknownChallengeName } from "./names";

/** String maps as Cognito sends and takes them (AuthParameters, ChallengeParameters, ClientMetadata…). */
export type StringMap = Record<string, string>;

/** A device Cognito asks the app to remember (answered with ConfirmDevice). */
export interface NewDeviceMetadata {
  deviceKey?: string;
  deviceGroupKey?: string;
}

/** The tokens of a completed sign-in. */
export interface AuthenticationResult {
  accessToken: string;
  idToken?: string;
  refreshToken?: string;
  /** Lifetime of the access token, in seconds. */
  expiresIn?: number;
  tokenType?: string;
  newDeviceMetadata?: NewDeviceMetadata;
}

/**
 * The answer of InitiateAuth and of RespondToAuthChallenge: either a next challenge (`challengeName`,
 * `session`, `challengeParameters`) or the tokens (`authenticationResult`).
 */
export interface AuthResponse {
  challengeName?: ChallengeName | UnknownChallengeName;
  session?: string;
  challengeParameters?: StringMap;
  authenticationResult?: AuthenticationResult;
  /** For SELECT_CHALLENGE (and with USER_AUTH): the first factors the user may choose from. */
  availableChallenges?: (ChallengeName | UnknownChallengeName)[];
}
export type InitiateAuthResponse = AuthResponse;
export type RespondToAuthChallengeResponse = AuthResponse;

export interface AssociateSoftwareTokenResponse {
  /** The TOTP secret, base32. Show it once, then drop it. */
  secretCode: string;
  /** The session to pass to VerifySoftwareToken when setting up by session (MFA_SETUP). */
  session?: string;
}

export interface VerifySoftwareTokenResponse {
  status: "SUCCESS" | "ERROR";
  /** The session that satisfies MFA_SETUP. */
  session?: string;
}

export interface UserContextData {
  encodedData?: string;
  ipAddress?: string;
}

export interface AnalyticsMetadata {
  analyticsEndpointId?: string;
}

export interface InitiateAuthInput {
  authFlow: AuthFlow;
  authParameters: StringMap;
  /**
   * ConfirmSignUp's Session, with USER_AUTH: the confirmed code counts as the first factor, once, within
   * the session's lifetime, so a new account signs in without its password.
   */
  session?: string;
  clientMetadata?: StringMap;
  userContextData?: UserContextData;
  analyticsMetadata?: AnalyticsMetadata;
}

export interface RespondToAuthChallengeInput {
  challengeName: ChallengeName;
  session?: string;
  challengeResponses: StringMap;
  clientMetadata?: StringMap;
  userContextData?: UserContextData;
  analyticsMetadata?: AnalyticsMetadata;
}

/** Exactly one of a session (during sign-in, MFA_SETUP) or an access token (a signed-in user). */
export type SessionOrAccessToken =
  | { session: string; accessToken?: undefined }
  | { accessToken: string; session?: undefined };

export type AssociateSoftwareTokenInput = SessionOrAccessToken;

export type VerifySoftwareTokenInput = SessionOrAccessToken & {
  /** The 6-digit code from the authenticator app. */
  userCode: string;
  friendlyDeviceName?: string;
};

export interface ConfirmDeviceInput {
  /** The access token of the sign-in that issued the device. */
  accessToken: string;
  /** NewDeviceMetadata.DeviceKey. */
  deviceKey: string;
  /** The device's SRP verifier, made by `createDeviceVerifier` (Base64 values). */
  deviceSecretVerifierConfig: { salt: string; passwordVerifier: string };
  /** A name the user will recognize in a device list, e.g. the browser's. */
  deviceName?: string;
}

export interface ConfirmDeviceResponse {
  /** True when the pool lets users choose: the device is remembered only after UpdateDeviceStatus. */
  userConfirmationNecessary: boolean;
}

export interface UpdateDeviceStatusInput {
  accessToken: string;
  deviceKey: string;
  /** Remember the device (it may then stand in for MFA), or stop remembering it. */
  remembered: boolean;
}

/** Per-call options. */
/** GetTokensFromRefreshToken: new access and ID tokens (and, with rotation on, a new refresh token). */
export interface GetTokensFromRefreshTokenInput {
  refreshToken: string;
  /** Only for a confidential app client, and so only on a server: Cognito takes the secret itself here. */
  clientSecret?: string;
  /** The remembered device's key; required when the pool tracks devices and the sign-in had one. */
  deviceKey?: string;
  clientMetadata?: StringMap;
}

export interface GetTokensFromRefreshTokenResponse {
  /** `refreshToken` is set only when the app client rotates refresh tokens: keep it, the old one is spent. */
  authenticationResult: AuthenticationResult;
}

/** RevokeToken: ends a refresh token and the access and ID tokens issued with it. */
export interface RevokeTokenInput {
  /** The refresh token. */
  token: string;
  clientSecret?: string;
}

/** GlobalSignOut: ends every refresh token of the user, on every device. */
export interface GlobalSignOutInput {
  accessToken: string;
}

export interface GetUserInput {
  accessToken: string;
}

export interface GetUserResponse {
  username: string;
  /** By name: `sub`, `email`, `email_verified`, `custom:…`. */
  userAttributes: StringMap;
  /** The MFA methods the user has on (SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP). */
  mfaSettings: string[];
  preferredMfa: string | undefined;
}

/** StartWebAuthnRegistration: creation options for a new passkey of the signed-in user. */
export interface StartWebAuthnRegistrationInput {
  accessToken: string;
}

export interface StartWebAuthnRegistrationResponse {
  /**
   * PublicKeyCredentialCreationOptionsJSON, as Cognito sends it (base64url challenge and user id, rp,
   * pubKeyCredParams, excludeCredentials…): for `PublicKeyCredential.parseCreationOptionsFromJSON`.
   */
  credentialCreationOptions: Record<string, unknown>;
}

/** CompleteWebAuthnRegistration: the browser's new credential, for Cognito to check and keep. */
export interface CompleteWebAuthnRegistrationInput {
  accessToken: string;
  /** RegistrationResponseJSON: what `credential.toJSON()` gives after `navigator.credentials.create`. */
  credential: Record<string, unknown>;
}

/** ListWebAuthnCredentials: the signed-in user's passkeys, a page at a time. */
export interface ListWebAuthnCredentialsInput {
  accessToken: string;
  nextToken?: string;
  /** 1–20. */
  maxResults?: number;
}

/** One passkey as Cognito describes it; Cognito names it, and it cannot be renamed. */
export interface WebAuthnCredentialDescription {
  credentialId: string;
  /** The name Cognito gave it, e.g. from the authenticator's kind. */
  friendlyCredentialName: string;
  relyingPartyId: string;
  /** `platform` (this device's) or `cross-platform` (a security key, a phone), when known. */
  authenticatorAttachment: string | undefined;
  /** How the browser reaches it: `internal`, `hybrid`, `usb`, `nfc`, `ble`. */
  authenticatorTransports: string[];
  /** When it was registered, in milliseconds since the epoch (Cognito sends seconds). */
  createdAt: number;
}

export interface ListWebAuthnCredentialsResponse {
  credentials: WebAuthnCredentialDescription[];
  /** Pass it back for the next page; undefined on the last. */
  nextToken: string | undefined;
}

/** DeleteWebAuthnCredential: removes one of the signed-in user's passkeys. */
export interface DeleteWebAuthnCredentialInput {
  accessToken: string;
  credentialId: string;
}

/** GetUserAuthFactors: how the signed-in user can sign in, and their MFA. */
export interface GetUserAuthFactorsInput {
  accessToken: string;
}

export interface GetUserAuthFactorsResponse {
  username: string;
  /** The first factors the user has: PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN. */
  configuredUserAuthFactors: string[];
  /** The MFA methods the user has on (SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP). */
  mfaSettings: string[];
  preferredMfa: string | undefined;
}

/** Where Cognito sent a code: masked, as it says it (and simulated for an unknown user, see below). */
export interface CodeDeliveryDetails {
  /** Masked, e.g. `+*******0100` or `a***@e***`. */
  destination: string | undefined;
  /** `SMS` or `EMAIL`. */
  deliveryMedium: string | undefined;
  /** The attribute the code went to, e.g. `email` or `phone_number`. */
  attributeName: string | undefined;
}

/** ForgotPassword and ResendConfirmationCode: a code to a verified email or phone of the user. */
export interface SendCodeInput {
  username: string;
  clientMetadata?: StringMap;
}

/**
 * Where the code went. With PreventUserExistenceErrors (the console's default), an unknown user gets a
 * simulated answer: it proves nothing about the account.
 */
export interface SendCodeResponse {
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
}

export type ForgotPasswordInput = SendCodeInput;
export type ForgotPasswordResponse = SendCodeResponse;
export type ResendConfirmationCodeInput = SendCodeInput;
export type ResendConfirmationCodeResponse = SendCodeResponse;

/** ConfirmForgotPassword: the code and the new password together (Cognito cannot check one alone). No tokens. */
export interface ConfirmForgotPasswordInput {
  username: string;
  confirmationCode: string;
  password: string;
  clientMetadata?: StringMap;
}

/**
 * SignUp: a new account. Attributes by name, the shape `getUser` returns them in (`email`, `phone_number`
 * in E.164, `custom:…`); no password for a passwordless pool (EMAIL_OTP or SMS_OTP as the first factor).
 */
export interface SignUpInput {
  username: string;
  password?: string;
  userAttributes?: StringMap;
  /** For a pre sign-up Lambda to check (e.g. consent given); Cognito stores none of it. */
  validationData?: StringMap;
  clientMetadata?: StringMap;
  userContextData?: UserContextData;
  analyticsMetadata?: AnalyticsMetadata;
}

export interface SignUpResponse {
  /** Confirmed already (a pre sign-up Lambda confirmed it): no code to ask for. */
  userConfirmed: boolean;
  /** The new user's `sub`. */
  userSub: string;
  /** Where the confirmation code went, when one was sent. */
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
  /** For ConfirmSignUp, which then gives a Session for a first sign-in by USER_AUTH. */
  session: string | undefined;
}

/** ConfirmSignUp: confirms an account with the code it was sent. */
export interface ConfirmSignUpInput {
  username: string;
  confirmationCode: string;
  /** SignUp's Session, when the confirmation follows a SignUp in the same visit. */
  session?: string;
  /** Move an alias (email, phone) another account holds to this one. */
  forceAliasCreation?: boolean;
  clientMetadata?: StringMap;
}

export interface ConfirmSignUpResponse {
  /** For a first sign-in by USER_AUTH without a password, where Cognito gives one. */
  session: string | undefined;
}

/** ChangePassword: a new password for the signed-in user; without the previous one, a first password. */
export interface ChangePasswordInput {
  accessToken: string;
  /** Left out for a user who has no password yet (a passwordless account setting its first). */
  previousPassword?: string;
  proposedPassword: string;
}

/**
 * UpdateUserAttributes: attributes by name (`given_name`, `email`, `phone_number` in E.164, `custom:…`).
 * A changed email or phone gets a code; where the pool verifies before updating, the old value stays in
 * use until VerifyUserAttribute.
 */
export interface UpdateUserAttributesInput {
  accessToken: string;
  userAttributes: StringMap;
  clientMetadata?: StringMap;
}

export interface UpdateUserAttributesResponse {
  /** One per changed email or phone that was sent a code. */
  codeDeliveryDetailsList: CodeDeliveryDetails[];
}

/** GetUserAttributeVerificationCode: a code to verify the user's email or phone. */
export interface GetUserAttributeVerificationCodeInput {
  accessToken: string;
  /** `email` or `phone_number`. */
  attributeName: string;
  clientMetadata?: StringMap;
}

export interface GetUserAttributeVerificationCodeResponse {
  codeDeliveryDetails: CodeDeliveryDetails | undefined;
}

/** VerifyUserAttribute: the code an email or phone was sent; a pending new value then takes effect. */
export interface VerifyUserAttributeInput {
  accessToken: string;
  attributeName: string;
  code: string;
}

/** One MFA method's setting: on or off, and whether it is the one to use. Left out: unchanged. */
export interface MfaMethodSetting {
  enabled?: boolean;
  preferred?: boolean;
}

/** SetUserMFAPreference: the signed-in user's MFA methods on or off, and the preferred one. */
export interface SetUserMfaPreferenceInput {
  accessToken: string;
  sms?: MfaMethodSetting;
  softwareToken?: MfaMethodSetting;
  email?: MfaMethodSetting;
  /** Passkeys as MFA (WebAuthnMfaSettings): on or off; Cognito has no preference for them. */
  webAuthn?: { enabled?: boolean };
}

/** ListDevices: the signed-in user's devices, a page at a time. */
export interface ListDevicesInput {
  accessToken: string;
  /** At most this many (Cognito allows 60). */
  limit?: number;
  paginationToken?: string;
}

/** A device Cognito tracks for the user. Dates in milliseconds since the epoch. */
export interface DeviceDescription {
  deviceKey: string;
  /** By name: `device_name`, `device_status` (`valid`), `last_ip_used`, `device_remembered_status`. */
  attributes: StringMap;
  createdAt: number | undefined;
  lastModifiedAt: number | undefined;
  lastAuthenticatedAt: number | undefined;
}

export interface ListDevicesResponse {
  devices: DeviceDescription[];
  paginationToken: string | undefined;
}

/** ForgetDevice: the device no longer stands in for MFA, and Cognito forgets it. */
export interface ForgetDeviceInput {
  accessToken: string;
  deviceKey: string;
}

/** ListUserSessions: the user's sessions, where the pool tracks them, a page at a time. */
export interface ListUserSessionsInput {
  accessToken: string;
  nextToken?: string;
}

/** A session Cognito tracks for the user. Dates in milliseconds since the epoch. */
export interface UserSessionDescription {
  /** `tkn…` (tokens) or `sso…` (managed login). */
  sessionId: string;
  /** `TOKEN` or `SSO`. */
  sessionType: string | undefined;
  clientId: string | undefined;
  createdAt: number | undefined;
  lastActiveAt: number | undefined;
  /** As Cognito describes the device, e.g. from the user agent. */
  deviceType: string | undefined;
  lastIpAddress: string | undefined;
  lastLocation: { city: string | undefined; country: string | undefined } | undefined;
  /** The session this one came from (a token session's managed-login session). */
  originSessionId: string | undefined;
  /** The session of the access token that asked. */
  isCurrentSession: boolean;
}

export interface ListUserSessionsResponse {
  sessions: UserSessionDescription[];
  nextToken: string | undefined;
}

/** RevokeUserSession: signs one of the user's other sessions out. */
export interface RevokeUserSessionInput {
  accessToken: string;
  sessionId: string;
  /** LINKED: the sessions that came from it too. Default NONE. */
  revokeAssociatedSessions?: "NONE" | "LINKED";
}

/** DeleteUser: deletes the signed-in user's account; its tokens stop working. */
export interface DeleteUserInput {
  accessToken: string;
}

export interface CallOptions {
  /** Cancels the call; it then rejects with `AbortError`. */
  signal?: AbortSignal;
}
