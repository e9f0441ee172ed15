// @vitest-environment node
/**
 * The fake's SignUp through our client, as Cognito answers it: the pool's username model, required
 * attributes and password policy, a confirmation code to the auto-verified address, a pre sign-up
 * Lambda's answers, and the Sessions that let a new account sign in without typing its password again
 * (SignUp's to ConfirmSignUp, ConfirmSignUp's to InitiateAuth USER_AUTH, once, while live).
 */
import { confirmSignUp, forgotPassword, signUp } from "../../src/core/account/operations";
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito, type FakePool } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";

function setup(pool: FakePool = {}) {
  let now = Date.parse("2026-12-07T10:00:00Z");
  const fake = createFakeCognito({
    users: [{ username: "rhea", email: "rhea@example.com", password: PASSWORD }],
    pool: { mfa: "OPTIONAL", ...pool },
    clock: () => now,
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  return { fake, client, advance: (ms: number) => (now += ms) };
}

const failure = (call: Promise<unknown>) =>
  call.then(
    () => "resolved",
    (error: { name: string; message: string }) => `${error.name}: ${error.message}`,
  );

describe("the fake's SignUp", () => {
  it("a password sign-up: a code to the email, confirmed with SignUp's Session, then signed in with ConfirmSignUp's, once", async () => {
    const t = setup();
    const made = await signUp(t.client, {
      username: "dora",
      password: PASSWORD,
      userAttributes: { email: "dora@example.com", given_name: "Dora" },
    });
    expect(made).toEqual({
      userConfirmed: false,
      userSub: expect.stringMatching(/^[0-9a-f-]{36}$/),
      codeDeliveryDetails: { destination: "d***@e***", deliveryMedium: "EMAIL", attributeName: "email" },
      session: expect.any(String),
    });
    // Not confirmed yet: the password alone does not sign in.
    expect(
      await failure(
        t.client.initiateAuth({
          authFlow: "USER_PASSWORD_AUTH",
          authParameters: { USERNAME: "dora", PASSWORD },
        }),
      ),
    ).toBe("UserNotConfirmedException: User is not confirmed.");
    const code = t.fake.lastCode("dora") ?? "";
    const confirmed = await confirmSignUp(t.client, {
      username: "dora",
      confirmationCode: code,
      session: made.session as string,
    });
    expect(confirmed.session).toEqual(expect.any(String));
    const first = {
      authFlow: "USER_AUTH",
      authParameters: { USERNAME: "dora" },
      session: confirmed.session,
    } as const;
    const signedIn = await t.client.initiateAuth(first);
    expect(signedIn.authenticationResult?.accessToken).toEqual(expect.any(String));
    expect(await failure(t.client.initiateAuth(first))).toBe(
      "NotAuthorizedException: Invalid session for the user.",
    );
    // The code proved the email: a reset can go there now.
    await expect(forgotPassword(t.client, { username: "dora" })).resolves.toMatchObject({
      codeDeliveryDetails: { deliveryMedium: "EMAIL" },
    });
  });

  it("ConfirmSignUp's Session lasts minutes; without SignUp's Session there is none", async () => {
    const t = setup({ sessionMinutes: 3 });
    const made = await signUp(t.client, {
      username: "eli",
      password: PASSWORD,
      userAttributes: { email: "e@x.io" },
    });
    const confirmed = await confirmSignUp(t.client, {
      username: "eli",
      confirmationCode: t.fake.lastCode("eli") ?? "",
      session: made.session as string,
    });
    t.advance(3 * 60_000 + 1);
    expect(
      await failure(
        t.client.initiateAuth({
          authFlow: "USER_AUTH",
          authParameters: { USERNAME: "eli" },
          session: confirmed.session,
        }),
      ),
    ).toBe("NotAuthorizedException: Invalid session for the user, session is expired.");

    await signUp(t.client, { username: "fay", password: PASSWORD, userAttributes: { email: "f@x.io" } });
    await expect(
      confirmSignUp(t.client, { username: "fay", confirmationCode: t.fake.lastCode("fay") ?? "" }),
    ).resolves.toEqual({ session: undefined });
  });

  it("passwordless, by email code: the sign-in that follows asks no password; a pool requiring MFA then sets it up", async () => {
    const t = setup({ firstFactors: ["EMAIL_OTP"], mfa: "ON" });
    const made = await signUp(t.client, { username: "gus", userAttributes: { email: "gus@example.com" } });
    const confirmed = await confirmSignUp(t.client, {
      username: "gus",
      confirmationCode: t.fake.lastCode("gus") ?? "",
      session: made.session as string,
    });
    const next = await t.client.initiateAuth({
      authFlow: "USER_AUTH",
      authParameters: { USERNAME: "gus" },
      session: confirmed.session,
    });
    expect(next.challengeName).toBe("MFA_SETUP");
  });

  it("refuses what the pool refuses, each with Cognito's exception", async () => {
    const t = setup({
      requiredAttributes: ["given_name"],
      passwordMinLength: 10,
      firstFactors: ["PASSWORD"],
    });
    const attempt = (input: Parameters<typeof signUp>[1]) => failure(signUp(t.client, input));
    const email = { email: "new@example.com", given_name: "New" };
    expect(await attempt({ username: "rhea", password: PASSWORD, userAttributes: email })).toBe(
      "UsernameExistsException: User already exists",
    );
    expect(await attempt({ username: "hal", password: "short", userAttributes: email })).toBe(
      "InvalidPasswordException: Password did not conform with policy: Password not long enough",
    );
    expect(
      await attempt({ username: "hal", password: PASSWORD, userAttributes: { email: "new@example.com" } }),
    ).toBe(
      "InvalidParameterException: Attributes did not conform to the schema: given_name: The attribute given_name is required",
    );
    expect(
      await attempt({
        username: "hal",
        password: PASSWORD,
        userAttributes: { ...email, phone_number: "020 7946 0958" },
      }),
    ).toBe("InvalidParameterException: Invalid phone number format.");
    // A pool that needs a password: none is refused.
    expect(await attempt({ username: "hal", userAttributes: email })).toBe(
      "InvalidParameterException: Password is required for this user pool.",
    );
    expect(t.fake.user("hal")).toBeUndefined();
  });

  it("email as the username: only an email goes, it is the email, and it is taken once", async () => {
    const t = setup({ usernameAttributes: ["email"] });
    expect(await failure(signUp(t.client, { username: "ivy", password: PASSWORD }))).toBe(
      "InvalidParameterException: Username should be an email.",
    );
    await signUp(t.client, { username: "ivy@example.com", password: PASSWORD });
    expect(t.fake.user("ivy@example.com")).toMatchObject({ email: "ivy@example.com", status: "UNCONFIRMED" });
    expect(t.fake.lastCode("ivy@example.com")).toMatch(/^\d{6}$/);
    expect(await failure(signUp(t.client, { username: "ivy@example.com", password: PASSWORD }))).toBe(
      "UsernameExistsException: User already exists",
    );
  });

  it("a pre sign-up Lambda sees the ValidationData, and confirms or refuses with its own message", async () => {
    const seen: unknown[] = [];
    const t = setup({
      preSignUp: (event) => {
        seen.push(event.validationData);
        if (event.validationData.consent !== "yes") return { refuse: "Please accept the terms" };
        return { autoConfirmUser: true, autoVerifyEmail: true };
      },
    });
    expect(
      await failure(
        signUp(t.client, { username: "jo", password: PASSWORD, userAttributes: { email: "jo@example.com" } }),
      ),
    ).toBe("UserLambdaValidationException: PreSignUp failed with error Please accept the terms.");
    const made = await signUp(t.client, {
      username: "jo",
      password: PASSWORD,
      userAttributes: { email: "jo@example.com" },
      validationData: { consent: "yes" },
    });
    expect(made).toMatchObject({ userConfirmed: true, codeDeliveryDetails: undefined, session: undefined });
    expect(t.fake.lastCode("jo")).toBeUndefined();
    expect(seen).toEqual([{}, { consent: "yes" }]);
  });
});
