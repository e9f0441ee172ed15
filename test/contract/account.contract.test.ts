/**
 * The account operations against a real cognito-local process and against our fake: a forgotten
 * password reset with its code, and an unconfirmed account confirmed with its code, must give our client
 * the same typed outcome from both. cognito-local lacks ResendConfirmationCode (it answers it as
 * unsupported), so that runs against the fake only (test/testing/account.test.ts); it also answers
 * ForgotPassword with the destination unmasked, so destinations are not compared here. Nor is SignUp's
 * Session, which cognito-local does not give (the fake's, and the sign-in it opens, are in
 * test/testing/signUp.test.ts).
 */
import {
  confirmForgotPassword,
  confirmSignUp,
  forgotPassword,
  signUp,
} from "../../src/core/account/operations";
import { BACKENDS, type Backend, createBackend, outcome } from "./backends";

const PASSWORD = "Correct-Horse-1";
const NEW_PASSWORD = "Brand-New-Pass-2";

const signIn = (backend: Backend, username: string, password: string) =>
  backend.client.initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: username, PASSWORD: password },
  });

const otherThan = (code: string) => (code === "111111" ? "222222" : "111111");

describe.each(BACKENDS)("the account operations against %s", (name) => {
  let backend: Backend;
  beforeAll(() => {
    backend = createBackend(name);
  });

  it("ForgotPassword, then ConfirmForgotPassword with the code and a new password, which then signs in", async () => {
    const sent = await forgotPassword(backend.client, { username: "rhea" });
    expect(sent.codeDeliveryDetails).toMatchObject({ deliveryMedium: "EMAIL", attributeName: "email" });
    const code = backend.smsCode("rhea");
    expect(
      await outcome(
        confirmForgotPassword(backend.client, {
          username: "rhea",
          confirmationCode: otherThan(code),
          password: NEW_PASSWORD,
        }),
      ),
    ).toEqual({ error: "CodeMismatchException" });
    expect(
      await outcome(
        confirmForgotPassword(backend.client, {
          username: "rhea",
          confirmationCode: code,
          password: NEW_PASSWORD,
        }),
      ),
    ).toEqual({ ok: true });
    const tokens = (await signIn(backend, "rhea", NEW_PASSWORD)).authenticationResult;
    expect(tokens?.accessToken).toEqual(expect.any(String));
  });

  it("SignUp, then ConfirmSignUp with its code, then a password sign-in; the same username again exists", async () => {
    const made = await signUp(backend.client, {
      username: "sage",
      password: PASSWORD,
      userAttributes: { email: "sage@example.com" },
    });
    expect(made).toMatchObject({
      userConfirmed: false,
      userSub: expect.any(String),
      codeDeliveryDetails: { deliveryMedium: "EMAIL", attributeName: "email" },
    });
    expect(await outcome(signIn(backend, "sage", PASSWORD))).toEqual({ error: "UserNotConfirmedException" });
    expect(
      await outcome(
        signUp(backend.client, {
          username: "sage",
          password: PASSWORD,
          userAttributes: { email: "s@example.com" },
        }),
      ),
    ).toEqual({ error: "UsernameExistsException" });
    const code = backend.smsCode("sage");
    expect(
      await outcome(confirmSignUp(backend.client, { username: "sage", confirmationCode: otherThan(code) })),
    ).toEqual({ error: "CodeMismatchException" });
    expect(
      await outcome(confirmSignUp(backend.client, { username: "sage", confirmationCode: code })),
    ).toEqual({ ok: true });
    const tokens = (await signIn(backend, "sage", PASSWORD)).authenticationResult;
    expect(tokens?.accessToken).toEqual(expect.any(String));
  });

  it("an unconfirmed account: sign-in refused as unconfirmed, ConfirmSignUp with its code, then signed in", async () => {
    expect(await outcome(signIn(backend, "cleo", PASSWORD))).toEqual({ error: "UserNotConfirmedException" });
    const code = backend.smsCode("cleo");
    expect(
      await outcome(confirmSignUp(backend.client, { username: "cleo", confirmationCode: otherThan(code) })),
    ).toEqual({ error: "CodeMismatchException" });
    await expect(
      confirmSignUp(backend.client, { username: "cleo", confirmationCode: code }),
    ).resolves.toEqual({
      session: undefined,
    });
    const tokens = (await signIn(backend, "cleo", PASSWORD)).authenticationResult;
    expect(tokens?.accessToken).toEqual(expect.any(String));
  });
});
