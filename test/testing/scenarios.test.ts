/** Every named scenario reaches tokens through the real core client, in the fewest round trips. */
import { createCognitoClient } from "../../src/core/client/client";
import { createFakeCognito, type FakeScenario, scenarios } from "../../src/testing/index";
import { driveSignIn } from "../support/driveSignIn";

function setUp(scenario: FakeScenario) {
  const fake = createFakeCognito(scenario.options());
  const client = createCognitoClient({
    clientId: fake.clientId,
    endpoint: "https://fake.cognito.test/",
    fetch: fake,
  });
  return { fake, client };
}

const expectations: Record<
  string,
  { challenges: string[]; calls: number; choices?: Parameters<typeof driveSignIn>[3] }
> = {
  passwordOnly: { challenges: ["SELECT_CHALLENGE"], calls: 2 },
  totpSetup: { challenges: ["MFA_SETUP"], calls: 4 },
  totpMfa: { challenges: ["SOFTWARE_TOKEN_MFA"], calls: 2 },
  smsMfa: { challenges: ["SMS_MFA"], calls: 2 },
  emailMfa: { challenges: ["EMAIL_OTP"], calls: 2 },
  newPassword: { challenges: ["NEW_PASSWORD_REQUIRED"], calls: 2 },
  customChallenge: { challenges: ["CUSTOM_CHALLENGE"], calls: 2 },
  passkey: { challenges: ["WEB_AUTHN"], calls: 2 },
};

describe("every scenario reaches tokens through the core client", () => {
  it.each(Object.entries(expectations))("%s", async (id, expected) => {
    const scenario = scenarios[id as keyof typeof scenarios];
    const { fake, client } = setUp(scenario);
    const { response, challenges } = await driveSignIn(scenario, fake, client, expected.choices);
    expect(response.authenticationResult?.accessToken).toEqual(expect.any(String));
    expect(challenges).toEqual(expected.challenges);
    expect(fake.calls).toHaveLength(expected.calls);
  });

  it.each([
    ["PASSWORD", ["SELECT_CHALLENGE"], 2],
    ["SMS_OTP", ["SELECT_CHALLENGE", "SMS_OTP"], 3],
    ["EMAIL_OTP", ["SELECT_CHALLENGE", "EMAIL_OTP"], 3],
  ] as const)("choice: %s", async (firstFactor, expectedChallenges, calls) => {
    const { fake, client } = setUp(scenarios.choice);
    const { response, challenges } = await driveSignIn(scenarios.choice, fake, client, { firstFactor });
    expect(response.authenticationResult?.idToken).toEqual(expect.any(String));
    expect(challenges).toEqual(expectedChallenges);
    expect(fake.calls).toHaveLength(calls);
  });

  it.each([
    ["SMS_MFA", ["SELECT_MFA_TYPE", "SMS_MFA"]],
    ["SOFTWARE_TOKEN_MFA", ["SELECT_MFA_TYPE", "SOFTWARE_TOKEN_MFA"]],
  ] as const)("selectMfaType: %s", async (mfaType, expectedChallenges) => {
    const { fake, client } = setUp(scenarios.selectMfaType);
    const { response, challenges } = await driveSignIn(scenarios.selectMfaType, fake, client, { mfaType });
    expect(response.authenticationResult).toBeDefined();
    expect(challenges).toEqual(expectedChallenges);
    expect(fake.calls).toHaveLength(3);
  });

  it("mfaSetupChoice: email MFA set up by MFA_SETUP, then EMAIL_OTP", async () => {
    const { fake, client } = setUp(scenarios.mfaSetupChoice);
    const { response, challenges } = await driveSignIn(scenarios.mfaSetupChoice, fake, client, {
      setup: "EMAIL_OTP",
    });
    expect(response.authenticationResult).toBeDefined();
    expect(challenges).toEqual(["MFA_SETUP", "EMAIL_OTP"]);
    expect(fake.user("sky")?.mfa?.email).toBe(true);
  });

  it("totpSetup: the set-up authenticator is asked for at the next sign-in", async () => {
    const { fake, client } = setUp(scenarios.totpSetup);
    await driveSignIn(scenarios.totpSetup, fake, client);
    const again = await driveSignIn(scenarios.totpSetup, fake, client);
    expect(again.challenges).toEqual(["SOFTWARE_TOKEN_MFA"]);
    expect(again.response.authenticationResult).toBeDefined();
  });

  it("newPassword: the new password and attributes are kept, and the temporary one stops working", async () => {
    const { fake, client } = setUp(scenarios.newPassword);
    await driveSignIn(scenarios.newPassword, fake, client);
    expect(fake.user("nina")).toMatchObject({
      status: "CONFIRMED",
      password: "Brand-New-Pass-2",
      attributes: { given_name: "given_name value", family_name: "family_name value" },
    });
    await expect(driveSignIn(scenarios.newPassword, fake, client)).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Incorrect username or password.",
    });
  });

  it("expiredSession: the first answer meets an expired session; starting again signs in", async () => {
    const { fake, client } = setUp(scenarios.expiredSession);
    await expect(driveSignIn(scenarios.expiredSession, fake, client)).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Invalid session for the user, session is expired.",
    });
    const { response } = await driveSignIn(scenarios.expiredSession, fake, client);
    expect(response.authenticationResult).toBeDefined();
  });

  it("tooManyAttempts: two wrong codes may be retried, the third ends the session", async () => {
    const { fake, client } = setUp(scenarios.tooManyAttempts);
    const start = await client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "tom" } });
    const select = await client.respondToAuthChallenge({
      challengeName: "SELECT_CHALLENGE",
      session: start.session ?? "",
      challengeResponses: { USERNAME: "tom", ANSWER: "SMS_OTP" },
    });
    const answer = (code: string) =>
      client.respondToAuthChallenge({
        challengeName: "SMS_OTP",
        session: select.session ?? "",
        challengeResponses: { USERNAME: "tom", SMS_OTP_CODE: code },
      });
    const wrong = fake.lastCode("tom") === "000000" ? "111111" : "000000";
    await expect(answer(wrong)).rejects.toMatchObject({ name: "CodeMismatchException" });
    await expect(answer(wrong)).rejects.toMatchObject({ name: "CodeMismatchException" });
    await expect(answer(wrong)).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Invalid session for the user.",
    });
    await expect(answer(fake.lastCode("tom") ?? "")).rejects.toMatchObject({
      name: "NotAuthorizedException",
    });
  });
});
