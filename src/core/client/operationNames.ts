/**
 * The vocabulary of operations, apart from the errors and readers that use it: the error classes, the
 * exception lists, the client and the lazy readers all name operations, and none of them should import
 * another for the names alone.
 */

/** The operations this library calls. */
export type OperationName =
  | "InitiateAuth"
  | "RespondToAuthChallenge"
  | "AssociateSoftwareToken"
  | "VerifySoftwareToken"
  | "ConfirmDevice"
  | "UpdateDeviceStatus"
  | "GetTokensFromRefreshToken"
  | "RevokeToken"
  | "GlobalSignOut"
  | "GetUser"
  | "ForgotPassword"
  | "ConfirmForgotPassword"
  | "ResendConfirmationCode"
  | "SignUp"
  | "ConfirmSignUp"
  | "StartWebAuthnRegistration"
  | "CompleteWebAuthnRegistration"
  | "ListWebAuthnCredentials"
  | "DeleteWebAuthnCredential"
  | "GetUserAuthFactors"
  | "ChangePassword"
  | "UpdateUserAttributes"
  | "GetUserAttributeVerificationCode"
  | "VerifyUserAttribute"
  | "SetUserMFAPreference"
  | "ListDevices"
  | "ForgetDevice"
  | "ListUserSessions"
  | "RevokeUserSession"
  | "DeleteUser";

/** The operations the client's own methods call (their readers load with protocol.ts); the session's and
 * the account's bring their readers with them. */
export type SignInOperationName =
  | "InitiateAuth"
  | "RespondToAuthChallenge"
  | "AssociateSoftwareToken"
  | "VerifySoftwareToken"
  | "ConfirmDevice"
  | "UpdateDeviceStatus";
