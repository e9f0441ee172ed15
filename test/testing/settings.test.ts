// @vitest-environment node
/**
 * The account-settings operations at the fake, through our client and commands: a new password (and a
 * first one), attributes the app client may write, a changed email kept pending until verified, MFA that
 * must be set up before it is on, devices, sessions, and a deleted account whose tokens stop working.
 */
import { createCognitoClient } from "../../src/core/client/client";
import { changePasswordCommand } from "../../src/core/commands/changePassword";
import { deleteUserCommand } from "../../src/core/commands/deleteUser";
import { forgetDeviceCommand } from "../../src/core/commands/forgetDevice";
import { getUserAttributeVerificationCodeCommand } from "../../src/core/commands/getUserAttributeVerificationCode";
import { listDevicesCommand } from "../../src/core/commands/listDevices";
import { listUserSessionsCommand } from "../../src/core/commands/listUserSessions";
import { revokeUserSessionCommand } from "../../src/core/commands/revokeUserSession";
import { setUserMfaPreferenceCommand } from "../../src/core/commands/setUserMfaPreference";
import { updateUserAttributesCommand } from "../../src/core/commands/updateUserAttributes";
import { verifyUserAttributeCommand } from "../../src/core/commands/verifyUserAttribute";
import { getTokensFromRefreshToken, getUser } from "../../src/core/session/operations";
import { memoryDeviceStore } from "../../src/core/signIn/devices";
import { createSignIn } from "../../src/core/signIn/store";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito, type FakePool, type FakeUser } from "../../src/testing/index";
import { generateTotp } from "../../src/testing/totp";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const PASSWORD = "Correct-Horse-1";

function setUp(pool: FakePool = {}, users?: FakeUser[]) {
  const fake = createFakeCognito({
    pool: { mfa: "OPTIONAL", ...pool },
    users: users ?? [{ username: "ada", password: PASSWORD, email: "ada@example.com" }],
  });
  const client = createCognitoClient({
    clientId: fake.clientId,
    userPoolId: fake.userPoolId,
    endpoint: "http://fake.test/",
    fetch: fake,
  });
  const signIn = async (username = "ada", password = PASSWORD) => {
    const answer = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: username, PASSWORD: password },
    });
    const tokens = answer.authenticationResult;
    if (!tokens?.refreshToken) throw new Error(`expected tokens, got ${answer.challengeName}`);
    return tokens as AuthenticationResult & { refreshToken: string };
  };
  return { fake, client, signIn };
}

async function refusal(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: { name: string; message: string }) => error,
  );
}

describe("ChangePassword", () => {
  it("needs the previous password; then the old one is refused and the new one signs in", async () => {
    const t = setUp({ passwordMinLength: 10 });
    const { accessToken } = await t.signIn();
    const change = (previousPassword: string | undefined, proposedPassword: string) =>
      t.client.send(changePasswordCommand, {
        accessToken,
        proposedPassword,
        ...(previousPassword === undefined ? {} : { previousPassword }),
      });
    expect((await refusal(change("Wrong-Horse-1", "Brand-New-Pass-1"))).name).toBe("NotAuthorizedException");
    expect((await refusal(change(PASSWORD, "Short-1"))).name).toBe("InvalidPasswordException");
    expect((await refusal(change(undefined, "Brand-New-Pass-1"))).name).toBe("InvalidParameterException");
    await change(PASSWORD, "Brand-New-Pass-1");
    expect((await refusal(t.signIn("ada", PASSWORD))).name).toBe("NotAuthorizedException");
    await expect(t.signIn("ada", "Brand-New-Pass-1")).resolves.toHaveProperty("accessToken");
  });

  it("a passwordless user sets a first password without a previous one", async () => {
    const t = setUp({ firstFactors: ["EMAIL_OTP", "PASSWORD"] }, [
      { username: "otto", email: "otto@example.com" },
    ]);
    const started = await t.client.initiateAuth({
      authFlow: "USER_AUTH",
      authParameters: { USERNAME: "otto", PREFERRED_CHALLENGE: "EMAIL_OTP" },
    });
    const done = await t.client.respondToAuthChallenge({
      challengeName: "EMAIL_OTP",
      session: started.session ?? "",
      challengeResponses: { USERNAME: "otto", EMAIL_OTP_CODE: t.fake.lastCode("otto") ?? "" },
    });
    const accessToken = done.authenticationResult?.accessToken ?? "";
    await t.client.send(changePasswordCommand, { accessToken, proposedPassword: "First-Pass-1" });
    await expect(t.signIn("otto", "First-Pass-1")).resolves.toHaveProperty("accessToken");
  });
});

describe("UpdateUserAttributes, GetUserAttributeVerificationCode and VerifyUserAttribute", () => {
  it("writes what the app client may write, and refuses the rest", async () => {
    const t = setUp({ writableAttributes: ["given_name", "email"] });
    const { accessToken } = await t.signIn();
    await t.client.send(updateUserAttributesCommand, { accessToken, userAttributes: { given_name: "Ada" } });
    expect((await getUser(t.client, { accessToken })).userAttributes.given_name).toBe("Ada");
    for (const userAttributes of [{ family_name: "Lovelace" }, { email_verified: "true" }] as Record<
      string,
      string
    >[]) {
      const refused = await refusal(
        t.client.send(updateUserAttributesCommand, { accessToken, userAttributes }),
      );
      expect(refused).toMatchObject({
        name: "NotAuthorizedException",
        message: "A client attempted to write unauthorized attribute",
      });
    }
    const badEmail = await refusal(
      t.client.send(updateUserAttributesCommand, { accessToken, userAttributes: { email: "not-an-email" } }),
    );
    expect(badEmail.name).toBe("InvalidParameterException");
  });

  it("verify before update: the old email stays in use until the new one's code", async () => {
    const t = setUp({ verifyBeforeUpdate: ["email"] });
    const { accessToken } = await t.signIn();
    const sent = await t.client.send(updateUserAttributesCommand, {
      accessToken,
      userAttributes: { email: "ada@new.example" },
    });
    expect(sent.codeDeliveryDetailsList).toEqual([
      { destination: "a***@n***", deliveryMedium: "EMAIL", attributeName: "email" },
    ]);
    // The code went to the new address; the account still has the old one, verified.
    expect(t.fake.deliveries.at(-1)).toMatchObject({ destination: "ada@new.example", medium: "EMAIL" });
    const before = (await getUser(t.client, { accessToken })).userAttributes;
    expect(before).toMatchObject({ email: "ada@example.com", email_verified: "true" });

    const wrong = await refusal(
      t.client.send(verifyUserAttributeCommand, { accessToken, attributeName: "email", code: "000000" }),
    );
    expect(wrong.name).toBe("CodeMismatchException");
    const code = t.fake.deliveries.at(-1)?.code ?? "";
    await t.client.send(verifyUserAttributeCommand, { accessToken, attributeName: "email", code });
    const after = (await getUser(t.client, { accessToken })).userAttributes;
    expect(after).toMatchObject({ email: "ada@new.example", email_verified: "true" });
    // The code is spent.
    const again = await refusal(
      t.client.send(verifyUserAttributeCommand, { accessToken, attributeName: "email", code }),
    );
    expect(again.name).toBe("ExpiredCodeException");
  });

  it("without it, the new email is the account's at once, unverified, and a code verifies it", async () => {
    const t = setUp();
    const { accessToken } = await t.signIn();
    await t.client.send(updateUserAttributesCommand, {
      accessToken,
      userAttributes: { email: "ada@new.example" },
    });
    expect((await getUser(t.client, { accessToken })).userAttributes).toMatchObject({
      email: "ada@new.example",
      email_verified: "false",
    });
    // The user asks for a code again, as "Verify" does.
    const asked = await t.client.send(getUserAttributeVerificationCodeCommand, {
      accessToken,
      attributeName: "email",
    });
    expect(asked.codeDeliveryDetails).toEqual({
      destination: "a***@n***",
      deliveryMedium: "EMAIL",
      attributeName: "email",
    });
    const code = t.fake.deliveries.at(-1)?.code ?? "";
    await t.client.send(verifyUserAttributeCommand, { accessToken, attributeName: "email", code });
    expect((await getUser(t.client, { accessToken })).userAttributes.email_verified).toBe("true");
  });

  it("an email another account has as its username is refused", async () => {
    const t = setUp({ usernameAttributes: ["email"] }, [
      { username: "ada", password: PASSWORD, email: "ada@example.com" },
      { username: "bea", password: PASSWORD, email: "bea@example.com" },
    ]);
    const { accessToken } = await t.signIn("ada@example.com");
    const taken = await refusal(
      t.client.send(updateUserAttributesCommand, {
        accessToken,
        userAttributes: { email: "bea@example.com" },
      }),
    );
    expect(taken.name).toBe("AliasExistsException");
  });
});

describe("SetUserMFAPreference", () => {
  it("turns on only what is set up; the preferred method is then asked at sign-in", async () => {
    const t = setUp({}, [{ username: "ada", password: PASSWORD, email: "ada@example.com" }]);
    const { accessToken } = await t.signIn();
    const totpFirst = await refusal(
      t.client.send(setUserMfaPreferenceCommand, { accessToken, softwareToken: { enabled: true } }),
    );
    expect(totpFirst).toMatchObject({ name: "InvalidParameterException" });
    const sms = await refusal(
      t.client.send(setUserMfaPreferenceCommand, { accessToken, sms: { enabled: true } }),
    );
    expect(sms.name).toBe("InvalidParameterException");

    const { secretCode } = await t.client.associateSoftwareToken({ accessToken });
    await t.client.verifySoftwareToken({
      accessToken,
      userCode: await generateTotp(secretCode ?? "", Date.now()),
    });
    await t.client.send(setUserMfaPreferenceCommand, {
      accessToken,
      softwareToken: { enabled: true, preferred: true },
      email: { enabled: true },
    });
    expect(await getUser(t.client, { accessToken })).toMatchObject({
      mfaSettings: ["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"],
      preferredMfa: "SOFTWARE_TOKEN_MFA",
    });
    const next = await t.client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "ada", PASSWORD },
    });
    expect(next.challengeName).toBe("SOFTWARE_TOKEN_MFA");

    // Off again: no longer preferred; the authenticator stays verified, so it comes back without a set-up.
    await t.client.send(setUserMfaPreferenceCommand, { accessToken, softwareToken: { enabled: false } });
    expect(await getUser(t.client, { accessToken })).toMatchObject({
      mfaSettings: ["EMAIL_OTP"],
      preferredMfa: undefined,
    });
    await t.client.send(setUserMfaPreferenceCommand, { accessToken, softwareToken: { enabled: true } });
    expect(await getUser(t.client, { accessToken })).toMatchObject({
      mfaSettings: ["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"],
    });
  });

  it("turns passkeys as MFA on only for a user with a passkey and another method on", async () => {
    const t = setUp({}, [{ username: "ada", password: PASSWORD, email: "ada@example.com" }]);
    const { accessToken } = await t.signIn();
    const noPasskey = await refusal(
      t.client.send(setUserMfaPreferenceCommand, { accessToken, webAuthn: { enabled: true } }),
    );
    expect(noPasskey.name).toBe("InvalidParameterException");
    t.fake.addPasskey("ada", { credentialId: "cred-1" });
    const alone = await refusal(
      t.client.send(setUserMfaPreferenceCommand, { accessToken, webAuthn: { enabled: true } }),
    );
    expect(alone.name).toBe("InvalidParameterException");
    expect(t.fake.user("ada")?.mfa?.webAuthn).toBeUndefined();
    // With email turned on in the same call, it is taken.
    await t.client.send(setUserMfaPreferenceCommand, {
      accessToken,
      email: { enabled: true },
      webAuthn: { enabled: true },
    });
    expect(t.fake.user("ada")?.mfa).toMatchObject({ email: true, webAuthn: true });
  });
});

describe("ListDevices and ForgetDevice", () => {
  it("lists the remembered device; forgotten, it no longer stands in for MFA", async () => {
    const code = async (fake: ReturnType<typeof setUp>["fake"]) => (await fake.totpCode("rita")) ?? "";
    const t = setUp({ deviceTracking: "ALWAYS", mfa: "ON" }, [
      { username: "rita", password: PASSWORD, mfa: { totpSecret: "JBSWY3DPEHPK3PXP" } },
    ]);
    const deviceStore = memoryDeviceStore();
    const signedIn: AuthenticationResult[] = [];
    const signIn = () =>
      createSignIn({
        client: t.client,
        srp: true,
        deviceStore,
        deviceName: "Laptop",
        onSignedIn: (tokens) => signedIn.push(tokens),
      });
    const first = signIn();
    await first.start("rita", { password: PASSWORD });
    await first.answer({ code: await code(t.fake) });
    await first.rememberDevice(true);
    const accessToken = signedIn[0]?.accessToken ?? "";
    const { devices } = await t.client.send(listDevicesCommand, { accessToken });
    expect(devices).toEqual([
      expect.objectContaining({
        deviceKey: (await deviceStore.get("rita"))?.deviceKey,
        attributes: expect.objectContaining({
          device_name: "Laptop",
          device_remembered_status: "remembered",
        }),
        createdAt: expect.any(Number),
      }),
    ]);

    await t.client.send(forgetDeviceCommand, { accessToken, deviceKey: devices[0]?.deviceKey ?? "" });
    expect((await t.client.send(listDevicesCommand, { accessToken })).devices).toEqual([]);
    const missing = await refusal(
      t.client.send(forgetDeviceCommand, { accessToken, deviceKey: "eu-west-1_x" }),
    );
    expect(missing.name).toBe("ResourceNotFoundException");
    // The next sign-in on that device is asked for the code again.
    const second = signIn();
    await second.start("rita", { password: PASSWORD });
    expect(second.getState().challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
  });
});

describe("ListUserSessions and RevokeUserSession", () => {
  it("lists each sign-in, marks the asking one, and revokes another: its refresh then fails", async () => {
    const t = setUp({ sessionTracking: true });
    const here = await t.signIn();
    const there = await t.signIn();
    const { sessions } = await t.client.send(listUserSessionsCommand, { accessToken: here.accessToken });
    expect(sessions).toHaveLength(2);
    expect(sessions.map((session) => session.sessionId)).toEqual([
      expect.stringMatching(/^tkn/),
      expect.stringMatching(/^tkn/),
    ]);
    const current = sessions.find((session) => session.isCurrentSession);
    const other = sessions.find((session) => !session.isCurrentSession);
    expect(current).toMatchObject({ sessionType: "TOKEN", clientId: t.fake.clientId });

    const self = await refusal(
      t.client.send(revokeUserSessionCommand, {
        accessToken: here.accessToken,
        sessionId: current?.sessionId ?? "",
      }),
    );
    expect(self.name).toBe("InvalidParameterException");
    await t.client.send(revokeUserSessionCommand, {
      accessToken: here.accessToken,
      sessionId: other?.sessionId ?? "",
    });
    const refreshed = await refusal(
      getTokensFromRefreshToken(t.client, { refreshToken: there.refreshToken }),
    );
    expect(refreshed.name).toBe("NotAuthorizedException");
    await expect(
      getTokensFromRefreshToken(t.client, { refreshToken: here.refreshToken }),
    ).resolves.toBeDefined();
    expect(
      (await t.client.send(listUserSessionsCommand, { accessToken: here.accessToken })).sessions,
    ).toHaveLength(1);
  });

  it("needs session tracking on the pool", async () => {
    const t = setUp();
    const { accessToken } = await t.signIn();
    expect((await refusal(t.client.send(listUserSessionsCommand, { accessToken }))).name).toBe(
      "InvalidParameterException",
    );
  });
});

describe("DeleteUser", () => {
  it("deletes the account: its tokens stop working and nobody can sign in as it", async () => {
    const t = setUp();
    const tokens = await t.signIn();
    await t.client.send(deleteUserCommand, { accessToken: tokens.accessToken });
    expect((await refusal(getUser(t.client, { accessToken: tokens.accessToken }))).name).toBe(
      "NotAuthorizedException",
    );
    expect(
      (await refusal(getTokensFromRefreshToken(t.client, { refreshToken: tokens.refreshToken }))).name,
    ).toBe("NotAuthorizedException");
    expect((await refusal(t.signIn())).name).toBe("NotAuthorizedException");
  });
});
