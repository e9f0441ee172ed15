/**
 * English: Cognito's exceptions, by name. Loaded when a step first has to show one (and fetched early,
 * as the first request goes out), not with the page: see ../exceptionMessages.ts.
 */
export const exceptionsEn = {
  // Not Cognito's, but shown only on a step after the username, like these: loaded with them.
  "error.sessionExpired": "Your sign-in session has expired. Start again.",
  "error.totpCodeFormat": "Enter the 6-digit code from your authenticator app.",
  "error.srpUnavailable":
    "Your password cannot be used to sign in here. Choose another way, or contact support.",
  "error.CodeMismatchException": "That code is not right. Check it and try again.",
  "error.ExpiredCodeException": "That code has expired. Ask for a new one.",
  "error.NotAuthorizedException": "Incorrect username or password.",
  "error.UnknownPasskeyError":
    "This passkey is no longer on your account. Sign in another way; you can add a new passkey after.",
  "error.TooManyRequestsException": "Too many attempts. Wait a moment and try again.",
  "error.LimitExceededException": "Too many attempts. Wait a while and try again.",
  "error.TooManyFailedAttemptsException": "Too many failed attempts. Wait a while and try again.",
  "error.CodeDeliveryFailureException":
    "We could not send the code. Check that your email address or phone number can receive messages, then try again.",
  "error.PasswordResetRequiredException": "You need to reset your password before you can sign in.",
  "error.UserNotConfirmedException": "Your account is not confirmed yet. Confirm it, then sign in.",
  "error.UserNotFoundException": "Incorrect username or password.",
  "error.DeviceKeyExistsException": "This device is already remembered.",
  "error.UsernameExistsException": "An account with this username already exists.",
  "error.InvalidPasswordException":
    "That password does not meet the rules. Choose one that meets each of them.",
  "error.PasswordHistoryPolicyViolationException": "You used that password recently. Choose a different one.",
  "error.InvalidParameterException": "Something in the request was not accepted. Check what you entered.",
  "error.AliasExistsException": "That email or phone number is already used by another account.",
  "error.EnableSoftwareTokenMFAException":
    "That code is not right. Check the time on your device and try again.",
  "error.SoftwareTokenMFANotFoundException": "No authenticator app is set up for this account.",
  "error.MFAMethodNotFoundException": "No verification method is set up for this account.",
  "error.UserLambdaValidationException": "Refused by a check of this app.",
  "error.UnexpectedLambdaException": "Sign-in failed in a check of this app. Try again later.",
  "error.InvalidLambdaResponseException": "A check of this app failed. Try again later.",
  "error.InternalErrorException": "The sign-in service had a problem. Try again.",
  "error.ForbiddenException": "This request was blocked.",
  "error.ResourceNotFoundException": "This app's sign-in is not set up correctly.",
  "error.InvalidUserPoolConfigurationException": "This app's sign-in is not set up correctly.",
  "error.InvalidSmsRoleAccessPolicyException": "Text messages cannot be sent right now.",
  "error.InvalidSmsRoleTrustRelationshipException": "Text messages cannot be sent right now.",
  "error.InvalidEmailRoleAccessPolicyException": "Emails cannot be sent right now.",
  "error.UnsupportedOperationException": "This way of signing in is not available.",
  "error.OperationNotEnabledException": "This way of signing in is not available.",
  "error.FeatureUnavailableInTierException": "This way of signing in is not available.",
  "error.ConcurrentModificationException": "Something changed at the same time. Try again.",
  "error.RefreshTokenReuseException": "Your session has ended. Sign in again.",
  "error.UnauthorizedException": "This app may not do that. Contact support.",
  "error.UnsupportedTokenTypeException": "This app may not do that. Contact support.",
} as const;
