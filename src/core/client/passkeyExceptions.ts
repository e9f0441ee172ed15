/**
 * The exception names of the passkey operations and GetUserAuthFactors, at run time: their commands carry
 * them (`Command.exceptions`), so they load with what calls those operations and not with every app's
 * answer readers. Types in errors.ts; AWS's model is the source (test/core/exceptions.model.test.ts).
 */
/** The passkey operations and GetUserAuthFactors share these (the user's access token, the pool's state). */
const ACCESS_TOKEN_CALL = [
  "ForbiddenException",
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordResetRequiredException",
  "TooManyRequestsException",
] as const;

export const LIST_WEB_AUTHN_CREDENTIALS = [...ACCESS_TOKEN_CALL, "LimitExceededException"] as const;

export const START_WEB_AUTHN_REGISTRATION = [
  ...LIST_WEB_AUTHN_CREDENTIALS,
  "WebAuthnConfigurationMissingException",
  "WebAuthnNotEnabledException",
] as const;

export const COMPLETE_WEB_AUTHN_REGISTRATION = [
  ...LIST_WEB_AUTHN_CREDENTIALS,
  "WebAuthnChallengeNotFoundException",
  "WebAuthnClientMismatchException",
  "WebAuthnCredentialNotSupportedException",
  "WebAuthnNotEnabledException",
  "WebAuthnOriginNotAllowedException",
  "WebAuthnRelyingPartyMismatchException",
] as const;

export const DELETE_WEB_AUTHN_CREDENTIAL = [
  ...LIST_WEB_AUTHN_CREDENTIALS,
  "ResourceNotFoundException",
] as const;

export const GET_USER_AUTH_FACTORS = [
  ...ACCESS_TOKEN_CALL,
  "ResourceNotFoundException",
  "UserNotConfirmedException",
  "UserNotFoundException",
] as const;

export const PASSKEY_EXCEPTIONS = {
  StartWebAuthnRegistration: START_WEB_AUTHN_REGISTRATION,
  CompleteWebAuthnRegistration: COMPLETE_WEB_AUTHN_REGISTRATION,
  ListWebAuthnCredentials: LIST_WEB_AUTHN_CREDENTIALS,
  DeleteWebAuthnCredential: DELETE_WEB_AUTHN_CREDENTIAL,
  GetUserAuthFactors: GET_USER_AUTH_FACTORS,
} as const;
