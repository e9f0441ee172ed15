// @vitest-environment node
/**
 * Whole sign-ins on the store alone: `createSignIn` with the real client and the fake Cognito, no React
 * and no DOM. Every state the store publishes is recorded, and none of them may hold a password, a code
 * or a token; the authenticator secret may be on screen only while it is being set up.
 */
import { confirmSignUp } from "../../src/core/account/operations";
import { createCognitoClient } from "../../src/core/client/client";
import { memoryDeviceStore } from "../../src/core/signIn/devices";
import type { SignInState } from "../../src/core/signIn/reducer";
import { type CreateSignInOptions, createSignIn } from "../../src/core/signIn/store";
import type { Timers } from "../../src/core/store/timers";
import type { AuthenticationResult } from "../../src/core/types";
import {
  createFakeCognito,
  type FakeCognitoOptions,
  type FakeScenario,
  scenarios,
} from "../../src/testing/index";
import { conditionalCredentials } from "../support/conditionalCredentials";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const PASSWORD = "Correct-Horse-1";

/** A store over a fresh fake for a scenario, recording every state it publishes and every request body. */
function setup(
  scenario: FakeScenario,
  options: Partial<CreateSignInOptions> = {},
  fakeOptions: Partial<FakeCognitoOptions> = {},
) {
  const fake = createFakeCognito({ ...scenario.options(), ...fakeOptions });
  const bodies: string[] = [];
  const client = createCognitoClient({
    clientId: fake.clientId,
    userPoolId: fake.userPoolId,
    endpoint: "http://fake.test/",
    fetch: (url, init) => {
      bodies.push(String(init.body));
      return fake(url, init);
    },
  });
  const signedIn: AuthenticationResult[] = [];
  const store = createSignIn({
    client,
    authFlow: scenario.authFlow,
    srp: scenario.srp,
    onSignedIn: (tokens) => signedIn.push(tokens),
    ...options,
  });
  const states: SignInState[] = [store.getState()];
  store.subscribe(() => states.push(store.getState()));
  /** Asserts that no state ever published holds any of these. */
  const expectNeverInState = (...secrets: (string | undefined)[]) => {
    const text = JSON.stringify(states);
    for (const secret of secrets) if (secret) expect(text).not.toContain(secret);
  };
  const tokensOf = (result: AuthenticationResult | undefined) => [
    result?.accessToken,
    result?.idToken,
    result?.refreshToken,
  ];
  return { fake, client, store, states, bodies, signedIn, expectNeverInState, tokensOf };
}

describe("createSignIn without React", () => {
  it("password: one InitiateAuth, signed in, nothing secret in any state", async () => {
    const t = setup(scenarios.passwordOnly);
    await t.store.start("alice", { password: PASSWORD });
    expect(t.store.getState()).toMatchObject({ status: "signedIn", pending: false, error: undefined });
    expect(t.fake.calls).toEqual([{ operation: "InitiateAuth", authFlow: "USER_AUTH" }]);
    expect(t.signedIn).toHaveLength(1);
    // The store published the pending step and the result, and none held the password or a token.
    expect(t.states.map((state) => [state.status, state.pending])).toContainEqual(["identify", true]);
    t.expectNeverInState(PASSWORD, ...t.tokensOf(t.signedIn[0]));
  });

  it("SELECT_CHALLENGE, then an emailed code", async () => {
    const t = setup(scenarios.choice);
    await t.store.start("zoe@example.com");
    expect(t.store.getState().challenge).toMatchObject({ name: "SELECT_CHALLENGE" });
    await t.store.select("EMAIL_OTP");
    expect(t.store.getState().challenge).toMatchObject({
      name: "EMAIL_OTP",
      delivery: { destination: "z***@e***" },
    });
    const code = t.fake.lastCode("zoe");
    await t.store.answer({ code: code ?? "" });
    expect(t.store.getState().status).toBe("signedIn");
    expect(t.fake.calls.map((call) => call.challengeName ?? call.operation)).toEqual([
      "InitiateAuth",
      "SELECT_CHALLENGE",
      "EMAIL_OTP",
    ]);
    t.expectNeverInState(code, ...t.tokensOf(t.signedIn[0]));
  });

  it("MFA_SETUP by authenticator: the secret shows while it is set up, and leaves with it", async () => {
    const t = setup(scenarios.totpSetup);
    await t.store.start("sam", { password: PASSWORD });
    expect(t.store.getState().challenge).toMatchObject({ name: "MFA_SETUP" });
    await t.store.setupTotp();
    const secret = t.store.getState().totpSetup?.secretCode;
    expect(secret).toBe(t.fake.totpSecret("sam"));
    const code = await t.fake.totpCode("sam");
    await t.store.verifyTotp(code ?? "");
    expect(t.store.getState()).toMatchObject({ status: "signedIn", totpSetup: undefined });
    expect(t.signedIn).toHaveLength(1);
    // The secret was in the states of the set-up step only.
    const withSecret = t.states.filter((state) => JSON.stringify(state).includes(secret ?? "none"));
    expect(withSecret.length).toBeGreaterThan(0);
    expect(withSecret.every((state) => state.challenge?.name === "MFA_SETUP")).toBe(true);
    t.expectNeverInState(PASSWORD, code, ...t.tokensOf(t.signedIn[0]));
  });

  it("MFA_SETUP with the authenticator as the only method: the secret comes with the step, no choice first", async () => {
    const t = setup(scenarios.totpSetup);
    await t.store.start("sam", { password: PASSWORD });
    expect(t.fake.calls.map((call) => call.operation)).toEqual(["InitiateAuth", "AssociateSoftwareToken"]);
    expect(t.store.getState().totpSetup?.secretCode).toBe(t.fake.totpSecret("sam"));
    // No published state showed the set-up step without its secret once the call was done.
    expect(t.states.some((state) => state.challenge?.name === "MFA_SETUP" && !state.totpSetup)).toBe(false);
    // Asking again changes nothing: the secret on screen stays the one to scan.
    await t.store.setupTotp();
    expect(t.fake.calls).toHaveLength(2);
  });

  it("a choice of one first factor is made for the user; the password alone still needs its field", async () => {
    const sms = setup(scenarios.tooManyAttempts);
    await sms.store.start("tom");
    expect(sms.fake.calls).toEqual([
      { operation: "InitiateAuth", authFlow: "USER_AUTH" },
      { operation: "RespondToAuthChallenge", challengeName: "SELECT_CHALLENGE" },
    ]);
    expect(sms.store.getState().challenge).toMatchObject({ name: "SMS_OTP" });
    const password = setup(scenarios.passwordOnly);
    await password.store.start("alice");
    expect(password.store.getState().challenge).toMatchObject({
      name: "SELECT_CHALLENGE",
      availableChallenges: ["PASSWORD", "PASSWORD_SRP"],
    });
    expect(password.fake.calls).toHaveLength(1);
  });

  it("a first-factor code is sent again by a new InitiateAuth that prefers it; the step stays the same", async () => {
    const t = setup(scenarios.tooManyAttempts);
    await t.store.start("tom");
    const { step } = t.store.getState();
    expect(t.store.getState()).toMatchObject({ canResend: true, resends: 0 });
    await t.store.resendCode();
    // PREFERRED_CHALLENGE goes straight to the code: no choice to make again.
    expect(t.fake.calls.slice(2).map((call) => call.operation)).toEqual(["InitiateAuth"]);
    expect(t.bodies[2]).toContain(`"PREFERRED_CHALLENGE":"SMS_OTP"`);
    expect(t.fake.deliveries).toHaveLength(2);
    expect(t.store.getState()).toMatchObject({ challenge: { name: "SMS_OTP" }, resends: 1, step });
    await t.store.answer({ code: t.fake.lastCode("tom") ?? "" });
    expect(t.store.getState().status).toBe("signedIn");
  });

  it("an MFA code after a password is sent again with the same password, held only while the sign-in lasts", async () => {
    const t = setup(scenarios.smsMfa);
    await t.store.start("sid", { password: PASSWORD });
    expect(t.store.getState()).toMatchObject({ challenge: { name: "SMS_MFA" }, canResend: true });
    await t.store.resendCode();
    expect(t.fake.calls.map((call) => call.operation)).toEqual(["InitiateAuth", "InitiateAuth"]);
    expect(t.bodies[1]).toContain(`"PASSWORD":"${PASSWORD}"`);
    expect(t.store.getState()).toMatchObject({ challenge: { name: "SMS_MFA" }, resends: 1 });
    // Back to the username: the password is dropped, so nothing can send it again.
    t.store.restart();
    await t.store.resendCode();
    expect(t.fake.calls).toHaveLength(2);
    t.expectNeverInState(PASSWORD);
  });

  it("an authenticator code cannot be sent again", async () => {
    const t = setup(scenarios.totpMfa);
    await t.store.start(scenarios.totpMfa.username, { password: PASSWORD });
    expect(t.store.getState()).toMatchObject({ challenge: { name: "SOFTWARE_TOKEN_MFA" }, canResend: false });
    await t.store.resendCode();
    expect(t.fake.calls).toHaveLength(1);
  });

  it("an authenticator code that cannot be right is refused before it is sent; one with a space is fine", async () => {
    const t = setup(scenarios.totpMfa);
    await t.store.start("tara", { password: PASSWORD });
    expect(t.store.getState().challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
    const calls = t.fake.calls.length;
    await t.store.answer({ code: "12345" });
    expect(t.store.getState()).toMatchObject({
      status: "challenge",
      pending: false,
      challenge: { name: "SOFTWARE_TOKEN_MFA" },
      error: expect.objectContaining({ name: "InvalidAnswerError", reason: "totpCodeFormat" }),
    });
    expect(t.fake.calls).toHaveLength(calls);
    const code = (await t.fake.totpCode("tara")) ?? "";
    await t.store.answer({ code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(t.store.getState().status).toBe("signedIn");
  });

  it("realism: an alias, SRP, then an MFA choice and a code without USER_ID_FOR_SRP; every answer names the user", async () => {
    // USER_SRP_AUTH: the first call carries SRP_A, so the proof is the second step.
    const t = setup(scenarios.smsOrEmailMfa, { authFlow: "USER_SRP_AUTH" }, { realism: true });
    await t.store.start("mia@example.com", { password: PASSWORD });
    expect(t.store.getState().challenge).toMatchObject({ name: "SELECT_MFA_TYPE", username: "mia" });
    await t.store.select("EMAIL_OTP");
    expect(t.store.getState().challenge).toMatchObject({ name: "EMAIL_OTP", username: "mia" });
    await t.store.answer({ code: t.fake.lastCode("mia") ?? "" });
    expect(t.store.getState()).toMatchObject({ status: "signedIn", error: undefined });
    expect(t.bodies.join("\n")).not.toContain(PASSWORD);
  });

  it("SRP and a remembered device: the second sign-in proves the device instead of MFA", async () => {
    const devices = memoryDeviceStore();
    // A session takes each sign-in's tokens with the device's key, which its refreshes must send.
    const handedOver: (string | undefined)[] = [];
    const session = {
      signIn: (_tokens: AuthenticationResult, deviceKey?: string) => handedOver.push(deviceKey),
    };
    const first = setup(scenarios.rememberDevice, { deviceStore: devices, deviceName: "Script", session });
    await first.store.start("rita", { password: PASSWORD });
    expect(first.store.getState().challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
    const code = await first.fake.totpCode("rita");
    await first.store.answer({ code: code ?? "" });
    expect(first.store.getState().status).toBe("rememberDevice");
    expect(first.signedIn).toHaveLength(0);
    await first.store.rememberDevice(true);
    expect(first.store.getState().status).toBe("signedIn");
    expect(first.fake.devices("rita")).toEqual([
      expect.objectContaining({ name: "Script", confirmed: true, remembered: true }),
    ]);
    // SRP: the password never went over the wire, and no state held it or the device's password.
    expect(first.bodies.join("\n")).not.toContain(PASSWORD);
    const remembered = await devices.get("rita");
    first.expectNeverInState(
      PASSWORD,
      code,
      remembered?.randomPassword,
      ...first.tokensOf(first.signedIn[0]),
    );

    // The same pool and device store, a new sign-in: the device answers, and no code is asked.
    const pool = first.fake;
    const second = createSignIn({
      client: first.client,
      authFlow: "USER_AUTH",
      srp: true,
      deviceStore: devices,
      session,
      onSignedIn: (tokens) => first.signedIn.push(tokens),
    });
    const before = pool.calls.length;
    await second.start("rita", { password: PASSWORD });
    expect(second.getState().status).toBe("signedIn");
    expect(pool.calls.slice(before).map((call) => call.challengeName ?? call.authFlow)).toEqual([
      "USER_AUTH",
      "PASSWORD_VERIFIER",
      "DEVICE_SRP_AUTH",
      "DEVICE_PASSWORD_VERIFIER",
    ]);
    expect(first.signedIn).toHaveLength(2);
    expect(handedOver).toEqual([remembered?.deviceKey, remembered?.deviceKey]);
    expect(remembered?.deviceKey).toEqual(expect.any(String));
  });

  it("a session the server has ended: expired, then a restart keeps the username and signs in", async () => {
    const t = setup(scenarios.expiredSession);
    await t.store.start("alice");
    await t.store.select("PASSWORD", { password: PASSWORD });
    expect(t.store.getState()).toMatchObject({ status: "expired", expiredBy: "server" });
    t.store.restart();
    expect(t.store.getState()).toMatchObject({ status: "identify", username: "alice" });
    await t.store.start("alice", { password: PASSWORD });
    expect(t.store.getState().status).toBe("signedIn");
    t.expectNeverInState(PASSWORD, ...t.tokensOf(t.signedIn[0]));
  });

  it("a session the clock has ended: the injected timer and clock expire it, and nothing is sent", async () => {
    const now = { ms: 1_700_000_000_000 };
    const pending: { at: number; run: () => void }[] = [];
    const timers: Timers = {
      setTimeout: (run, ms) => pending.push({ at: now.ms + ms, run }),
      clearTimeout: () => {},
    };
    const t = setup(scenarios.choice, { clock: () => now.ms, timers, sessionValidityMs: 60_000 });
    await t.store.start("zoe@example.com");
    expect(t.store.getState().status).toBe("challenge");
    expect(pending.map((timer) => timer.at)).toEqual([now.ms + 60_000]);
    // The timer fires a little early: the store re-arms rather than expiring before the deadline.
    now.ms += 59_990;
    pending.shift()?.run();
    expect(t.store.getState().status).toBe("challenge");
    now.ms += 10;
    pending.shift()?.run();
    expect(t.store.getState()).toMatchObject({ status: "expired", expiredBy: "clock" });
    const calls = t.fake.calls.length;
    await t.store.select("EMAIL_OTP");
    expect(t.fake.calls).toHaveLength(calls);
  });

  it("one request at a time, and dispose cancels the one in flight and drops its result", async () => {
    const t = setup(scenarios.passwordOnly, {}, { latencyMs: 50 });
    const first = t.store.start("alice", { password: PASSWORD });
    const second = t.store.start("alice", { password: PASSWORD });
    expect(t.store.getState().pending).toBe(true);
    // The request is on the wire (the fake answers after 50 ms) when the store is disposed.
    await vi.waitFor(() => expect(t.bodies).toHaveLength(1));
    t.store.dispose();
    await Promise.all([first, second]);
    // The fake never answered: the abort reached the wire, and nothing was signed in.
    expect(t.fake.calls).toHaveLength(0);
    expect(t.signedIn).toHaveLength(0);
    expect(t.store.isDisposed()).toBe(true);
    // A disposed store does nothing more.
    await t.store.start("alice", { password: PASSWORD });
    t.store.restart();
    expect(t.bodies).toHaveLength(1);
    expect(t.store.getState().status).toBe("identify");
  });

  it("passkey autofill runs while someone watches: a subscriber starts the offer, the last one leaving ends it", async () => {
    const { credentials, requests } = conditionalCredentials();
    const fake = createFakeCognito(scenarios.passkey.options());
    const client = createCognitoClient({
      clientId: fake.clientId,
      endpoint: "http://fake.test/",
      fetch: fake,
    });
    const signedIn: AuthenticationResult[] = [];
    const store = createSignIn({
      client,
      passkeyAutofill: { username: "pia", credentials },
      onSignedIn: (tokens) => signedIn.push(tokens),
    });
    // Created, not watched: nothing is asked of Cognito or of the browser.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.calls).toHaveLength(0);
    expect(requests).toHaveLength(0);

    const stop = store.subscribe(() => {});
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]?.options.mediation).toBe("conditional");
    const firstSignal = requests[0]?.options.signal;
    stop();
    expect(firstSignal?.aborted).toBe(true);

    // Watched again: a new offer, and choosing the passkey signs in with no username typed.
    const again = store.subscribe(() => {});
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    requests[1]?.choose(fake.passkeyAssertion("pia") as object);
    await vi.waitFor(() => expect(store.getState().status).toBe("signedIn"));
    expect(store.getState().username).toBe("pia");
    expect(signedIn).toHaveLength(1);
    expect(fake.calls.map((call) => call.challengeName ?? call.operation)).toEqual([
      "InitiateAuth",
      "InitiateAuth",
      "WEB_AUTHN",
    ]);
    again();
  });
});

describe("createSignIn: an account that must be put right first", () => {
  it("UserNotConfirmedException: back to the username, the password held; signInAgain sends it once confirmed", async () => {
    const t = setup(scenarios.unconfirmed);
    await t.store.start("cleo", { password: PASSWORD });
    expect(t.store.getState()).toMatchObject({
      status: "identify",
      username: "cleo",
      error: { name: "UserNotConfirmedException" },
    });
    // Confirmed elsewhere (the account steps): the sign-in goes on with the password typed before.
    await confirmSignUp(t.client, { username: "cleo", confirmationCode: t.fake.lastCode("cleo") ?? "" });
    await t.store.signInAgain();
    expect(t.store.getState().status).toBe("signedIn");
    expect(t.bodies.filter((body) => body.includes(PASSWORD))).toHaveLength(2);
    t.expectNeverInState(PASSWORD);
  });

  it("signInAgain without a held password (after a restart) goes back to the username step, sending nothing", async () => {
    const t = setup(scenarios.unconfirmed);
    await t.store.start("cleo", { password: PASSWORD });
    t.store.restart();
    const sent = t.bodies.length;
    await t.store.signInAgain();
    expect(t.store.getState()).toMatchObject({ status: "identify", username: "cleo", error: undefined });
    expect(t.bodies).toHaveLength(sent);
  });

  it("PasswordResetRequiredException on a challenge ends the round: the username step, with the error", async () => {
    const t = setup(scenarios.choice);
    await t.store.start("zoe@example.com");
    expect(t.store.getState().status).toBe("challenge");
    t.fake.failNext("RespondToAuthChallenge", { error: "PasswordResetRequiredException" });
    await t.store.select("PASSWORD", { password: PASSWORD });
    expect(t.store.getState()).toMatchObject({
      status: "identify",
      error: { name: "PasswordResetRequiredException" },
      expiresAt: undefined,
    });
  });
});
