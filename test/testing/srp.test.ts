// @vitest-environment node
/**
 * The fake verifies SRP for real: a claim passes only when it was computed from the right password (or
 * device secret), for this round's B and secret block, at about the fake's time. AWS's own
 * amazon-cognito-identity-js signs in against it too, remembered device included, so the fake's half is
 * checked against an implementation that is not ours.
 */
import * as awsCognito from "amazon-cognito-identity-js";
import { answerChallenge } from "../../src/core/answers";
import { type ChallengeOf, parseChallenge } from "../../src/core/challenges";
import { createCognitoClient } from "../../src/core/client/client";
import { createSrpEphemeral, passwordClaim, srpTimestamp, userPoolName } from "../../src/core/srp/srp";
import type { AuthResponse } from "../../src/core/types";
import { createFakeCognito, type FakeCognitoOptions, generateTotp } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";
const TOTP_SECRET = "JBSWY3DPEHPK3PXP";

function setUp(options: Partial<FakeCognitoOptions> = {}) {
  let now = Date.UTC(2026, 10, 22, 12, 0, 0);
  const fake = createFakeCognito({
    users: [{ username: "alice", email: "alice@example.com", password: PASSWORD }],
    pool: { mfa: "OFF" },
    ...options,
    clock: () => now,
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  return { fake, client, now: () => now, advance: (ms: number) => (now += ms) };
}

function verifierOf(response: AuthResponse) {
  const challenge = parseChallenge(response, "typed");
  expect(challenge?.name).toBe("PASSWORD_VERIFIER");
  return challenge as ChallengeOf<"PASSWORD_VERIFIER">;
}

async function srpSignIn(
  setup: ReturnType<typeof setUp>,
  username: string,
  password: string,
  at: (now: number) => number = (now) => now,
) {
  const ephemeral = createSrpEphemeral();
  const first = await setup.client.initiateAuth({
    authFlow: "USER_SRP_AUTH",
    authParameters: { USERNAME: username, SRP_A: ephemeral.srpA },
  });
  const challenge = verifierOf(first);
  const claim = await passwordClaim({
    poolName: userPoolName(setup.fake.userPoolId),
    userId: challenge.userIdForSrp ?? username,
    password,
    ephemeral,
    challenge,
    now: new Date(at(setup.now())),
  });
  const answer = answerChallenge(challenge, claim);
  return { answer, response: () => setup.client.respondToAuthChallenge(answer) };
}

describe("the fake's SRP", () => {
  it("signs in with USER_SRP_AUTH, and the password never goes over the wire", async () => {
    const setup = setUp();
    const seen: string[] = [];
    const recording = createCognitoClient({
      clientId: setup.fake.clientId,
      endpoint: "http://fake.test/",
      fetch: async (url, init) => {
        seen.push(String(init.body));
        return setup.fake(url, init);
      },
    });
    const { response } = await srpSignIn({ ...setup, client: recording }, "alice", PASSWORD);
    expect((await response()).authenticationResult?.accessToken).toBeTruthy();
    expect(seen).toHaveLength(2);
    expect(seen.join("\n")).not.toContain(PASSWORD);
    expect(seen[1]).toContain("PASSWORD_CLAIM_SIGNATURE");
  });

  it("signs in by alias: the claim is made for USER_ID_FOR_SRP", async () => {
    const setup = setUp();
    const { answer, response } = await srpSignIn(setup, "alice@example.com", PASSWORD);
    expect(answer.challengeResponses.USERNAME).toBe("alice");
    expect((await response()).authenticationResult).toBeDefined();
  });

  it("refuses a claim made from a wrong password, and the round is spent", async () => {
    const setup = setUp();
    const { response } = await srpSignIn(setup, "alice", "wrong-password");
    await expect(response()).rejects.toMatchObject({ name: "NotAuthorizedException" });
    await expect(response()).rejects.toMatchObject({ name: "NotAuthorizedException" });
  });

  it("refuses a replayed claim", async () => {
    const setup = setUp();
    const { response } = await srpSignIn(setup, "alice", PASSWORD);
    await response();
    await expect(response()).rejects.toMatchObject({ name: "NotAuthorizedException" });
  });

  it.each([
    ["six minutes behind", -6 * 60_000, "refused"],
    ["six minutes ahead", 6 * 60_000, "refused"],
    ["four minutes behind", -4 * 60_000, "accepted"],
  ])("a TIMESTAMP %s is %s", async (_label, offset, outcome) => {
    const accepted = outcome === "accepted";
    const setup = setUp();
    const { response } = await srpSignIn(setup, "alice", PASSWORD, (now) => now + offset);
    if (accepted) expect((await response()).authenticationResult).toBeDefined();
    else await expect(response()).rejects.toMatchObject({ name: "NotAuthorizedException" });
  });

  it("refuses a signature over another secret block or a reformatted timestamp", async () => {
    const setup = setUp();
    const { answer } = await srpSignIn(setup, "alice", PASSWORD);
    const tampered = (changes: Record<string, string>) =>
      setup.client.respondToAuthChallenge({
        ...answer,
        challengeResponses: { ...answer.challengeResponses, ...changes },
      });
    const padded = srpTimestamp(new Date(setup.now())).replace(/ (\d) /, " 0$1 ");
    await expect(
      tampered({ TIMESTAMP: padded === answer.challengeResponses.TIMESTAMP ? "x" : padded }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException" });
  });

  it("USER_AUTH: PASSWORD_SRP is offered beside PASSWORD, and answering it with SRP_A leads to PASSWORD_VERIFIER", async () => {
    const setup = setUp();
    const select = await setup.client.initiateAuth({
      authFlow: "USER_AUTH",
      authParameters: { USERNAME: "alice" },
    });
    expect(select.availableChallenges).toEqual(expect.arrayContaining(["PASSWORD", "PASSWORD_SRP"]));
    const preferred = await setup.client.initiateAuth({
      authFlow: "USER_AUTH",
      authParameters: {
        USERNAME: "alice",
        PREFERRED_CHALLENGE: "PASSWORD_SRP",
        SRP_A: createSrpEphemeral().srpA,
      },
    });
    expect(verifierOf(preferred).srpB).toMatch(/^[0-9a-f]+$/);
  });
});

describe("AWS's amazon-cognito-identity-js against the fake", () => {
  const { AuthenticationDetails, CognitoUser, CognitoUserPool } = awsCognito;

  /** AWS's pool, its requests answered by the fake (the wire bodies are the same JSON). */
  function awsPool(fake: ReturnType<typeof createFakeCognito>) {
    const pool = new CognitoUserPool({ UserPoolId: fake.userPoolId, ClientId: fake.clientId });
    (pool as unknown as { client: { request: unknown } }).client.request = async (
      operation: string,
      params: unknown,
      callback: (error: unknown, data: unknown) => void,
    ) => {
      const response = await fake("http://fake.test/", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-amz-json-1.1",
          "X-Amz-Target": `AWSCognitoIdentityProviderService.${operation}`,
        },
        body: JSON.stringify(params),
      });
      const body = await response.json();
      if (response.ok) callback(null, body);
      else callback({ code: String(body.__type), name: String(body.__type), message: body.message }, null);
    };
    return pool;
  }

  function signIn(user: awsCognito.CognitoUser, password: string, totpCode?: () => Promise<string>) {
    return new Promise<{ ok: true } | { ok: false; error: { code?: string } }>((resolve) => {
      user.authenticateUser(new AuthenticationDetails({ Username: user.getUsername(), Password: password }), {
        onSuccess: () => resolve({ ok: true }),
        onFailure: (error) => resolve({ ok: false, error }),
        totpRequired: () => {
          if (!totpCode) return resolve({ ok: false, error: { code: "totpRequired" } });
          void totpCode().then((code) =>
            user.sendMFACode(
              code,
              { onSuccess: () => resolve({ ok: true }), onFailure: (error) => resolve({ ok: false, error }) },
              "SOFTWARE_TOKEN_MFA",
            ),
          );
        },
      });
    });
  }

  it("signs in with USER_SRP_AUTH, and fails with a wrong password", async () => {
    const { fake, advance, now } = setUp();
    // Date is not faked here, so the fake's clock must agree with the real one for TIMESTAMP.
    advance(Date.now() - now());
    const pool = awsPool(fake);
    expect(await signIn(new CognitoUser({ Username: "alice", Pool: pool }), PASSWORD)).toEqual({ ok: true });
    const wrong = await signIn(new CognitoUser({ Username: "alice", Pool: pool }), "nope");
    expect(wrong).toMatchObject({ ok: false, error: { code: "NotAuthorizedException" } });
  });

  it("confirms a new device, then that device replaces the TOTP step on the next sign-in", async () => {
    const setup = setUp({
      users: [{ username: "tara", password: PASSWORD, mfa: { totpSecret: TOTP_SECRET } }],
      pool: { mfa: "ON", deviceTracking: "ALWAYS" },
    });
    const pool = awsPool(setup.fake);
    const code = () => generateTotp(TOTP_SECRET, setup.now());
    // Date is not faked here, so the fake's clock must agree with the real one for TIMESTAMP.
    setup.advance(Date.now() - setup.now());
    expect(await signIn(new CognitoUser({ Username: "tara", Pool: pool }), PASSWORD, code)).toEqual({
      ok: true,
    });
    expect(setup.fake.devices("tara")).toEqual([
      expect.objectContaining({ confirmed: true, remembered: true }),
    ]);

    const before = setup.fake.calls.length;
    // A new CognitoUser finds the device key and secret AWS's library cached in its storage.
    const second = await signIn(new CognitoUser({ Username: "tara", Pool: pool }), PASSWORD);
    expect(second).toEqual({ ok: true });
    const steps = setup.fake.calls.slice(before).map((call) => call.challengeName ?? call.operation);
    expect(steps).toEqual([
      "InitiateAuth",
      "PASSWORD_VERIFIER",
      "DEVICE_SRP_AUTH",
      "DEVICE_PASSWORD_VERIFIER",
    ]);
  });
});
