// answerChallenge, parseChallenge, readChallenge and the operations' readers are in the `/protocol`
// entry (protocol.ts): the client loads them with the first request, so the main entry must not import
// them.

export type {
  AccountConfirmationActions,
  AccountConfirmationOptions,
  AccountConfirmationState,
  AccountConfirmationStore,
  CreateAccountConfirmationOptions,
} from "./accountConfirmation/accountConfirmation";
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
  type SignUpError,
  type SignUpExceptionName,
  TimeoutError,
  type TransportError,
  UnknownCognitoError,
  type UpdateDeviceStatusError,
  type UpdateDeviceStatusExceptionName,
  type ValidationIssue,
  type VerifySoftwareTokenError,
  type VerifySoftwareTokenExceptionName,
} from "./client/errors";
export { associateSoftwareTokenCommand } from "./commands/associateSoftwareToken";
export {
  type AnyCommand,
  type Command,
  commandKey,
  type ErrorOf,
  type InputOf,
  type OutputOf,
} from "./commands/command";
export { confirmDeviceCommand } from "./commands/confirmDevice";
export { getTokensFromRefreshTokenCommand } from "./commands/getTokensFromRefreshToken";
export { getUserCommand } from "./commands/getUser";
export { globalSignOutCommand } from "./commands/globalSignOut";
export { initiateAuthCommand } from "./commands/initiateAuth";
export { respondToAuthChallengeCommand } from "./commands/respondToAuthChallenge";
export { revokeTokenCommand } from "./commands/revokeToken";
export { updateDeviceStatusCommand } from "./commands/updateDeviceStatus";
export { verifySoftwareTokenCommand } from "./commands/verifySoftwareToken";
export {
  type ContextDataOptions,
  contextDataFromAwsScript,
  contextDataScriptUrl,
} from "./contextData/contextData";
export { createJourney } from "./journey/createJourney";
export type {
  JourneyContext,
  JourneyDefinition,
  JourneyStore,
  RuntimeOptions,
  Send,
} from "./journey/journey";
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
  PasswordResetState,
  PasswordResetStore,
} from "./passwordReset/passwordReset";
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
export { type AccountStepOptions, accountStepOptions } from "./signIn/accountStep";
export { type DeviceStore, memoryDeviceStore, type RememberedDevice } from "./signIn/devices";
export {
  type AccountStepState,
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
export { signIn } from "./signIn/signIn";
export { type CreateSignInOptions, createSignIn, type SignInStore } from "./signIn/store";
export type {
  PasskeyAutofillOptions,
  PasskeyOfferOptions,
  SignInActions,
  SignInOptions,
  StartOptions,
} from "./signIn/types";
export type { Timers } from "./store/timers";
export { normalizeTotpCode } from "./totp/code";
export { createTotpEnrollment } from "./totp/createTotpEnrollment";
export {
  type CreateTotpEnrollmentOptions,
  type TotpEnrollmentActions,
  type TotpEnrollmentOptions,
  type TotpEnrollmentState,
  type TotpEnrollmentStore,
  totpEnrollment,
} from "./totp/enrollment";
export type { TotpUriOptions } from "./totp/totp";
export type * from "./types";
// Types only: the class loads with the steps that make it (a value here would bring its chunk into
// every first load); tell it by its `name`, "UnknownPasskeyError".
export type { CredentialSignals, UnknownPasskeyError } from "./webauthn/signals";
