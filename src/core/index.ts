export {
  answerChallenge,
  type Challenge,
  type ChallengeAnswers,
  type ChallengeOf,
  type CodeDelivery,
  type CredentialRequestOptionsJSON,
  type KnownChallenge,
  parseChallenge,
  readChallenge,
  type SelectChallengeAnswer,
  type SrpClaim,
  type SrpVerifierParameters,
} from "./challenges";
export {
  type CognitoClient,
  type CognitoClientOptions,
  createCognitoClient,
  type FetchLike,
  resolveEndpoint,
} from "./client";
export { type DeviceStore, memoryDeviceStore, type RememberedDevice } from "./devices";
export {
  AbortError,
  type AssociateSoftwareTokenError,
  type AssociateSoftwareTokenExceptionName,
  type CognitoClientError,
  CognitoError,
  type CognitoExceptionName,
  type ConfirmDeviceError,
  type ConfirmDeviceExceptionName,
  type InitiateAuthError,
  type InitiateAuthExceptionName,
  isCognitoError,
  type MalformedReason,
  MalformedResponseError,
  NetworkError,
  normalizeExceptionName,
  OPERATION_EXCEPTIONS,
  type OperationName,
  type RespondToAuthChallengeError,
  type RespondToAuthChallengeExceptionName,
  ResponseValidationError,
  TimeoutError,
  type TransportError,
  UnknownCognitoError,
  type UpdateDeviceStatusError,
  type UpdateDeviceStatusExceptionName,
  type ValidationIssue,
  type VerifySoftwareTokenError,
  type VerifySoftwareTokenExceptionName,
} from "./errors";
export {
  DEFAULT_SESSION_VALIDITY_MS,
  initialSignInState,
  isExpired,
  isSessionEnded,
  type SignInEvent,
  type SignInState,
  type SignInStatus,
  signInReducer,
  type TotpSetupState,
} from "./flow";
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
  type UnknownChallengeName,
} from "./names";
export { associateSoftwareTokenOperation } from "./operations/associateSoftwareToken";
export { confirmDeviceOperation } from "./operations/confirmDevice";
export { initiateAuthOperation } from "./operations/initiateAuth";
export { respondToAuthChallengeOperation } from "./operations/respondToAuthChallenge";
export { updateDeviceStatusOperation } from "./operations/updateDeviceStatus";
export { verifySoftwareTokenOperation } from "./operations/verifySoftwareToken";
export { formatSecretForReading, type TotpUriOptions, totpUri } from "./totp";
export type * from "./types";
