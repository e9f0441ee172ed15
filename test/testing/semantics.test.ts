/**
 * The fake behaves like Cognito where it matters to a client: sessions (expiry on the injected clock,
 * single use, bound to user and step), TOTP drift, attempt limits, user-existence errors, SECRET_HASH,
 * injected faults, latency and aborts.
 */
import { answerChallenge } from "../../src/core/answers";
import { type ChallengeOf, parseChallenge } from "../../src/core/challenges";
import { createCognitoClient } from "../../src/core/client/client";
import {
  AbortError,
  CognitoError,
  MalformedResponseError,
  NetworkError,
  UnknownCognitoError,
} from "../../src/core/client/errors";
import { setUserMfaPreferenceCommand } from "../../src/core/commands/setUserMfaPreference";
import {
  createFakeCognito,
  type FakeCognitoOptions,
  generateTotp,
  secretHashFor,
} from "../../src/testing/index";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const PASSWORD = "Correct-Horse-1";
const MINUTE = 60_000;

function setUp(
  options: FakeCognitoOptions,
  clientOptions: { secretHash?: (u: string) => Promise<string> } = {},
) {
  let now = Date.UTC(2026, 10, 22, 12, 0, 0);
  const fake = createFakeCognito({ ...options, clock: () => now });
  const client = createCognitoClient({
    clientId: fake.clientId,
    endpoint: "http://fake.test/",
    fetch: fake,
    ...clientOptions,
  });
  return {
    fake,
    client,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

const smsUser = { username: "sid", phone: "+15555550100", password: PASSWORD, mfa: { sms: true } };

async function smsChallenge(client: ReturnType<typeof setUp>["client"]) {
  const response = await client.initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: "sid", PASSWORD },
  });
  return parseChallenge(response) as ChallengeOf<"SMS_MFA">;
}

describe("sessions", () => {
  it("expire after the pool's validity, by the injected clock", async () => {
    const { fake, client, advance } = setUp({ users: [smsUser], pool: { sessionMinutes: 3 } });
    const challenge = await smsChallenge(client);
    advance(3 * MINUTE + 1);
    await expect(
      client.respondToAuthChallenge(answerChallenge(challenge, { code: fake.lastCode("sid") ?? "" })),
    ).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Invalid session for the user, session is expired.",
    });
  });

  it("are still valid just before expiry", async () => {
    const { fake, client, advance } = setUp({ users: [smsUser], pool: { sessionMinutes: 3 } });
    const challenge = await smsChallenge(client);
    advance(3 * MINUTE - 1);
    const result = await client.respondToAuthChallenge(
      answerChallenge(challenge, { code: fake.lastCode("sid") ?? "" }),
    );
    expect(result.authenticationResult).toBeDefined();
  });

  it("are single-use: a right answer ends the session", async () => {
    const { fake, client } = setUp({ users: [smsUser] });
    const challenge = await smsChallenge(client);
    const answer = answerChallenge(challenge, { code: fake.lastCode("sid") ?? "" });
    await client.respondToAuthChallenge(answer);
    await expect(client.respondToAuthChallenge(answer)).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Invalid session for the user.",
    });
  });

  it("are bound to their user", async () => {
    const { fake, client } = setUp({
      users: [smsUser, { ...smsUser, username: "eve", phone: "+15555550666" }],
    });
    const challenge = await smsChallenge(client);
    const answer = answerChallenge(challenge, { code: fake.lastCode("sid") ?? "" });
    await expect(
      client.respondToAuthChallenge({
        ...answer,
        challengeResponses: { ...answer.challengeResponses, USERNAME: "eve" },
      }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException" });
  });

  it("are bound to the step they were issued for", async () => {
    const { fake, client } = setUp({ users: [smsUser] });
    const challenge = await smsChallenge(client);
    await expect(
      client.respondToAuthChallenge({
        challengeName: "SOFTWARE_TOKEN_MFA",
        session: challenge.session ?? "",
        challengeResponses: { USERNAME: "sid", SOFTWARE_TOKEN_MFA_CODE: fake.lastCode("sid") ?? "" },
      }),
    ).rejects.toMatchObject({ name: "InvalidParameterException" });
  });

  it("an unknown session is refused", async () => {
    const { client } = setUp({ users: [smsUser] });
    await expect(
      client.respondToAuthChallenge({
        challengeName: "SMS_MFA",
        session: "made-up",
        challengeResponses: { USERNAME: "sid", SMS_MFA_CODE: "1" },
      }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException", message: "Invalid session for the user." });
  });

  it("expireSessions() expires live sessions, for stories that show the expired state", async () => {
    const { fake, client } = setUp({ users: [smsUser] });
    const challenge = await smsChallenge(client);
    fake.expireSessions();
    await expect(
      client.respondToAuthChallenge(answerChallenge(challenge, { code: fake.lastCode("sid") ?? "" })),
    ).rejects.toMatchObject({
      message: "Invalid session for the user, session is expired.",
    });
  });
});

describe("TOTP MFA with clock drift", () => {
  const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  const users = [{ username: "tara", password: PASSWORD, mfa: { totpSecret: secret } }];

  it.each([
    [-30_000, true],
    [0, true],
    [30_000, true],
    [-90_000, false],
    [90_000, false],
  ])("a code from %i ms away is accepted: %s", async (offset, accepted) => {
    const { client, now } = setUp({ users });
    const response = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "tara", PASSWORD },
    });
    const challenge = parseChallenge(response) as ChallengeOf<"SOFTWARE_TOKEN_MFA">;
    const code = await generateTotp(secret, now() + offset);
    const outcome = client.respondToAuthChallenge(answerChallenge(challenge, { code }));
    if (accepted) expect((await outcome).authenticationResult).toBeDefined();
    else await expect(outcome).rejects.toMatchObject({ name: "CodeMismatchException" });
  });

  it("MFA_SETUP by session: verify accepts one step of drift and refuses three", async () => {
    const { fake, client, now } = setUp({
      users: [{ username: "sam", password: PASSWORD }],
      pool: { mfa: "ON" },
    });
    const response = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "sam", PASSWORD },
    });
    const setup = parseChallenge(response) as ChallengeOf<"MFA_SETUP">;
    expect(setup.mfasCanSetup).toEqual(["SOFTWARE_TOKEN_MFA"]);
    const associated = await client.associateSoftwareToken({ session: setup.session ?? "" });
    expect(fake.totpSecret("sam")).toBe(associated.secretCode);
    const far = await generateTotp(associated.secretCode, now() - 90_000);
    await expect(
      client.verifySoftwareToken({ session: associated.session ?? "", userCode: far }),
    ).rejects.toMatchObject({
      name: "EnableSoftwareTokenMFAException",
    });
    const near = await generateTotp(associated.secretCode, now() + 30_000);
    const verified = await client.verifySoftwareToken({ session: associated.session ?? "", userCode: near });
    expect(verified.status).toBe("SUCCESS");
    const done = await client.respondToAuthChallenge(
      answerChallenge(setup, { verifiedSession: verified.session ?? "" }),
    );
    expect(done.authenticationResult).toBeDefined();
  });

  it("MFA_SETUP cannot be answered before a code verified the secret", async () => {
    const { client } = setUp({ users: [{ username: "sam", password: PASSWORD }], pool: { mfa: "ON" } });
    const response = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "sam", PASSWORD },
    });
    const setup = parseChallenge(response) as ChallengeOf<"MFA_SETUP">;
    await expect(
      client.respondToAuthChallenge(answerChallenge(setup, { verifiedSession: setup.session ?? "" })),
    ).rejects.toMatchObject({
      name: "InvalidParameterException",
    });
  });
});

describe("signed-in TOTP enrollment by access token", () => {
  it("associates and verifies; the next sign-in asks for the authenticator once it is turned on", async () => {
    const { fake, client, now } = setUp({ users: [{ username: "ada", password: PASSWORD }] });
    const signIn = () =>
      client.initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "ada", PASSWORD } });
    const accessToken = (await signIn()).authenticationResult?.accessToken ?? "";
    const { secretCode, session } = await client.associateSoftwareToken({ accessToken });
    expect(session).toBeUndefined();
    const result = await client.verifySoftwareToken({
      accessToken,
      userCode: await generateTotp(secretCode, now()),
      friendlyDeviceName: "Ada's phone",
    });
    expect(result).toEqual({ status: "SUCCESS" });
    // Verified is not on (Cognito's rule): no second step until SetUserMFAPreference turns it on.
    expect((await signIn()).authenticationResult).toBeDefined();
    await client.send(setUserMfaPreferenceCommand, { accessToken, softwareToken: { enabled: true } });
    const next = await signIn();
    expect(next.challengeName).toBe("SOFTWARE_TOKEN_MFA");
    expect(next.challengeParameters?.FRIENDLY_DEVICE_NAME).toBe("Ada's phone");
    expect(fake.user("ada")?.mfa?.totpSecret).toBe(secretCode);
  });

  it("refuses an expired or unknown access token", async () => {
    const { client, advance } = setUp({ users: [{ username: "ada", password: PASSWORD }] });
    const accessToken =
      (
        await client.initiateAuth({
          authFlow: "USER_PASSWORD_AUTH",
          authParameters: { USERNAME: "ada", PASSWORD },
        })
      ).authenticationResult?.accessToken ?? "";
    await expect(client.associateSoftwareToken({ accessToken: "nope" })).rejects.toMatchObject({
      message: "Invalid Access Token",
    });
    advance(60 * MINUTE);
    await expect(client.associateSoftwareToken({ accessToken })).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Access Token has expired",
    });
  });
});

describe("passwords and users", () => {
  const users = [{ username: "alice", email: "alice@example.com", password: PASSWORD }];

  it("a wrong password is NotAuthorizedException 'Incorrect username or password.'", async () => {
    const { client } = setUp({ users });
    await expect(
      client.initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "alice", PASSWORD: "wrong" },
      }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException", message: "Incorrect username or password." });
  });

  it("an alias signs in, and challenges name the canonical user in USER_ID_FOR_SRP", async () => {
    const { client } = setUp({ users });
    const response = await client.initiateAuth({
      authFlow: "USER_AUTH",
      authParameters: { USERNAME: "alice@example.com" },
    });
    expect(response.challengeParameters?.USER_ID_FOR_SRP).toBe("alice");
    const select = parseChallenge(response, "alice@example.com") as ChallengeOf<"SELECT_CHALLENGE">;
    const done = await client.respondToAuthChallenge(
      answerChallenge(select, { answer: "PASSWORD", password: PASSWORD }),
    );
    expect(done.authenticationResult).toBeDefined();
  });

  it("with user-existence errors prevented, an unknown user looks like a wrong password", async () => {
    const { client } = setUp({ users });
    await expect(
      client.initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "ghost", PASSWORD },
      }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException", message: "Incorrect username or password." });
    const decoy = await client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "ghost" } });
    // The pool's first factors, as a known user's choice shows them: nothing tells the two apart.
    const known = await client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "alice" } });
    expect(decoy.availableChallenges).toEqual(known.availableChallenges);
    expect(decoy.availableChallenges).toContain("PASSWORD");
    const select = parseChallenge(decoy, "ghost") as ChallengeOf<"SELECT_CHALLENGE">;
    await expect(
      client.respondToAuthChallenge(answerChallenge(select, { answer: "PASSWORD", password: PASSWORD })),
    ).rejects.toMatchObject({
      name: "NotAuthorizedException",
      message: "Incorrect username or password.",
    });
  });

  it("without that setting, an unknown user is UserNotFoundException", async () => {
    const { client } = setUp({ users, pool: { preventUserExistenceErrors: false } });
    await expect(
      client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "ghost" } }),
    ).rejects.toMatchObject({
      name: "UserNotFoundException",
    });
  });

  it.each([
    ["RESET_REQUIRED", "PasswordResetRequiredException"],
    ["UNCONFIRMED", "UserNotConfirmedException"],
  ] as const)("a %s user gets %s", async (status, name) => {
    const { client } = setUp({ users: [{ ...users[0], status } as (typeof users)[0]] });
    await expect(
      client.initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "alice", PASSWORD },
      }),
    ).rejects.toMatchObject({ name });
  });

  it("PREFERRED_CHALLENGE=PASSWORD with the password signs in in one call", async () => {
    const { fake, client } = setUp({ users, pool: { mfa: "OFF" } });
    const response = await client.initiateAuth({
      authFlow: "USER_AUTH",
      authParameters: { USERNAME: "alice", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD },
    });
    expect(response.authenticationResult).toBeDefined();
    expect(fake.calls).toEqual([{ operation: "InitiateAuth", authFlow: "USER_AUTH" }]);
  });

  it("a new password that breaks the policy is InvalidPasswordException, and the session may try again", async () => {
    const { client } = setUp({
      users: [{ username: "nina", password: "Temp-Pass-1", status: "FORCE_CHANGE_PASSWORD" }],
      pool: { mfa: "OFF" },
    });
    const response = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "nina", PASSWORD: "Temp-Pass-1" },
    });
    const challenge = parseChallenge(response) as ChallengeOf<"NEW_PASSWORD_REQUIRED">;
    await expect(
      client.respondToAuthChallenge(answerChallenge(challenge, { newPassword: "short" })),
    ).rejects.toMatchObject({
      name: "InvalidPasswordException",
    });
  });

  it("refresh tokens give new tokens", async () => {
    const { client } = setUp({ users });
    const first = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "alice", PASSWORD },
    });
    const refreshed = await client.initiateAuth({
      authFlow: "REFRESH_TOKEN_AUTH",
      authParameters: { REFRESH_TOKEN: first.authenticationResult?.refreshToken ?? "" },
    });
    expect(refreshed.authenticationResult?.accessToken).toEqual(expect.any(String));
    expect(refreshed.authenticationResult?.refreshToken).toBeUndefined();
    await expect(
      client.initiateAuth({ authFlow: "REFRESH_TOKEN_AUTH", authParameters: { REFRESH_TOKEN: "bogus" } }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException" });
  });

  it("delivery destinations are masked as Cognito masks them", async () => {
    const { client } = setUp({
      users: [{ username: "zoe", email: "zoe@example.com", phone: "+15555550100" }],
    });
    const sms = await client.initiateAuth({
      authFlow: "USER_AUTH",
      authParameters: { USERNAME: "zoe", PREFERRED_CHALLENGE: "SMS_OTP" },
    });
    const email = await client.initiateAuth({
      authFlow: "USER_AUTH",
      authParameters: { USERNAME: "zoe", PREFERRED_CHALLENGE: "EMAIL_OTP" },
    });
    expect(sms.challengeParameters).toMatchObject({
      CODE_DELIVERY_DELIVERY_MEDIUM: "SMS",
      CODE_DELIVERY_DESTINATION: "+*******0100",
    });
    expect(email.challengeParameters).toMatchObject({
      CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL",
      CODE_DELIVERY_DESTINATION: "z***@e***",
    });
  });

  it.each(["", "not-hex", "0", "0".repeat(10)])("USER_SRP_AUTH refuses SRP_A %j", async (srpA) => {
    const { client } = setUp({ users });
    await expect(
      client.initiateAuth({ authFlow: "USER_SRP_AUTH", authParameters: { USERNAME: "alice", SRP_A: srpA } }),
    ).rejects.toMatchObject({ name: "InvalidParameterException" });
  });
});

describe("app clients with a secret", () => {
  const options = {
    users: [{ username: "alice", password: PASSWORD }],
    pool: { clientSecret: "s3cr3t", mfa: "OFF" as const },
  };

  it("require a correct SECRET_HASH", async () => {
    const { fake, client } = setUp(options);
    await expect(
      client.initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "alice", PASSWORD },
      }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException" });
    const withHash = setUp(options, {
      secretHash: (username) => secretHashFor("s3cr3t", username, fake.clientId),
    });
    const done = await withHash.client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "alice", PASSWORD },
    });
    expect(done.authenticationResult).toBeDefined();
  });
});

describe("injected faults reach their typed errors", () => {
  const users = [{ username: "alice", password: PASSWORD }];
  const signIn = (client: ReturnType<typeof setUp>["client"]) =>
    client.initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "alice", PASSWORD } });

  it.each([
    "TooManyRequestsException",
    "InternalErrorException",
    "UserLambdaValidationException",
    "ForbiddenException",
  ])("%s", async (name) => {
    const { fake, client } = setUp({ users });
    fake.failNext("InitiateAuth", { error: name, message: "injected" });
    const error = await signIn(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({ name, message: "injected" });
    // Only the next call: the one after succeeds.
    expect((await signIn(client)).authenticationResult).toBeDefined();
  });

  it("an undocumented exception is kept as UnknownCognitoError", async () => {
    const { fake, client } = setUp({ users });
    fake.failNext("InitiateAuth", { error: "LimitExceededException" });
    await expect(signIn(client)).rejects.toBeInstanceOf(UnknownCognitoError);
  });

  it("a proxy's HTML page is a MalformedResponseError", async () => {
    const { fake, client } = setUp({ users });
    fake.failNext("InitiateAuth", {
      response: { status: 502, body: "<html>Bad gateway</html>", headers: { "content-type": "text/html" } },
    });
    await expect(signIn(client)).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it("a network failure is a NetworkError", async () => {
    const { fake, client } = setUp({ users });
    fake.failNext("InitiateAuth", { networkFailure: true });
    await expect(signIn(client)).rejects.toBeInstanceOf(NetworkError);
  });

  it("each operation's faults are its own", async () => {
    const { fake, client } = setUp({ users });
    fake.failNext("VerifySoftwareToken", { error: "CodeMismatchException" });
    expect((await signIn(client)).authenticationResult).toBeDefined();
  });
});

describe("transport", () => {
  it("latency delays answers, and an abort during it rejects with AbortError", async () => {
    const fake = createFakeCognito({ users: [{ username: "alice", password: PASSWORD }], latencyMs: 10_000 });
    const client = createCognitoClient({
      clientId: fake.clientId,
      endpoint: "http://fake.test/",
      fetch: fake,
      timeoutMs: 0,
    });
    const controller = new AbortController();
    const pending = client
      .initiateAuth(
        { authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "alice", PASSWORD } },
        { signal: controller.signal },
      )
      .catch((e: unknown) => e);
    controller.abort();
    expect(await pending).toBeInstanceOf(AbortError);
  });

  it("answers the wire format: 400, __type and message, x-amzn-ErrorType", async () => {
    const fake = createFakeCognito({ users: [] });
    const response = await fake("http://fake.test/", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AWSCognitoIdentityProviderService.InitiateAuth",
      },
      body: JSON.stringify({ ClientId: "wrong", AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "a" } }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe("ResourceNotFoundException:");
    expect(await response.json()).toEqual({
      __type: "ResourceNotFoundException",
      message: "User pool client wrong does not exist.",
    });
  });

  it("accepts a Request object too", async () => {
    const fake = createFakeCognito({
      users: [{ username: "alice", password: PASSWORD }],
      pool: { mfa: "OFF" },
    });
    const response = await fake(
      new Request("http://fake.test/", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-amz-json-1.1",
          "X-Amz-Target": "AWSCognitoIdentityProviderService.InitiateAuth",
        },
        body: JSON.stringify({
          ClientId: fake.clientId,
          AuthFlow: "USER_PASSWORD_AUTH",
          AuthParameters: { USERNAME: "alice", PASSWORD },
        }),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty("AuthenticationResult.AccessToken");
  });

  it("refuses an unknown operation and a body that is not JSON", async () => {
    const fake = createFakeCognito({ users: [] });
    const send = (target: string, body: string) =>
      fake("http://fake.test/", {
        method: "POST",
        headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": target },
        body,
      });
    expect(
      await (await send("AWSCognitoIdentityProviderService.AdminDeleteUser", "{}")).json(),
    ).toMatchObject({
      __type: "UnknownOperationException",
    });
    expect(
      await (await send("AWSCognitoIdentityProviderService.InitiateAuth", "{not json")).json(),
    ).toMatchObject({
      __type: "SerializationException",
    });
  });

  it("records calls without secrets", async () => {
    const { fake, client } = setUp({
      users: [{ username: "alice", password: PASSWORD }],
      pool: { mfa: "OFF" },
    });
    await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "alice", PASSWORD },
    });
    expect(fake.calls).toEqual([{ operation: "InitiateAuth", authFlow: "USER_PASSWORD_AUTH" }]);
    expect(JSON.stringify(fake.calls)).not.toContain(PASSWORD);
  });
});
