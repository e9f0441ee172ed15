/**
 * Errors the client can produce. Cognito's own exceptions become a `CognitoError` whose `name` is the
 * exception name, typed per operation; everything that is not a Cognito answer (network, timeout, abort,
 * a body that is not JSON, a body that fails validation) has an error type of its own, so the UI can tell
 * "wrong code" from "the proxy sent an HTML page" without matching English text.
 */

import type { OperationName } from "./operationNames";

export type { OperationName };

import type {
  ASSOCIATE_SOFTWARE_TOKEN,
  CONFIRM_DEVICE,
  CONFIRM_FORGOT_PASSWORD,
  CONFIRM_SIGN_UP,
  FORGOT_PASSWORD,
  GET_TOKENS_FROM_REFRESH_TOKEN,
  GET_USER,
  GLOBAL_SIGN_OUT,
  INITIATE_AUTH,
  RESEND_CONFIRMATION_CODE,
  RESPOND_TO_AUTH_CHALLENGE,
  REVOKE_TOKEN,
  SIGN_UP,
  UPDATE_DEVICE_STATUS,
  VERIFY_SOFTWARE_TOKEN,
} from "./exceptions";
import type {
  COMPLETE_WEB_AUTHN_REGISTRATION,
  DELETE_WEB_AUTHN_CREDENTIAL,
  GET_USER_AUTH_FACTORS,
  LIST_WEB_AUTHN_CREDENTIALS,
  START_WEB_AUTHN_REGISTRATION,
} from "./passkeyExceptions";
import type {
  CHANGE_PASSWORD,
  DELETE_USER,
  FORGET_DEVICE,
  GET_USER_ATTRIBUTE_VERIFICATION_CODE,
  LIST_DEVICES,
  LIST_USER_SESSIONS,
  REVOKE_USER_SESSION,
  SET_USER_MFA_PREFERENCE,
  UPDATE_USER_ATTRIBUTES,
  VERIFY_USER_ATTRIBUTE,
} from "./settingsExceptions";

export type InitiateAuthExceptionName = (typeof INITIATE_AUTH)[number];
export type RespondToAuthChallengeExceptionName = (typeof RESPOND_TO_AUTH_CHALLENGE)[number];
export type AssociateSoftwareTokenExceptionName = (typeof ASSOCIATE_SOFTWARE_TOKEN)[number];
export type VerifySoftwareTokenExceptionName = (typeof VERIFY_SOFTWARE_TOKEN)[number];
export type ConfirmDeviceExceptionName = (typeof CONFIRM_DEVICE)[number];
export type UpdateDeviceStatusExceptionName = (typeof UPDATE_DEVICE_STATUS)[number];
export type GetTokensFromRefreshTokenExceptionName = (typeof GET_TOKENS_FROM_REFRESH_TOKEN)[number];
export type RevokeTokenExceptionName = (typeof REVOKE_TOKEN)[number];
export type GlobalSignOutExceptionName = (typeof GLOBAL_SIGN_OUT)[number];
export type GetUserExceptionName = (typeof GET_USER)[number];
export type ForgotPasswordExceptionName = (typeof FORGOT_PASSWORD)[number];
export type ConfirmForgotPasswordExceptionName = (typeof CONFIRM_FORGOT_PASSWORD)[number];
export type ResendConfirmationCodeExceptionName = (typeof RESEND_CONFIRMATION_CODE)[number];
export type SignUpExceptionName = (typeof SIGN_UP)[number];
export type ConfirmSignUpExceptionName = (typeof CONFIRM_SIGN_UP)[number];
export type StartWebAuthnRegistrationExceptionName = (typeof START_WEB_AUTHN_REGISTRATION)[number];
export type CompleteWebAuthnRegistrationExceptionName = (typeof COMPLETE_WEB_AUTHN_REGISTRATION)[number];
export type ListWebAuthnCredentialsExceptionName = (typeof LIST_WEB_AUTHN_CREDENTIALS)[number];
export type DeleteWebAuthnCredentialExceptionName = (typeof DELETE_WEB_AUTHN_CREDENTIAL)[number];
export type GetUserAuthFactorsExceptionName = (typeof GET_USER_AUTH_FACTORS)[number];
export type ChangePasswordExceptionName = (typeof CHANGE_PASSWORD)[number];
export type UpdateUserAttributesExceptionName = (typeof UPDATE_USER_ATTRIBUTES)[number];
export type GetUserAttributeVerificationCodeExceptionName =
  (typeof GET_USER_ATTRIBUTE_VERIFICATION_CODE)[number];
export type VerifyUserAttributeExceptionName = (typeof VERIFY_USER_ATTRIBUTE)[number];
export type SetUserMfaPreferenceExceptionName = (typeof SET_USER_MFA_PREFERENCE)[number];
export type ListDevicesExceptionName = (typeof LIST_DEVICES)[number];
export type ForgetDeviceExceptionName = (typeof FORGET_DEVICE)[number];
export type ListUserSessionsExceptionName = (typeof LIST_USER_SESSIONS)[number];
export type RevokeUserSessionExceptionName = (typeof REVOKE_USER_SESSION)[number];
export type DeleteUserExceptionName = (typeof DELETE_USER)[number];
/** Any exception name that one of the operations is documented to return. */
export type CognitoExceptionName =
  | InitiateAuthExceptionName
  | RespondToAuthChallengeExceptionName
  | AssociateSoftwareTokenExceptionName
  | VerifySoftwareTokenExceptionName
  | ConfirmDeviceExceptionName
  | GetTokensFromRefreshTokenExceptionName
  | RevokeTokenExceptionName
  | GetUserExceptionName
  | ForgotPasswordExceptionName
  | ConfirmForgotPasswordExceptionName
  | ResendConfirmationCodeExceptionName
  | SignUpExceptionName
  | ConfirmSignUpExceptionName
  | StartWebAuthnRegistrationExceptionName
  | CompleteWebAuthnRegistrationExceptionName
  | DeleteWebAuthnCredentialExceptionName
  | GetUserAuthFactorsExceptionName
  | ChangePasswordExceptionName
  | UpdateUserAttributesExceptionName
  | GetUserAttributeVerificationCodeExceptionName
  | VerifyUserAttributeExceptionName
  | SetUserMfaPreferenceExceptionName
  | ListDevicesExceptionName
  | ForgetDeviceExceptionName
  | ListUserSessionsExceptionName
  | RevokeUserSessionExceptionName
  | DeleteUserExceptionName;

export interface CognitoErrorDetails {
  operation: OperationName;
  status: number;
  requestId?: string | undefined;
  /** The error body's other members, e.g. `reasonCode`. */
  members?: Record<string, unknown> | undefined;
}

/** What every error Cognito itself answered with carries, documented or not. */
abstract class CognitoAnswerError extends Error {
  /** The operation that failed. */
  readonly operation: OperationName;
  /** The HTTP status of the response. */
  readonly status: number;
  /** `x-amzn-RequestId`, when the server sent one and the browser could read it. */
  readonly requestId: string | undefined;
  /** Why, where the service says more than the name: e.g. InvalidParameterException's `reasonCode`. */
  readonly reasonCode: string | undefined;
  /** Every member of the error body besides its name and message, as sent. */
  readonly members: Readonly<Record<string, unknown>>;

  constructor(message: string, details: CognitoErrorDetails) {
    super(message);
    this.operation = details.operation;
    this.status = details.status;
    this.requestId = details.requestId;
    this.members = details.members ?? {};
    this.reasonCode = typeof this.members.reasonCode === "string" ? this.members.reasonCode : undefined;
  }
}

/** A documented exception that Cognito returned. `name` is the exception name, e.g. `CodeMismatchException`. */
export class CognitoError<N extends CognitoExceptionName = CognitoExceptionName> extends CognitoAnswerError {
  override readonly name: N;

  constructor(name: N, message: string, details: CognitoErrorDetails) {
    super(message, details);
    this.name = name;
  }
}

/**
 * An exception that Cognito returned but that the operation is not documented to return (new services
 * add names over time). Kept, not swallowed: `exceptionName` and `message` are what the server said.
 */
export class UnknownCognitoError extends CognitoAnswerError {
  override readonly name = "UnknownCognitoError" as const;
  /** The exception name as the server sent it, prefix and suffix removed. */
  readonly exceptionName: string;

  constructor(exceptionName: string, message: string, details: CognitoErrorDetails) {
    super(message, details);
    this.exceptionName = exceptionName;
  }
}

/** The request never got an HTTP response: offline, DNS, CORS refusal, connection reset. */
export class NetworkError extends Error {
  override readonly name = "NetworkError" as const;
  readonly operation: OperationName;
  constructor(operation: OperationName, options?: { cause?: unknown }) {
    super(`${operation} could not reach the server.`, options);
    this.operation = operation;
  }
}

/** The call did not finish within `timeoutMs`. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError" as const;
  readonly operation: OperationName;
  readonly timeoutMs: number;
  constructor(operation: OperationName, timeoutMs: number) {
    super(`${operation} did not answer within ${timeoutMs} ms.`);
    this.operation = operation;
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` cancelled the call. */
export class AbortError extends Error {
  override readonly name = "AbortError" as const;
  readonly operation: OperationName;
  constructor(operation: OperationName, options?: { cause?: unknown }) {
    super(`${operation} was cancelled.`, options);
    this.operation = operation;
  }
}

/** Why a body could not be read as a Cognito answer. */
export type MalformedReason = "empty" | "not-json" | "too-large" | "no-error-type";

/**
 * The server answered with something that is not Cognito JSON: an HTML page from a proxy, an empty
 * body, truncated JSON, a body too large to be an answer. The body itself is not kept: it may be large,
 * and nothing from it is needed to tell the user what happened.
 */
export class MalformedResponseError extends Error {
  override readonly name = "MalformedResponseError" as const;
  readonly operation: OperationName;
  readonly status: number;
  readonly reason: MalformedReason;
  /** The response's Content-Type, to tell an HTML error page apart at a glance. */
  readonly contentType: string | null;
  constructor(operation: OperationName, status: number, reason: MalformedReason, contentType: string | null) {
    super(`${operation} returned a response that is not a Cognito answer (${reason}, HTTP ${status}).`);
    this.operation = operation;
    this.status = status;
    this.reason = reason;
    this.contentType = contentType;
  }
}

/** One problem found while validating a response: where, and what was expected. Never the value itself. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * The server answered with JSON that does not have the shape of the operation's response. Only paths and
 * expectations are kept: the values may be tokens.
 */
export class ResponseValidationError extends Error {
  override readonly name = "ResponseValidationError" as const;
  readonly operation: OperationName;
  readonly issues: readonly ValidationIssue[];
  constructor(operation: OperationName, issues: readonly ValidationIssue[]) {
    const first = issues[0];
    super(
      `${operation} returned a response of the wrong shape${first ? `: ${first.path || "(root)"} ${first.message}` : ""}.`,
    );
    this.operation = operation;
    this.issues = issues;
  }
}

/**
 * An answer refused before it was sent: an authenticator code is six digits (`totpCodeFormat`); with
 * `srp: true`, a pool that offers only PASSWORD would get the password itself (`srpUnavailable`).
 * Nothing went over the wire, and the step stays as it was.
 */
export class InvalidAnswerError extends Error {
  override readonly name = "InvalidAnswerError" as const;
  /** What is wrong with it. */
  readonly reason: "totpCodeFormat" | "srpUnavailable";
  constructor(reason: "totpCodeFormat" | "srpUnavailable") {
    super(`The answer was not sent (${reason}).`);
    this.reason = reason;
  }
}

/** Errors that are not Cognito's answer: the request or the response went wrong on the way. */
export type TransportError =
  | NetworkError
  | TimeoutError
  | AbortError
  | MalformedResponseError
  | ResponseValidationError;

/** Distributes over the union so that narrowing on `name` yields `CognitoError<"ThatName">`. */
type CognitoErrorOf<N extends CognitoExceptionName> = N extends CognitoExceptionName
  ? CognitoError<N>
  : never;

export type InitiateAuthError =
  | CognitoErrorOf<InitiateAuthExceptionName>
  | UnknownCognitoError
  | TransportError;
export type RespondToAuthChallengeError =
  | CognitoErrorOf<RespondToAuthChallengeExceptionName>
  | UnknownCognitoError
  | TransportError;
export type AssociateSoftwareTokenError =
  | CognitoErrorOf<AssociateSoftwareTokenExceptionName>
  | UnknownCognitoError
  | TransportError;
export type VerifySoftwareTokenError =
  | CognitoErrorOf<VerifySoftwareTokenExceptionName>
  | UnknownCognitoError
  | TransportError;
export type ConfirmDeviceError =
  | CognitoErrorOf<ConfirmDeviceExceptionName>
  | UnknownCognitoError
  | TransportError;
export type UpdateDeviceStatusError =
  | CognitoErrorOf<UpdateDeviceStatusExceptionName>
  | UnknownCognitoError
  | TransportError;
export type GetTokensFromRefreshTokenError =
  | CognitoErrorOf<GetTokensFromRefreshTokenExceptionName>
  | UnknownCognitoError
  | TransportError;
export type ForgotPasswordError =
  | CognitoErrorOf<ForgotPasswordExceptionName>
  | UnknownCognitoError
  | TransportError;
export type ConfirmForgotPasswordError =
  | CognitoErrorOf<ConfirmForgotPasswordExceptionName>
  | UnknownCognitoError
  | TransportError;
export type ResendConfirmationCodeError =
  | CognitoErrorOf<ResendConfirmationCodeExceptionName>
  | UnknownCognitoError
  | TransportError;
export type SignUpError = CognitoErrorOf<SignUpExceptionName> | UnknownCognitoError | TransportError;
export type ConfirmSignUpError =
  | CognitoErrorOf<ConfirmSignUpExceptionName>
  | UnknownCognitoError
  | TransportError;
export type RevokeTokenError =
  | CognitoErrorOf<RevokeTokenExceptionName>
  | UnknownCognitoError
  | TransportError;
export type GlobalSignOutError =
  | CognitoErrorOf<GlobalSignOutExceptionName>
  | UnknownCognitoError
  | TransportError;
export type GetUserError = CognitoErrorOf<GetUserExceptionName> | UnknownCognitoError | TransportError;
export type StartWebAuthnRegistrationError =
  | CognitoErrorOf<StartWebAuthnRegistrationExceptionName>
  | UnknownCognitoError
  | TransportError;
export type CompleteWebAuthnRegistrationError =
  | CognitoErrorOf<CompleteWebAuthnRegistrationExceptionName>
  | UnknownCognitoError
  | TransportError;
export type ListWebAuthnCredentialsError =
  | CognitoErrorOf<ListWebAuthnCredentialsExceptionName>
  | UnknownCognitoError
  | TransportError;
export type DeleteWebAuthnCredentialError =
  | CognitoErrorOf<DeleteWebAuthnCredentialExceptionName>
  | UnknownCognitoError
  | TransportError;
export type GetUserAuthFactorsError =
  | CognitoErrorOf<GetUserAuthFactorsExceptionName>
  | UnknownCognitoError
  | TransportError;
/** An account-settings operation's error: its documented exceptions, an undocumented one, or transport. */
type SettingsError<Name extends CognitoExceptionName> =
  | CognitoErrorOf<Name>
  | UnknownCognitoError
  | TransportError;
export type ChangePasswordError = SettingsError<ChangePasswordExceptionName>;
export type UpdateUserAttributesError = SettingsError<UpdateUserAttributesExceptionName>;
export type GetUserAttributeVerificationCodeError =
  SettingsError<GetUserAttributeVerificationCodeExceptionName>;
export type VerifyUserAttributeError = SettingsError<VerifyUserAttributeExceptionName>;
export type SetUserMfaPreferenceError = SettingsError<SetUserMfaPreferenceExceptionName>;
export type ListDevicesError = SettingsError<ListDevicesExceptionName>;
export type ForgetDeviceError = SettingsError<ForgetDeviceExceptionName>;
export type ListUserSessionsError = SettingsError<ListUserSessionsExceptionName>;
export type RevokeUserSessionError = SettingsError<RevokeUserSessionExceptionName>;
export type DeleteUserError = SettingsError<DeleteUserExceptionName>;
/** Any error a client call can reject with. */
export type CognitoClientError =
  | InitiateAuthError
  | RespondToAuthChallengeError
  | AssociateSoftwareTokenError
  | VerifySoftwareTokenError
  | ConfirmDeviceError
  | UpdateDeviceStatusError;

/** Type guard for Cognito's documented exceptions, optionally of one name. */
export function isCognitoError<N extends CognitoExceptionName>(
  error: unknown,
  name?: N,
): error is CognitoError<N> {
  return error instanceof CognitoError && (name === undefined || error.name === name);
}

/**
 * Cognito's `__type` may arrive as `com.amazonaws...#NotAuthorizedException` or with a `:http://...`
 * suffix; the name is what lies between.
 */
export function normalizeExceptionName(raw: string): string {
  const afterHash = raw.includes("#") ? raw.slice(raw.lastIndexOf("#") + 1) : raw;
  const colon = afterHash.indexOf(":");
  return (colon === -1 ? afterHash : afterHash.slice(0, colon)).trim();
}

/**
 * VerifySoftwareToken can answer HTTP 200 with Status ERROR; Cognito documents it without saying when.
 * The user's remedy is the same as for a wrong code (try a new one), so it is reported as one.
 */
export function codeRefusedByStatus(): CognitoError<"CodeMismatchException"> {
  return new CognitoError("CodeMismatchException", "VerifySoftwareToken answered ERROR.", {
    operation: "VerifySoftwareToken",
    status: 200,
  });
}
