/**
 * The exception names each operation can return, at run time. Part of protocol.ts, which the client
 * loads with the first request (not with the page); the types derived from these lists are in errors.ts.
 * Operations no sign-in calls (the passkeys') carry their lists in their commands instead
 * (passkeyExceptions.ts), so that every app's first request does not load them.
 */
import type { OperationName } from "./operationNames";

export const INITIATE_AUTH = [
  "FeatureUnavailableInTierException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidEmailRoleAccessPolicyException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "InvalidUserPoolConfigurationException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordResetRequiredException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UnexpectedLambdaException",
  "UnsupportedOperationException",
  "UserLambdaValidationException",
  "UserNotConfirmedException",
  "UserNotFoundException",
] as const;

export const RESPOND_TO_AUTH_CHALLENGE = [
  "AliasExistsException",
  "CodeMismatchException",
  "ExpiredCodeException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidEmailRoleAccessPolicyException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "InvalidPasswordException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "InvalidUserPoolConfigurationException",
  "MFAMethodNotFoundException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordHistoryPolicyViolationException",
  "PasswordResetRequiredException",
  "ResourceNotFoundException",
  "SoftwareTokenMFANotFoundException",
  "TooManyRequestsException",
  "UnexpectedLambdaException",
  "UserLambdaValidationException",
  "UserNotConfirmedException",
  "UserNotFoundException",
] as const;

export const ASSOCIATE_SOFTWARE_TOKEN = [
  "ConcurrentModificationException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "SoftwareTokenMFANotFoundException",
] as const;

export const VERIFY_SOFTWARE_TOKEN = [
  "CodeMismatchException",
  "EnableSoftwareTokenMFAException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidParameterException",
  "InvalidUserPoolConfigurationException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordResetRequiredException",
  "ResourceNotFoundException",
  "SoftwareTokenMFANotFoundException",
  "TooManyRequestsException",
  "UserNotConfirmedException",
  "UserNotFoundException",
] as const;

export const UPDATE_DEVICE_STATUS = [
  "ForbiddenException",
  "InternalErrorException",
  "InvalidParameterException",
  "InvalidUserPoolConfigurationException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordResetRequiredException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UserNotConfirmedException",
  "UserNotFoundException",
] as const;

export const CONFIRM_DEVICE = [
  ...UPDATE_DEVICE_STATUS,
  "DeviceKeyExistsException",
  "InvalidLambdaResponseException",
  "InvalidPasswordException",
  "UsernameExistsException",
] as const;

/**
 * Every exception name each operation can return, exactly as AWS's service model lists them (a test
 * compares these lists with the model in the installed SDK, so a drift fails CI). A name outside its
 * operation's list becomes an `UnknownCognitoError`, kept with its message.
 */
export const GET_TOKENS_FROM_REFRESH_TOKEN = [
  "ForbiddenException",
  "InternalErrorException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "RefreshTokenReuseException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UnexpectedLambdaException",
  "UserLambdaValidationException",
  "UserNotFoundException",
] as const;

export const REVOKE_TOKEN = [
  "ForbiddenException",
  "InternalErrorException",
  "InvalidParameterException",
  "OperationNotEnabledException",
  "TooManyRequestsException",
  "UnauthorizedException",
  "UnsupportedOperationException",
  "UnsupportedTokenTypeException",
] as const;

/** GlobalSignOut and GetUser document the same names, less GetUser's UserNotFoundException. */
export const GLOBAL_SIGN_OUT = [
  "ForbiddenException",
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordResetRequiredException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UserNotConfirmedException",
] as const;

export const GET_USER = [...GLOBAL_SIGN_OUT, "UserNotFoundException"] as const;

/** ForgotPassword and ResendConfirmationCode document the same names: both send a code. */
export const FORGOT_PASSWORD = [
  "CodeDeliveryFailureException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidEmailRoleAccessPolicyException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "LimitExceededException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UnexpectedLambdaException",
  "UserLambdaValidationException",
  "UserNotFoundException",
] as const;

export const RESEND_CONFIRMATION_CODE = FORGOT_PASSWORD;

export const CONFIRM_FORGOT_PASSWORD = [
  "CodeMismatchException",
  "ExpiredCodeException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "InvalidPasswordException",
  "LimitExceededException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordHistoryPolicyViolationException",
  "ResourceNotFoundException",
  "TooManyFailedAttemptsException",
  "TooManyRequestsException",
  "UnexpectedLambdaException",
  "UserLambdaValidationException",
  "UserNotConfirmedException",
  "UserNotFoundException",
] as const;

export const SIGN_UP = [
  "CodeDeliveryFailureException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidEmailRoleAccessPolicyException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "InvalidPasswordException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "LimitExceededException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "TooManyRequestsException",
  "UnexpectedLambdaException",
  "UserLambdaValidationException",
  "UsernameExistsException",
] as const;

export const CONFIRM_SIGN_UP = [
  "AliasExistsException",
  "CodeMismatchException",
  "ExpiredCodeException",
  "ForbiddenException",
  "InternalErrorException",
  "InvalidLambdaResponseException",
  "InvalidParameterException",
  "LimitExceededException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "ResourceNotFoundException",
  "TooManyFailedAttemptsException",
  "TooManyRequestsException",
  "UnexpectedLambdaException",
  "UserLambdaValidationException",
  "UserNotFoundException",
] as const;

export const OPERATION_EXCEPTIONS = {
  InitiateAuth: INITIATE_AUTH,
  RespondToAuthChallenge: RESPOND_TO_AUTH_CHALLENGE,
  AssociateSoftwareToken: ASSOCIATE_SOFTWARE_TOKEN,
  VerifySoftwareToken: VERIFY_SOFTWARE_TOKEN,
  ConfirmDevice: CONFIRM_DEVICE,
  UpdateDeviceStatus: UPDATE_DEVICE_STATUS,
  GetTokensFromRefreshToken: GET_TOKENS_FROM_REFRESH_TOKEN,
  RevokeToken: REVOKE_TOKEN,
  GlobalSignOut: GLOBAL_SIGN_OUT,
  GetUser: GET_USER,
  ForgotPassword: FORGOT_PASSWORD,
  ConfirmForgotPassword: CONFIRM_FORGOT_PASSWORD,
  ResendConfirmationCode: RESEND_CONFIRMATION_CODE,
  SignUp: SIGN_UP,
  ConfirmSignUp: CONFIRM_SIGN_UP,
} as const satisfies Partial<Record<OperationName, readonly string[]>>;
