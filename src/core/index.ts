// answerChallenge, parseChallenge, readChallenge and the operations' readers are in the `/protocol`
// entry (protocol.ts): the client loads them with the first request, so the main entry must not import
// them.

export type {
  AccountConfirmationActions,
  AccountConfirmationOptions,
  AccountConfirmationPort,
  AccountConfirmationState,
  AccountConfirmationStore,
  CreateAccountConfirmationOptions,
} from "./accountConfirmation/store";
export type { ChallengeAnswers, SelectChallengeAnswer, SrpClaim } from "./answers";
export type {
  Challenge,
  ChallengeOf,
  CodeDelivery,
  CredentialRequestOptionsJSON,
  KnownChallenge,
  SrpVerifierParameters,
} from "./challenges";
export {
  type CognitoClient,
  type CognitoClientOptions,
  createCognitoClient,
  type FetchLike,
  resolveEndpoint,
} from "./client/client";
export {
  AbortError,
  type AssociateSoftwareTokenError,
  type AssociateSoftwareTokenExceptionName,
  type CognitoClientError,
  CognitoError,
  type CognitoExceptionName,
  type ConfirmDeviceError,
  type ConfirmDeviceExceptionName,
  type ConfirmForgotPasswordError,
  type ConfirmForgotPasswordExceptionName,
  type ConfirmSignUpError,
  type ConfirmSignUpExceptionName,
  type ForgotPasswordError,
  type ForgotPasswordExceptionName,
  type GetTokensFromRefreshTokenError,
  type GetTokensFromRefreshTokenExceptionName,
  type GetUserError,
  type GetUserExceptionName,
  type GlobalSignOutError,
  type GlobalSignOutExceptionName,
  type InitiateAuthError,
  type InitiateAuthExceptionName,
  InvalidAnswerError,
  isCognitoError,
  type MalformedReason,
  MalformedResponseError,
  NetworkError,
  normalizeExceptionName,
  type OperationName,
  type ResendConfirmationCodeError,
  type ResendConfirmationCodeExceptionName,
  type RespondToAuthChallengeError,
  type RespondToAuthChallengeExceptionName,
  ResponseValidationError,
  type RevokeTokenError,
  type RevokeTokenExceptionName,
  TimeoutError,
  type TransportError,
  UnknownCognitoError,
  type UpdateDeviceStatusError,
  type UpdateDeviceStatusExceptionName,
  type ValidationIssue,
  type VerifySoftwareTokenError,
  type VerifySoftwareTokenExceptionName,
} from "./client/errors";
export {
  type ContextDataOptions,
  contextDataFromAwsScript,
  contextDataScriptUrl,
} from "./contextData/contextData";
export {
  AUTH_FLOWS,
  type AuthFlow,
  CHALLENGE_NAMES,
  type ChallengeName,
  FIRST_FACTORS,
  type FirstFactor,
  isKnownChallengeName,
  MFA_TYPES,
  type MfaType,
  type SignInAuthFlow,
  type UnknownChallengeName,
} from "./names";
// The account operations and the password reset are in the `/account` entry (account.ts): <SignIn>
// loads the reset on demand, so the main entry must not import them.
export type {
  CreatePasswordResetOptions,
  PasswordResetActions,
  PasswordResetOptions,
  PasswordResetPort,
  PasswordResetState,
  PasswordResetStore,
} from "./passwordReset/store";
export { decodeJwt, InvalidTokenError, type SessionClaims, sessionClaims } from "./session/claims";
export {
  getTokensFromRefreshToken,
  getUser,
  globalSignOut,
  revokeToken,
} from "./session/operations";
export { memoryStorage, type SessionStorage, webStorage } from "./session/storage";
export {
  type CreateSessionOptions,
  createSession,
  type SessionEvent,
  type SessionState,
  type SessionStatus,
  type SessionStore,
  type SessionTokens,
} from "./session/store";
export {
  browserChannel,
  browserLock,
  localLock,
  readSessionMessage,
  type SessionChannel,
  type SessionLock,
  type SessionMessage,
  type StoredTokens,
} from "./session/tabs";
export { type DeviceStore, memoryDeviceStore, type RememberedDevice } from "./signIn/devices";
export type { SignInPort } from "./signIn/port";
export {
  DEFAULT_SESSION_VALIDITY_MS,
  initialSignInState,
  isExpired,
  type SignInEvent,
  type SignInState,
  type SignInStatus,
  signInReducer,
  type TotpSetupState,
} from "./signIn/reducer";
export { isSessionEnded } from "./signIn/sessionEnded";
export { type CreateSignInOptions, createSignIn, type SignInStore } from "./signIn/store";
export type { PasskeyAutofillOptions, SignInActions, SignInOptions, StartOptions } from "./signIn/types";
export type { Timers } from "./store/timers";
export { normalizeTotpCode } from "./totp/code";
export {
  type CreateTotpEnrollmentOptions,
  createTotpEnrollment,
  type TotpEnrollmentActions,
  type TotpEnrollmentOptions,
  type TotpEnrollmentPort,
  type TotpEnrollmentState,
  type TotpEnrollmentStore,
} from "./totp/enrollment";
export type { TotpUriOptions } from "./totp/totp";
export type * from "./types";
