// @vitest-environment node
/**
 * The fake's account operations through our client: Cognito's semantics for a reset code (its expiry,
 * five wrong tries, the policy), an administrator's reset that already sent a code and an import that
 * sent none, a user who cannot recover alone, confirmation, and PreventUserExistenceErrors.
 */
import {
  confirmForgotPassword,
  confirmSignUp,
  forgotPassword,
  resendConfirmationCode,
} from "../../src/core/account/operations";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito, type FakeCognitoOptions } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";
const NEW = "Brand-New-Pass-2";

function setup(options: Partial<FakeCognitoOptions> = {}) {
  let now = Date.parse("2026-12-01T10:00:00Z");
  const fake = createFakeCognito({
    users: [
      { username: "rhea", email: "rhea@example.com", password: PASSWORD },
      { username: "ray", email: "ray@example.com", password: PASSWORD, status: "RESET_REQUIRED" },
      { username: "imogen", phone: "+15555550111", status: "RESET_REQUIRED", resetBy: "import" },
      { username: "nox", email: "nox@example.com", password: PASSWORD, contactVerified: false },
      { username: "cleo", email: "cleo@example.com", password: PASSWORD, status: "UNCONFIRMED" },
    ],
    clock: () => now,
    ...options,
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const signIn = (username: string, password: string) =>
    client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: username, PASSWORD: password },
    });
  return { fake, client, signIn, advance: (ms: number) => (now += ms) };
}

const failure = (call: Promise<unknown>) =>
  call.then(
    () => "resolved",
    (error: { name: string }) => error.name,
  );

describe("the fake's account operations", () => {
  it("ForgotPassword sends a masked code; the code and a new password reset it; the new one signs in", async () => {
    const t = setup();
    await expect(forgotPassword(t.client, { username: "rhea" })).resolves.toEqual({
      codeDeliveryDetails: { destination: "r***@e***", deliveryMedium: "EMAIL", attributeName: "email" },
    });
    const code = t.fake.lastCode("rhea") ?? "";
    expect(
      await failure(
        confirmForgotPassword(t.client, { username: "rhea", confirmationCode: code, password: "short" }),
      ),
    ).toBe("InvalidPasswordException");
    await confirmForgotPassword(t.client, { username: "rhea", confirmationCode: code, password: NEW });
    await expect(t.signIn("rhea", NEW)).resolves.toMatchObject({ authenticationResult: expect.any(Object) });
    // The code is spent.
    expect(
      await failure(
        confirmForgotPassword(t.client, { username: "rhea", confirmationCode: code, password: NEW }),
      ),
    ).toBe("ExpiredCodeException");
  });

  it("a reset code expires in an hour and allows five wrong tries", async () => {
    const t = setup();
    await forgotPassword(t.client, { username: "rhea" });
    const code = t.fake.lastCode("rhea") ?? "";
    const wrong = code === "111111" ? "222222" : "111111";
    for (let tries = 1; tries < 5; tries++)
      expect(
        await failure(
          confirmForgotPassword(t.client, { username: "rhea", confirmationCode: wrong, password: NEW }),
        ),
      ).toBe("CodeMismatchException");
    expect(
      await failure(
        confirmForgotPassword(t.client, { username: "rhea", confirmationCode: wrong, password: NEW }),
      ),
    ).toBe("LimitExceededException");
    await forgotPassword(t.client, { username: "rhea" });
    t.advance(3_600_000);
    expect(
      await failure(
        confirmForgotPassword(t.client, {
          username: "rhea",
          confirmationCode: t.fake.lastCode("rhea") ?? "",
          password: NEW,
        }),
      ),
    ).toBe("ExpiredCodeException");
  });

  it("an administrator's reset already sent a code; an imported user has none until asked", async () => {
    const t = setup();
    expect(await failure(t.signIn("ray", PASSWORD))).toBe("PasswordResetRequiredException");
    const sent = t.fake.lastCode("ray");
    expect(sent).toMatch(/^\d{6}$/);
    await confirmForgotPassword(t.client, { username: "ray", confirmationCode: sent ?? "", password: NEW });
    await expect(t.signIn("ray", NEW)).resolves.toMatchObject({ authenticationResult: expect.any(Object) });
    expect(t.fake.lastCode("imogen")).toBeUndefined();
    await expect(forgotPassword(t.client, { username: "imogen" })).resolves.toMatchObject({
      codeDeliveryDetails: { deliveryMedium: "SMS", destination: "+*******0111" },
    });
  });

  it("a user without a verified email or phone cannot recover alone", async () => {
    expect(await failure(forgotPassword(setup().client, { username: "nox" }))).toBe(
      "InvalidParameterException",
    );
  });

  it("an unknown user gets a simulated delivery under PreventUserExistenceErrors, UserNotFound without", async () => {
    const t = setup();
    await expect(forgotPassword(t.client, { username: "ghost@example.com" })).resolves.toMatchObject({
      codeDeliveryDetails: { destination: "g***@e***", deliveryMedium: "EMAIL" },
    });
    await expect(resendConfirmationCode(t.client, { username: "ghost@example.com" })).resolves.toMatchObject({
      codeDeliveryDetails: { deliveryMedium: "EMAIL" },
    });
    expect(t.fake.deliveries.filter((delivery) => delivery.username === "ghost@example.com")).toHaveLength(0);
    const open = setup({ pool: { preventUserExistenceErrors: false } });
    expect(await failure(forgotPassword(open.client, { username: "ghost" }))).toBe("UserNotFoundException");
  });

  it("an unconfirmed user confirms with the sign-up's code or a new one, then signs in", async () => {
    const t = setup();
    expect(await failure(t.signIn("cleo", PASSWORD))).toBe("UserNotConfirmedException");
    const first = t.fake.lastCode("cleo") ?? "";
    await resendConfirmationCode(t.client, { username: "cleo" });
    const second = t.fake.lastCode("cleo") ?? "";
    // A new code replaces the first.
    if (first !== second)
      expect(await failure(confirmSignUp(t.client, { username: "cleo", confirmationCode: first }))).toBe(
        "CodeMismatchException",
      );
    await expect(confirmSignUp(t.client, { username: "cleo", confirmationCode: second })).resolves.toEqual({
      session: undefined,
    });
    await expect(t.signIn("cleo", PASSWORD)).resolves.toMatchObject({
      authenticationResult: expect.any(Object),
    });
    expect(await failure(resendConfirmationCode(t.client, { username: "cleo" }))).toBe(
      "InvalidParameterException",
    );
    expect(await failure(confirmSignUp(t.client, { username: "cleo", confirmationCode: second }))).toBe(
      "NotAuthorizedException",
    );
  });

  it("checks SecretHash where the app client has a secret", async () => {
    const t = setup({ pool: { clientSecret: "s3cret" } });
    expect(await failure(forgotPassword(t.client, { username: "rhea" }))).toBe("NotAuthorizedException");
  });
});
