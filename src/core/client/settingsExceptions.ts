/**
 * The exception names of the account-settings operations, at run time: their commands carry them
 * (`Command.exceptions`), so they load with the account page that calls them and not with every app's
 * answer readers. Types in errors.ts; AWS's model is the source (test/core/exceptions.model.test.ts).
 */

/** Every call with the user's access token can end with these. */
const ACCESS_TOKEN_CALL = [
  "ForbiddenException",
  "InternalErrorException",
  "InvalidParameterException",
  "NotAuthorizedException",
  "OperationNotEnabledException",
  "PasswordResetRequiredException",
  "ResourceNotFoundException",
  "UserNotConfirmedException",
  "UserNotFoundException",
] as const;

/** The same, and a caller sending too fast. */
const THROTTLED = [...ACCESS_TOKEN_CALL, "TooManyRequestsException"] as const;

/** A code sent to an email or phone: the pool's roles and its Lambdas may refuse. */
const SENDS_CODE = [
  "CodeDeliveryFailureException",
  "InvalidEmailRoleAccessPolicyException",
  "InvalidLambdaResponseException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "UnexpectedLambdaException",
  "UserLambdaValidationException",
] as const;

export const CHANGE_PASSWORD = [
  ...THROTTLED,
  "InvalidPasswordException",
  "LimitExceededException",
  "PasswordHistoryPolicyViolationException",
] as const;

export const UPDATE_USER_ATTRIBUTES = [
  ...THROTTLED,
  ...SENDS_CODE,
  "AliasExistsException",
  "CodeMismatchException",
  "ExpiredCodeException",
] as const;

export const GET_USER_ATTRIBUTE_VERIFICATION_CODE = [
  ...THROTTLED,
  ...SENDS_CODE,
  "LimitExceededException",
] as const;

export const VERIFY_USER_ATTRIBUTE = [
  ...THROTTLED,
  "AliasExistsException",
  "CodeMismatchException",
  "ExpiredCodeException",
  "LimitExceededException",
] as const;

export const SET_USER_MFA_PREFERENCE = ACCESS_TOKEN_CALL;

export const LIST_DEVICES = [...THROTTLED, "InvalidUserPoolConfigurationException"] as const;

export const FORGET_DEVICE = LIST_DEVICES;

export const LIST_USER_SESSIONS = THROTTLED;

export const REVOKE_USER_SESSION = THROTTLED;

export const DELETE_USER = THROTTLED;

/** By operation, for the model's test. */
export const SETTINGS_EXCEPTIONS = {
  ChangePassword: CHANGE_PASSWORD,
  UpdateUserAttributes: UPDATE_USER_ATTRIBUTES,
  GetUserAttributeVerificationCode: GET_USER_ATTRIBUTE_VERIFICATION_CODE,
  VerifyUserAttribute: VERIFY_USER_ATTRIBUTE,
  SetUserMFAPreference: SET_USER_MFA_PREFERENCE,
  ListDevices: LIST_DEVICES,
  ForgetDevice: FORGET_DEVICE,
  ListUserSessions: LIST_USER_SESSIONS,
  RevokeUserSession: REVOKE_USER_SESSION,
  DeleteUser: DELETE_USER,
} as const;
