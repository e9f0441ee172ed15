import {
  confirmForgotPassword,
  confirmSignUp,
  forgotPassword,
  resendConfirmationCode,
  signUp,
} from "../../src/core/account/operations";
import { type CognitoClient, createCognitoClient } from "../../src/core/client/client";
import { CognitoError, type OperationName, UnknownCognitoError } from "../../src/core/client/errors";
import { OPERATION_EXCEPTIONS } from "../../src/core/client/exceptions";
import { PASSKEY_EXCEPTIONS } from "../../src/core/client/passkeyExceptions";
import { SETTINGS_EXCEPTIONS } from "../../src/core/client/settingsExceptions";
import { changePasswordCommand } from "../../src/core/commands/changePassword";
import { completeWebAuthnRegistrationCommand } from "../../src/core/commands/completeWebAuthnRegistration";
import { deleteUserCommand } from "../../src/core/commands/deleteUser";
import { deleteWebAuthnCredentialCommand } from "../../src/core/commands/deleteWebAuthnCredential";
import { forgetDeviceCommand } from "../../src/core/commands/forgetDevice";
import { getUserAttributeVerificationCodeCommand } from "../../src/core/commands/getUserAttributeVerificationCode";
import { getUserAuthFactorsCommand } from "../../src/core/commands/getUserAuthFactors";
import { listDevicesCommand } from "../../src/core/commands/listDevices";
import { listUserSessionsCommand } from "../../src/core/commands/listUserSessions";
import { listWebAuthnCredentialsCommand } from "../../src/core/commands/listWebAuthnCredentials";
import { revokeUserSessionCommand } from "../../src/core/commands/revokeUserSession";
import { setUserMfaPreferenceCommand } from "../../src/core/commands/setUserMfaPreference";
import { startWebAuthnRegistrationCommand } from "../../src/core/commands/startWebAuthnRegistration";
import { updateUserAttributesCommand } from "../../src/core/commands/updateUserAttributes";
import { verifyUserAttributeCommand } from "../../src/core/commands/verifyUserAttribute";
import {
  getTokensFromRefreshToken,
  getUser,
  globalSignOut,
  revokeToken,
} from "../../src/core/session/operations";
import { recordingFetch } from "../support/recordingFetch";

type Reply = Parameters<typeof recordingFetch>[0];

function clientAnswering(reply: Reply) {
  return createCognitoClient({ clientId: "c", region: "us-east-1", fetch: recordingFetch(reply).fetch });
}

const calls: Record<OperationName, (client: CognitoClient) => Promise<unknown>> = {
  InitiateAuth: (client) => client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "u" } }),
  RespondToAuthChallenge: (client) =>
    client.respondToAuthChallenge({
      challengeName: "SMS_OTP",
      session: "s",
      challengeResponses: { USERNAME: "u" },
    }),
  AssociateSoftwareToken: (client) => client.associateSoftwareToken({ session: "s" }),
  VerifySoftwareToken: (client) => client.verifySoftwareToken({ session: "s", userCode: "123456" }),
  ConfirmDevice: (client) =>
    client.confirmDevice({
      accessToken: "t",
      deviceKey: "d",
      deviceSecretVerifierConfig: { salt: "c2FsdA==", passwordVerifier: "dg==" },
    }),
  UpdateDeviceStatus: (client) =>
    client.updateDeviceStatus({ accessToken: "t", deviceKey: "d", remembered: true }),
  GetTokensFromRefreshToken: (client) => getTokensFromRefreshToken(client, { refreshToken: "r" }),
  RevokeToken: (client) => revokeToken(client, { token: "r" }),
  GlobalSignOut: (client) => globalSignOut(client, { accessToken: "t" }),
  GetUser: (client) => getUser(client, { accessToken: "t" }),
  ForgotPassword: (client) => forgotPassword(client, { username: "u" }),
  ConfirmForgotPassword: (client) =>
    confirmForgotPassword(client, { username: "u", confirmationCode: "123456", password: "New-Pass-1" }),
  ResendConfirmationCode: (client) => resendConfirmationCode(client, { username: "u" }),
  SignUp: (client) => signUp(client, { username: "u", password: "Pass-word-1" }),
  ConfirmSignUp: (client) => confirmSignUp(client, { username: "u", confirmationCode: "123456" }),
  StartWebAuthnRegistration: (client) => client.send(startWebAuthnRegistrationCommand, { accessToken: "t" }),
  CompleteWebAuthnRegistration: (client) =>
    client.send(completeWebAuthnRegistrationCommand, { accessToken: "t", credential: { id: "c" } }),
  ListWebAuthnCredentials: (client) => client.send(listWebAuthnCredentialsCommand, { accessToken: "t" }),
  DeleteWebAuthnCredential: (client) =>
    client.send(deleteWebAuthnCredentialCommand, { accessToken: "t", credentialId: "c" }),
  GetUserAuthFactors: (client) => client.send(getUserAuthFactorsCommand, { accessToken: "t" }),
  ChangePassword: (client) =>
    client.send(changePasswordCommand, { accessToken: "t", proposedPassword: "New-Pass-1" }),
  UpdateUserAttributes: (client) =>
    client.send(updateUserAttributesCommand, { accessToken: "t", userAttributes: { given_name: "Ada" } }),
  GetUserAttributeVerificationCode: (client) =>
    client.send(getUserAttributeVerificationCodeCommand, { accessToken: "t", attributeName: "email" }),
  VerifyUserAttribute: (client) =>
    client.send(verifyUserAttributeCommand, { accessToken: "t", attributeName: "email", code: "123456" }),
  SetUserMFAPreference: (client) =>
    client.send(setUserMfaPreferenceCommand, { accessToken: "t", softwareToken: { enabled: true } }),
  ListDevices: (client) => client.send(listDevicesCommand, { accessToken: "t" }),
  ForgetDevice: (client) => client.send(forgetDeviceCommand, { accessToken: "t", deviceKey: "d" }),
  ListUserSessions: (client) => client.send(listUserSessionsCommand, { accessToken: "t" }),
  RevokeUserSession: (client) => client.send(revokeUserSessionCommand, { accessToken: "t", sessionId: "s" }),
  DeleteUser: (client) => client.send(deleteUserCommand, { accessToken: "t" }),
};

async function failure(operation: OperationName, reply: Reply): Promise<unknown> {
  return calls[operation](clientAnswering(reply)).then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

const everyNameOfEveryOperation = Object.entries({
  ...OPERATION_EXCEPTIONS,
  ...PASSKEY_EXCEPTIONS,
  ...SETTINGS_EXCEPTIONS,
}).flatMap(([operation, names]) => names.map((name) => [operation as OperationName, name] as const));

describe("Cognito exceptions become typed errors", () => {
  it("covers the seeds' and the protocol page's lists", () => {
    expect(OPERATION_EXCEPTIONS.InitiateAuth).toHaveLength(19);
    expect(OPERATION_EXCEPTIONS.RespondToAuthChallenge).toHaveLength(24);
    expect(OPERATION_EXCEPTIONS.AssociateSoftwareToken).toHaveLength(8);
    expect(OPERATION_EXCEPTIONS.VerifySoftwareToken).toHaveLength(14);
    // The SDK's @throws lists for these two (3.1169.0), without the base service exception.
    expect(OPERATION_EXCEPTIONS.ConfirmDevice).toHaveLength(15);
    expect(OPERATION_EXCEPTIONS.UpdateDeviceStatus).toHaveLength(11);
  });

  it.each(everyNameOfEveryOperation)("%s: %s", async (operation, name) => {
    const error = await failure(operation, {
      status: 400,
      body: { __type: name, message: `message for ${name}` },
    });
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({ name, message: `message for ${name}`, operation, status: 400 });
  });

  it.each([
    ["com.amazonaws.cognito.identity.idp.model#CodeMismatchException", "CodeMismatchException"],
    [
      "CodeMismatchException:http://internal.amazon.com/coral/com.amazon.coral.validate/",
      "CodeMismatchException",
    ],
    ["aws.protocoljson#CodeMismatchException:extra:more", "CodeMismatchException"],
  ])("strips prefix and suffix from %s", async (type, name) => {
    const error = await failure("RespondToAuthChallenge", {
      status: 400,
      body: { __type: type, message: "m" },
    });
    expect(error).toBeInstanceOf(CognitoError);
    expect((error as CognitoError).name).toBe(name);
  });

  it("reads `Message` when `message` is absent", async () => {
    const error = await failure("InitiateAuth", {
      status: 400,
      body: { __type: "NotAuthorizedException", Message: "Incorrect username or password." },
    });
    expect(error).toMatchObject({
      name: "NotAuthorizedException",
      message: "Incorrect username or password.",
    });
  });

  it("falls back to the x-amzn-ErrorType header, and keeps the request id", async () => {
    const error = await failure("InitiateAuth", {
      status: 400,
      body: { message: "Rate exceeded" },
      headers: { "x-amzn-ErrorType": "TooManyRequestsException:http://x/", "x-amzn-RequestId": "req-1" },
    });
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({ name: "TooManyRequestsException", requestId: "req-1" });
  });

  it("the body wins over the header", async () => {
    const error = await failure("VerifySoftwareToken", {
      status: 400,
      body: { __type: "CodeMismatchException", message: "m" },
      headers: { "x-amzn-ErrorType": "InternalErrorException" },
    });
    expect((error as CognitoError).name).toBe("CodeMismatchException");
  });

  it("keeps an exception the operation is not documented to return, name and message", async () => {
    const error = await failure("VerifySoftwareToken", {
      status: 400,
      body: {
        __type: "LimitExceededException",
        message: "Attempt limit exceeded, please try after some time.",
      },
    });
    expect(error).toBeInstanceOf(UnknownCognitoError);
    expect(error).toMatchObject({
      name: "UnknownCognitoError",
      exceptionName: "LimitExceededException",
      message: "Attempt limit exceeded, please try after some time.",
      operation: "VerifySoftwareToken",
    });
  });

  it("a name documented for another operation only is unknown here", async () => {
    const error = await failure("AssociateSoftwareToken", {
      status: 400,
      body: { __type: "CodeMismatchException" },
    });
    expect(error).toBeInstanceOf(UnknownCognitoError);
    expect((error as UnknownCognitoError).exceptionName).toBe("CodeMismatchException");
  });

  it("cognito-local's wrong-password answer is a typed InvalidPasswordException on RespondToAuthChallenge", async () => {
    const error = await failure("RespondToAuthChallenge", {
      status: 400,
      body: { __type: "InvalidPasswordException", message: "Invalid password" },
      headers: { "content-type": "application/json" },
    });
    expect(error).toMatchObject({ name: "InvalidPasswordException" });
  });
});
