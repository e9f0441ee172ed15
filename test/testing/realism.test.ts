/**
 * The fake's `realism`: on the wire it answers with the variety the real service and its proxies show,
 * and the client still reads every answer. The raw bodies are checked here; the flows that must survive
 * them run under realism in the hook, component and contract tests.
 */
import { answerChallenge } from "../../src/core/answers";
import { type ChallengeOf, parseChallenge } from "../../src/core/challenges";
import { createCognitoClient } from "../../src/core/client/client";
import { CognitoError } from "../../src/core/client/errors";
import { createSrpEphemeral, passwordClaim, userPoolName } from "../../src/core/srp/srp";
import { createFakeCognito, type FakeCognitoOptions, scenarios } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";

/** The fake under realism behind a real client, keeping every raw answer. */
function setUp(options: FakeCognitoOptions) {
  const fake = createFakeCognito({ ...options, realism: true });
  const answers: { status: number; headers: Headers; body: Record<string, unknown> }[] = [];
  const client = createCognitoClient({
    clientId: fake.clientId,
    userPoolId: fake.userPoolId,
    endpoint: "http://fake.test/",
    fetch: async (url, init) => {
      const response = await fake(url, init);
      const text = await response.clone().text();
      answers.push({
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : {},
      });
      return response;
    },
  });
  return { fake, client, answers, last: () => answers.at(-1) };
}

describe("the fake under realism", () => {
  it("writes absent members as null, and sessions over a thousand characters", async () => {
    const { client, last } = setUp(scenarios.choice.options());
    const first = await client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "zoe" } });
    expect(last()?.body).toMatchObject({ ChallengeName: "SELECT_CHALLENGE", AuthenticationResult: null });
    expect(first.session?.length).toBeGreaterThan(1000);
    const select = parseChallenge(first, "zoe") as ChallengeOf<"SELECT_CHALLENGE">;
    const done = await client.respondToAuthChallenge(
      answerChallenge(select, { answer: "PASSWORD", password: PASSWORD }),
    );
    expect(last()?.body).toMatchObject({
      ChallengeName: null,
      Session: null,
      AvailableChallenges: null,
      AuthenticationResult: expect.objectContaining({ NewDeviceMetadata: null }),
    });
    expect(done.authenticationResult?.accessToken).toBeDefined();
  });

  it("leaves USER_ID_FOR_SRP out after SRP (USERNAME only) and after SELECT_MFA_TYPE", async () => {
    const { fake, client } = setUp(scenarios.smsOrEmailMfa.options());
    const ephemeral = createSrpEphemeral();
    const verifier = parseChallenge(
      await client.initiateAuth({
        authFlow: "USER_SRP_AUTH",
        authParameters: { USERNAME: "mia@example.com", SRP_A: ephemeral.srpA },
      }),
      "mia@example.com",
    ) as ChallengeOf<"PASSWORD_VERIFIER">;
    expect(verifier.parameters.USER_ID_FOR_SRP).toBe("mia");
    const claim = await passwordClaim({
      poolName: userPoolName(fake.userPoolId),
      userId: "mia",
      password: PASSWORD,
      ephemeral,
      challenge: verifier,
      now: new Date(),
    });
    const choice = await client.respondToAuthChallenge(answerChallenge(verifier, claim));
    expect(choice.challengeName).toBe("SELECT_MFA_TYPE");
    expect(choice.challengeParameters).toMatchObject({ USERNAME: "mia" });
    expect(choice.challengeParameters?.USER_ID_FOR_SRP).toBeUndefined();
    // Email MFA is offered under AWS's documented name, and answered by it.
    expect(JSON.parse(choice.challengeParameters?.MFAS_CAN_CHOOSE ?? "[]")).toEqual(["SMS_MFA", "EMAIL_MFA"]);
    const select = parseChallenge(choice, "mia@example.com", "mia") as ChallengeOf<"SELECT_MFA_TYPE">;
    const email = await client.respondToAuthChallenge(answerChallenge(select, { mfaType: "EMAIL_OTP" }));
    expect(email.challengeName).toBe("EMAIL_OTP");
    expect(email.challengeParameters?.USER_ID_FOR_SRP).toBeUndefined();
    expect(email.challengeParameters?.USERNAME).toBeUndefined();
  });

  it("sends errors in turn with message, with Message and in headers only; every one with x-amzn headers", async () => {
    const { client, answers } = setUp(scenarios.passwordOnly.options());
    const wrong = () =>
      client
        .initiateAuth({
          authFlow: "USER_PASSWORD_AUTH",
          authParameters: { USERNAME: "alice", PASSWORD: "nope" },
        })
        .catch((error: unknown) => error);
    const errors = [await wrong(), await wrong(), await wrong()];
    expect(answers.map((answer) => Object.keys(answer.body))).toEqual([
      ["__type", "message"],
      ["__type", "Message"],
      [],
    ]);
    for (const answer of answers) {
      expect(answer.headers.get("x-amzn-errortype")).toMatch(
        /^NotAuthorizedException:http:\/\/internal\.amazon\.com\//,
      );
      expect(answer.headers.get("x-amzn-errormessage")).toBe("Incorrect username or password.");
    }
    for (const error of errors) {
      expect(error).toBeInstanceOf(CognitoError);
      expect(error).toMatchObject({
        name: "NotAuthorizedException",
        message: "Incorrect username or password.",
      });
    }
  });

  it("answers InternalErrorException with HTTP 500", async () => {
    const { fake, client } = setUp(scenarios.passwordOnly.options());
    fake.failNext("InitiateAuth", { error: "InternalErrorException", message: "Internal server error." });
    await expect(
      client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "alice" } }),
    ).rejects.toMatchObject({ name: "InternalErrorException", status: 500 });
  });

  it("sends WEB_AUTHN options with hints, attestation and required user verification", async () => {
    const { client } = setUp(scenarios.passkey.options());
    const response = await client.initiateAuth({
      authFlow: "USER_AUTH",
      authParameters: { USERNAME: "pia", PREFERRED_CHALLENGE: "WEB_AUTHN" },
    });
    const challenge = parseChallenge(response, "pia") as ChallengeOf<"WEB_AUTHN">;
    expect(challenge.credentialRequestOptions).toMatchObject({
      userVerification: "required",
      hints: ["client-device", "hybrid"],
      attestation: "none",
    });
  });

  it("lists unset required attributes as empty strings beside email_verified on NEW_PASSWORD_REQUIRED", async () => {
    const { client } = setUp(scenarios.newPassword.options());
    const { username, password } = scenarios.newPassword;
    const response = await client.initiateAuth({
      authFlow: scenarios.newPassword.authFlow,
      authParameters: { USERNAME: username, PASSWORD: password ?? "" },
    });
    const challenge = parseChallenge(response, username) as ChallengeOf<"NEW_PASSWORD_REQUIRED">;
    expect(challenge.requiredAttributes.length).toBeGreaterThan(0);
    for (const name of challenge.requiredAttributes) expect(challenge.userAttributes[name]).toBe("");
    expect(challenge.userAttributes.email_verified).toBe("true");
  });
});

describe("the fake's Cognito semantics", () => {
  it("CUSTOM_AUTH with CHALLENGE_NAME=SRP_A proves the password first, then runs the script", async () => {
    const options = scenarios.customChallenge.options();
    const user = { ...options.users[0], password: PASSWORD } as FakeCognitoOptions["users"][number];
    const fake = createFakeCognito({ ...options, users: [user] });
    const client = createCognitoClient({
      clientId: fake.clientId,
      endpoint: "http://fake.test/",
      fetch: fake,
    });
    const ephemeral = createSrpEphemeral();
    const verifier = parseChallenge(
      await client.initiateAuth({
        authFlow: "CUSTOM_AUTH",
        authParameters: { USERNAME: user.username, SRP_A: ephemeral.srpA, CHALLENGE_NAME: "SRP_A" },
      }),
      user.username,
    ) as ChallengeOf<"PASSWORD_VERIFIER">;
    expect(verifier.name).toBe("PASSWORD_VERIFIER");
    const claim = await passwordClaim({
      poolName: userPoolName(fake.userPoolId),
      userId: user.username,
      password: PASSWORD,
      ephemeral,
      challenge: verifier,
      now: new Date(),
    });
    const next = await client.respondToAuthChallenge(answerChallenge(verifier, claim));
    expect(next.challengeName).toBe("CUSTOM_CHALLENGE");
    expect(next.challengeParameters).toMatchObject(user.customChallenge?.[0]?.parameters ?? {});
  });
});
