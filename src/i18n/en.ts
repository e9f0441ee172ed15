/**
 * Every user-facing string, in English. Keys are stable; values may hold `{placeholders}`. Error
 * messages are keyed by Cognito exception name (and by our transport error names), never found by
 * matching the server's English text.
 */
export const en = {
  // The username step
  "signIn.title": "Sign in",
  "signIn.username": "Username or email",
  "signIn.password": "Password",
  "signIn.submit": "Continue",
  "signIn.pending": "Signing in…",
  "signIn.signedIn": "You are signed in.",
  "signIn.expiresIn": "This step expires in {time}.",
  "signIn.expired": "This sign-in took too long or was interrupted. Start again to get a new session.",
  "signIn.restart": "Start again",
  "signIn.signedInAs": "Signing in as {username}",
  "signIn.notYou": "Use another account",
  "rememberDevice.title": "Remember this device?",
  "rememberDevice.description":
    "Next time you sign in on this device, you will not be asked for a verification code. Only choose this on a device that is yours.",
  "rememberDevice.remember": "Remember this device",
  "rememberDevice.skip": "Not now",

  // Shared parts
  "common.submit": "Continue",
  "common.pending": "Checking…",
  "common.showPassword": "Show password",
  "common.hidePassword": "Hide password",
  "common.copy": "Copy",
  "common.copied": "Copied",
  "common.copyFailed": "Could not copy. Select the text and copy it yourself.",
  "common.back": "Back",

  // PASSWORD
  "password.title": "Enter your password",
  "password.label": "Password",

  // SMS_OTP, EMAIL_OTP, SMS_MFA, EMAIL_MFA
  "code.label": "Code",
  "code.hint": "Enter the {length}-digit code.",
  "code.sentBySms": "We sent a code by text message to {destination}.",
  "code.sentByEmail": "We sent a code by email to {destination}.",
  "code.sentSomewhere": "We sent you a code.",
  "code.resend": "Send a new code",
  "code.resendIn": "You can ask for a new code in {seconds} s.",
  "smsOtp.title": "Check your phone",
  "emailOtp.title": "Check your email",
  "smsMfa.title": "Two-step verification",
  "emailMfa.title": "Two-step verification",

  // SOFTWARE_TOKEN_MFA
  "totp.title": "Authenticator app",
  "totp.instructions": "Enter the code from your authenticator app.",
  "totp.instructionsDevice": "Enter the code from your authenticator app on {device}.",

  // SELECT_CHALLENGE
  "select.title": "How do you want to sign in?",
  "select.PASSWORD": "Password",
  "select.PASSWORD_SRP": "Password",
  "select.SMS_OTP": "Code by text message",
  "select.EMAIL_OTP": "Code by email",
  "select.WEB_AUTHN": "Passkey",

  // SELECT_MFA_TYPE
  "selectMfa.title": "Choose how to verify it's you",
  "selectMfa.SMS_MFA": "Text message",
  "selectMfa.SOFTWARE_TOKEN_MFA": "Authenticator app",
  "selectMfa.EMAIL_OTP": "Email",

  // MFA_SETUP
  "mfaSetup.title": "Set up two-step verification",
  "mfaSetup.chooseMethod": "Choose a second step for signing in.",
  "mfaSetup.SOFTWARE_TOKEN_MFA": "Authenticator app",
  "mfaSetup.EMAIL_OTP": "Email",
  "mfaSetup.SMS_MFA": "Text message",
  "mfaSetup.smsUnavailable":
    "Text-message verification needs a phone number on your account. Ask your administrator.",
  "mfaSetup.start": "Set up an authenticator app",
  "mfaSetup.scan": "Scan this QR code with your authenticator app.",
  "mfaSetup.qrLabel": "QR code for your authenticator app",
  "mfaSetup.cantScan": "Can't scan it?",
  "mfaSetup.secretLabel": "Setup key",
  "mfaSetup.secretInstructions": "Enter this key in your authenticator app, as a time-based key.",
  "mfaSetup.code": "Code from the app",
  "mfaSetup.deviceName": "Name for this authenticator (optional)",
  "mfaSetup.verify": "Verify and finish",
  "mfaSetup.emailLabel": "Email address for codes",
  "mfaSetup.emailSubmit": "Send a code",

  // TOTP setup for a signed-in user
  "totpSetup.title": "Add an authenticator app",
  "totpSetup.intro": "Use an app such as a password manager or an authenticator to get sign-in codes.",
  "totpSetup.signInAgain": "Your sign-in has expired. Sign in again, then add the app.",
  "totpSetup.done": "Your authenticator app is added.",

  // NEW_PASSWORD_REQUIRED
  "newPassword.title": "Choose a new password",
  "newPassword.instructions": "Your password has to be changed before you continue.",
  "newPassword.password": "New password",
  "newPassword.confirm": "Repeat the new password",
  "newPassword.mismatch": "The passwords do not match.",
  "newPassword.rules": "Your password needs:",
  "newPassword.rule.minLength": "at least {count} characters",
  "newPassword.rule.lowercase": "a lowercase letter",
  "newPassword.rule.uppercase": "an uppercase letter",
  "newPassword.rule.number": "a number",
  "newPassword.rule.symbol": "a symbol",
  "newPassword.submit": "Change password",
  "attribute.given_name": "First name",
  "attribute.family_name": "Last name",
  "attribute.name": "Full name",
  "attribute.email": "Email",
  "attribute.phone_number": "Phone number",
  "attribute.birthdate": "Date of birth",
  "attribute.address": "Address",
  "attribute.nickname": "Nickname",
  "attribute.preferred_username": "Preferred username",

  // CUSTOM_CHALLENGE
  "custom.title": "One more step",
  "custom.answer": "Your answer",

  // WEB_AUTHN
  "webauthn.title": "Sign in with a passkey",
  "webauthn.instructions": "Use the passkey saved on this device or your phone.",
  "webauthn.start": "Use passkey",
  "webauthn.pending": "Waiting for your passkey…",
  "webauthn.unavailable": "This browser cannot use passkeys. Start again and choose another way to sign in.",
  "webauthn.cancelled":
    "The passkey request was cancelled or timed out. Try again, or start again and choose another way.",
  "webauthn.failed": "Your passkey could not be used. Try again, or start again and choose another way.",

  // Unknown challenges
  "unsupported.title": "This sign-in step is not supported",
  "unsupported.body":
    "Your account asks for a step ({name}) that this app cannot show. Start again, or contact support.",

  // Errors, by Cognito exception name
  "error.CodeMismatchException": "That code is not right. Check it and try again.",
  "error.ExpiredCodeException": "That code has expired. Ask for a new one.",
  "error.NotAuthorizedException": "Incorrect username or password.",
  "error.sessionExpired": "Your sign-in session has expired. Start again.",
  "error.TooManyRequestsException": "Too many attempts. Wait a moment and try again.",
  "error.LimitExceededException": "Too many attempts. Wait a while and try again.",
  "error.TooManyFailedAttemptsException": "Too many failed attempts. Wait a while and try again.",
  "error.PasswordResetRequiredException": "You need to reset your password before you can sign in.",
  "error.UserNotConfirmedException": "Your account is not confirmed yet. Confirm it, then sign in.",
  "error.UserNotFoundException": "Incorrect username or password.",
  "error.DeviceKeyExistsException": "This device is already remembered.",
  "error.UsernameExistsException": "An account with this username already exists.",
  "error.InvalidPasswordException": "That password does not meet the requirements.",
  "error.PasswordHistoryPolicyViolationException": "You used that password recently. Choose a different one.",
  "error.InvalidParameterException": "Something in the request was not accepted. Check what you entered.",
  "error.AliasExistsException": "That email or phone number is already used by another account.",
  "error.EnableSoftwareTokenMFAException":
    "That code is not right. Check the time on your device and try again.",
  "error.SoftwareTokenMFANotFoundException": "No authenticator app is set up for this account.",
  "error.MFAMethodNotFoundException": "No verification method is set up for this account.",
  "error.UserLambdaValidationException": "Sign-in was refused by a check of this app.",
  "error.UnexpectedLambdaException": "Sign-in failed in a check of this app. Try again later.",
  "error.InvalidLambdaResponseException": "Sign-in failed in a check of this app. Try again later.",
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
  "error.totpCodeFormat": "Enter the 6-digit code from your authenticator app.",
  "error.unknown": "Sign-in failed. Try again.",
  "error.network": "Could not reach the sign-in service. Check your connection and try again.",
  "error.timeout": "The sign-in service took too long to answer. Try again.",
  "error.badResponse": "The sign-in service sent an answer this app does not understand. Try again later.",
} as const;

export type MessageKey = keyof typeof en;
/** A complete dictionary: every key, in one language. */
export type Messages = Record<MessageKey, string>;
