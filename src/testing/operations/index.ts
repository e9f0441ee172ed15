/**
 * Every operation the fake serves, by its wire name. One file per family of operations over the shared
 * pool state; a new operation is a function in its family's file (or a new file) and a line here.
 */
import type { PoolState, Wire } from "../pool";
import { confirmForgotPassword, confirmSignUp, forgotPassword, resendConfirmationCode } from "./account";
import { confirmDevice, updateDeviceStatus } from "./devices";
import {
  completeWebAuthnRegistration,
  deleteWebAuthnCredential,
  getUserAuthFactors,
  listWebAuthnCredentials,
  startWebAuthnRegistration,
} from "./passkeys";
import {
  changePassword,
  deleteUser,
  forgetDevice,
  getUserAttributeVerificationCode,
  listDevices,
  listUserSessions,
  revokeUserSession,
  setUserMfaPreference,
  updateUserAttributes,
  verifyUserAttribute,
} from "./settings";
import { initiateAuth, respondToAuthChallenge } from "./signIn";
import { signUp } from "./signUp";
import { getTokensFromRefreshToken, getUser, globalSignOut, revokeToken } from "./tokens";
import { associateSoftwareToken, verifySoftwareToken } from "./totp";

export type Operation = (state: PoolState, body: Wire) => Wire | Promise<Wire>;

export const operations: Readonly<Record<string, Operation>> = {
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  AssociateSoftwareToken: associateSoftwareToken,
  VerifySoftwareToken: verifySoftwareToken,
  ConfirmDevice: confirmDevice,
  UpdateDeviceStatus: updateDeviceStatus,
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  RevokeToken: revokeToken,
  GlobalSignOut: globalSignOut,
  GetUser: getUser,
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
  ResendConfirmationCode: resendConfirmationCode,
  SignUp: signUp,
  ConfirmSignUp: confirmSignUp,
  StartWebAuthnRegistration: startWebAuthnRegistration,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
  ListWebAuthnCredentials: listWebAuthnCredentials,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
  GetUserAuthFactors: getUserAuthFactors,
  ChangePassword: changePassword,
  UpdateUserAttributes: updateUserAttributes,
  GetUserAttributeVerificationCode: getUserAttributeVerificationCode,
  VerifyUserAttribute: verifyUserAttribute,
  SetUserMFAPreference: setUserMfaPreference,
  ListDevices: listDevices,
  ForgetDevice: forgetDevice,
  ListUserSessions: listUserSessions,
  RevokeUserSession: revokeUserSession,
  DeleteUser: deleteUser,
};

export { totpSecret } from "./totp";
