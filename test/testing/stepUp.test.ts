// @vitest-environment node
/**
 * Step-up at the fake, through our sign-in store: USER_AUTH with the access token and an ACR target. A
 * recent enough sign-in (MAX_AGE) gets tokens at once; an older one, or one too weak for the target,
 * proves itself again, and the new tokens say when and how (`auth_time`, `acr`, `amr`).
 */
import { createCognitoClient } from "../../src/core/client/client";
import { decodeJwt } from "../../src/core/session/claims";
import { stepUpParameters } from "../../src/core/settings/freshness";
import { createSignIn } from "../../src/core/signIn/store";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito, type FakeUser } from "../../src/testing/index";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const PASSWORD = "Correct-Horse-1";
const LOA1 = "urn:cognito:loa:1";
const LOA2 = "urn:cognito:loa:2";

function setUp(user: Partial<FakeUser> = {}) {
  let now = Date.UTC(2026, 11, 7, 12, 0, 0);
  const fake = createFakeCognito({
    pool: { mfa: "OPTIONAL" },
    users: [
      { username: "ada", password: PASSWORD, email: "ada@example.com", ...user },
      { username: "bob", password: PASSWORD },
    ],
    clock: () => now,
  });
  // What went over the wire, to see the step-up's parameters.
  const sent: Array<{ AuthParameters?: Record<string, string> }> = [];
  const client = createCognitoClient({
    clientId: fake.clientId,
    endpoint: "http://fake.test/",
    fetch: (input, init) => {
      sent.push(JSON.parse(String(init?.body)));
      return fake(input, init);
    },
  });
  const signIns: AuthenticationResult[] = [];
  const store = createSignIn({ client, onSignedIn: (tokens) => signIns.push(tokens) });
  const claims = (tokens: AuthenticationResult | undefined) => decodeJwt(tokens?.accessToken ?? "") ?? {};
  return {
    fake,
    client,
    store,
    signIns,
    claims,
    sent,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

describe("step-up (USER_AUTH with ACCESS_TOKEN)", () => {
  it("a password sign-in is level 1 by password; a recent one steps up at once, keeping auth_time", async () => {
    const t = setUp();
    await t.store.start("ada", { password: PASSWORD, preferredChallenge: "PASSWORD" });
    const first = t.signIns[0];
    expect(t.claims(first)).toMatchObject({ acr: LOA1, amr: ["pwd"], auth_time: t.now() / 1000 });
    t.advance(60_000);
    const calls = t.fake.calls.length;
    await t.store.start("ada", {
      authParameters: stepUpParameters(first?.accessToken ?? "", { targetAcrValues: LOA1, maxAge: 300 }),
    });
    expect(t.fake.calls.slice(calls).map((call) => call.operation)).toEqual(["InitiateAuth"]);
    expect(t.sent.at(-1)?.AuthParameters).toMatchObject({
      USERNAME: "ada",
      ACCESS_TOKEN: first?.accessToken,
      TARGET_ACR_VALUES: LOA1,
      MAX_AGE: "300",
    });
    expect(t.signIns).toHaveLength(2);
    expect(t.claims(t.signIns[1]).auth_time).toBe(t.claims(first).auth_time);
    // Level 2 is more than a password proved: not at once, however recent.
    await t.store.start("ada", {
      authParameters: stepUpParameters(first?.accessToken ?? "", { targetAcrValues: LOA2, maxAge: 300 }),
    });
    expect(t.store.getState().status).toBe("challenge");
    expect(t.signIns).toHaveLength(2);
  });

  it("past MAX_AGE the user proves it again: the new tokens carry the new auth_time", async () => {
    const t = setUp();
    await t.store.start("ada", { password: PASSWORD, preferredChallenge: "PASSWORD" });
    const first = t.signIns[0];
    t.advance(10 * 60_000);
    await t.store.start("ada", {
      authParameters: stepUpParameters(first?.accessToken ?? "", { targetAcrValues: LOA1, maxAge: 300 }),
    });
    expect(t.store.getState().status).toBe("challenge");
    expect(t.signIns).toHaveLength(1);
    const challenge = t.store.getState().challenge?.name;
    if (challenge === "SELECT_CHALLENGE") await t.store.select("PASSWORD", { password: PASSWORD });
    else await t.store.answer({ password: PASSWORD });
    expect(t.signIns).toHaveLength(2);
    expect(t.claims(t.signIns[1])).toMatchObject({ acr: LOA1, auth_time: t.now() / 1000 });
  });

  it("a sign-in with an authenticator's code is level 2: a level 2 target then steps up at once", async () => {
    const t = setUp({ mfa: { totpSecret: "JBSWY3DPEHPK3PXP" } });
    await t.store.start("ada", { password: PASSWORD, preferredChallenge: "PASSWORD" });
    await t.store.answer({ code: (await t.fake.totpCode("ada")) ?? "" });
    const strong = t.signIns[0];
    expect(t.claims(strong)).toMatchObject({ acr: LOA2, amr: ["pwd", "otp", "mfa"] });
    // Level 2 already: at once.
    await t.store.start("ada", {
      authParameters: stepUpParameters(strong?.accessToken ?? "", { targetAcrValues: LOA2, maxAge: 300 }),
    });
    expect(t.signIns).toHaveLength(2);
  });

  it("the sign-in's own parameters win over authParameters", async () => {
    const t = setUp();
    await t.store.start("ada", {
      password: PASSWORD,
      preferredChallenge: "PASSWORD",
      authParameters: { USERNAME: "bob", PASSWORD: "not-it", PREFERRED_CHALLENGE: "EMAIL_OTP" },
    });
    expect(t.sent.at(-1)?.AuthParameters).toEqual({
      USERNAME: "ada",
      PASSWORD,
      PREFERRED_CHALLENGE: "PASSWORD",
    });
    expect(t.signIns).toHaveLength(1);
  });

  it("refuses a step-up without a target, with another user's name, or with a dead token", async () => {
    const t = setUp();
    const answer = await t.client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "ada", PASSWORD },
    });
    const accessToken = answer.authenticationResult?.accessToken ?? "";
    const stepUp = (parameters: Record<string, string>) =>
      t.client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "ada", ...parameters } });
    await expect(stepUp({ ACCESS_TOKEN: accessToken })).rejects.toMatchObject({
      name: "InvalidParameterException",
    });
    await expect(
      t.client.initiateAuth({
        authFlow: "USER_AUTH",
        authParameters: { USERNAME: "bob", ACCESS_TOKEN: accessToken, TARGET_ACR_VALUES: LOA1 },
      }),
    ).rejects.toMatchObject({ name: "NotAuthorizedException" });
    await expect(stepUp({ ACCESS_TOKEN: "nope", TARGET_ACR_VALUES: LOA1 })).rejects.toMatchObject({
      name: "NotAuthorizedException",
    });
  });
});
