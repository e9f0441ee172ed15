/**
 * The account-settings operations against a real cognito-local process and against our fake: our client
 * must get the same typed outcome from both. cognito-local has ChangePassword, UpdateUserAttributes,
 * GetUserAttributeVerificationCode, VerifyUserAttribute, SetUserMFAPreference and DeleteUser; it lacks
 * ListDevices, ForgetDevice, ListUserSessions and RevokeUserSession (no device or session tracking), so
 * those run against the fake only (test/testing/settings.test.ts), as does "verify before update", which
 * cognito-local does not model. Destinations are not compared: cognito-local sends them unmasked.
 * Where cognito-local answers otherwise than Cognito documents, the test says so and holds the fake to
 * Cognito: a wrong previous password (Cognito: NotAuthorizedException; cognito-local:
 * InvalidPasswordException, and the same at sign-in afterwards), and GetUserAttributeVerificationCode's CodeDeliveryDetails (cognito-local
 * sends the code and answers without them). Both put email_verified in the ID token, which the contact
 * check after sign-in reads.
 */
import { changePasswordCommand } from "../../src/core/commands/changePassword";
import { deleteUserCommand } from "../../src/core/commands/deleteUser";
import { getUserAttributeVerificationCodeCommand } from "../../src/core/commands/getUserAttributeVerificationCode";
import { setUserMfaPreferenceCommand } from "../../src/core/commands/setUserMfaPreference";
import { updateUserAttributesCommand } from "../../src/core/commands/updateUserAttributes";
import { verifyUserAttributeCommand } from "../../src/core/commands/verifyUserAttribute";
import { getUser } from "../../src/core/session/operations";
import { needsContact } from "../../src/core/settings/contactCheck.lazy";
import { BACKENDS, type Backend, createBackend, outcome } from "./backends";

const PASSWORD = "Correct-Horse-1";
const NEW_PASSWORD = "Brand-New-Pass-3";

async function tokensOf(backend: Backend, username: string, password = PASSWORD) {
  const answer = await backend.client.initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: username, PASSWORD: password },
  });
  return answer.authenticationResult;
}

async function accessTokenOf(backend: Backend, username: string, password = PASSWORD) {
  return (await tokensOf(backend, username, password))?.accessToken ?? "";
}

describe.each(BACKENDS)("the account-settings operations against %s", (name) => {
  let backend: Backend;
  beforeAll(() => {
    backend = createBackend(name);
  });

  it("ChangePassword: a wrong previous password is refused; then only the new one signs in", async () => {
    const accessToken = await accessTokenOf(backend, "vera");
    const change = (previousPassword: string) =>
      backend.client.send(changePasswordCommand, {
        accessToken,
        previousPassword,
        proposedPassword: NEW_PASSWORD,
      });
    const wrongPrevious = name === "cognito-local" ? "InvalidPasswordException" : "NotAuthorizedException";
    expect(await outcome(change("Wrong-Horse-9"))).toEqual({ error: wrongPrevious });
    expect(await outcome(change(PASSWORD))).toEqual({ ok: true });
    // The old password is refused: cognito-local says so with InvalidPasswordException, which InitiateAuth
    // does not document (so our client keeps it as an unknown error); Cognito, and the fake, NotAuthorized.
    expect(await outcome(accessTokenOf(backend, "vera"))).toEqual(
      name === "cognito-local"
        ? { unknownError: "InvalidPasswordException" }
        : { error: "NotAuthorizedException" },
    );
    expect(await accessTokenOf(backend, "vera", NEW_PASSWORD)).toEqual(expect.any(String));
  });

  it("UpdateUserAttributes, then a code for the email, which verifies it", async () => {
    // Her own user: another file's test turns TOTP on for "una", whose sign-in would then ask for it.
    const accessToken = await accessTokenOf(backend, "ivy");
    // The contact check (`checkContact`) reads the ID token: an unverified email is asked about.
    expect(needsContact((await tokensOf(backend, "ivy"))?.idToken, ["email"])).toBe(true);
    await backend.client.send(updateUserAttributesCommand, {
      accessToken,
      userAttributes: { given_name: "Ivy" },
    });
    expect((await getUser(backend.client, { accessToken })).userAttributes.given_name).toBe("Ivy");

    const sent = await backend.client.send(getUserAttributeVerificationCodeCommand, {
      accessToken,
      attributeName: "email",
    });
    if (name === "fake")
      expect(sent.codeDeliveryDetails).toMatchObject({ deliveryMedium: "EMAIL", attributeName: "email" });
    const code = backend.smsCode("ivy");
    const wrong = code === "111111" ? "222222" : "111111";
    expect(
      await outcome(
        backend.client.send(verifyUserAttributeCommand, { accessToken, attributeName: "email", code: wrong }),
      ),
    ).toEqual({ error: "CodeMismatchException" });
    expect(
      await outcome(
        backend.client.send(verifyUserAttributeCommand, { accessToken, attributeName: "email", code }),
      ),
    ).toEqual({ ok: true });
    expect((await getUser(backend.client, { accessToken })).userAttributes.email_verified).toBe("true");
    // ...and no longer once verified, by the next sign-in's ID token.
    expect(needsContact((await tokensOf(backend, "ivy"))?.idToken, ["email"])).toBe(false);
  });

  it("SetUserMFAPreference: SMS on and preferred for a user with a phone, then off", async () => {
    const accessToken = await accessTokenOf(backend, "mia");
    await backend.client.send(setUserMfaPreferenceCommand, {
      accessToken,
      sms: { enabled: true, preferred: true },
    });
    expect(await getUser(backend.client, { accessToken })).toMatchObject({
      mfaSettings: ["SMS_MFA"],
      preferredMfa: "SMS_MFA",
    });
    await backend.client.send(setUserMfaPreferenceCommand, { accessToken, sms: { enabled: false } });
    expect((await getUser(backend.client, { accessToken })).mfaSettings).toEqual([]);
  });

  it("DeleteUser: the account is gone, and nobody signs in as it", async () => {
    const accessToken = await accessTokenOf(backend, "dell");
    expect(await outcome(backend.client.send(deleteUserCommand, { accessToken }))).toEqual({ ok: true });
    const again = await outcome(accessTokenOf(backend, "dell"));
    expect(again).toEqual({
      error: expect.stringMatching(/^(NotAuthorizedException|UserNotFoundException)$/),
    });
  });
});
