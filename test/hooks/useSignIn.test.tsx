/**
 * useSignIn against the fake Cognito: every scenario reaches onSignedIn in the fewest requests, counted
 * at the fake, and leaves nothing secret in React Query's mutation cache.
 */
import { MutationCache, QueryClient } from "@tanstack/react-query";
import { act, configure, waitFor } from "@testing-library/react";
import { DEMO_TOTP_SECRET, scenarios } from "../../src/testing/index";
import { runWithAndWithoutRealism } from "../support/fakeDefaults";
import { renderSignIn } from "../support/renderSignIn";
import { withVerifyStatusError } from "../support/verifyStatusError";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

type Rendered = ReturnType<typeof renderSignIn>;

/** Asserts the end of a scenario: signed in once, in `requests` calls, with no secret left in the cache. */
function expectSignedIn(rendered: Rendered, requests: number, secrets: (string | undefined)[]) {
  const { result, fake, signedIn, mutationCacheText } = rendered;
  expect(result.current.status).toBe("signedIn");
  expect(result.current.error).toBeUndefined();
  expect(signedIn).toHaveLength(1);
  expect(fake.calls).toHaveLength(requests);
  const cache = mutationCacheText();
  expect(rendered.queryClient.getMutationCache().getAll()).toHaveLength(0);
  const tokens = signedIn[0];
  for (const secret of [...secrets, tokens?.accessToken, tokens?.idToken, tokens?.refreshToken]) {
    if (secret) expect(cache).not.toContain(secret);
  }
  expect(JSON.stringify(result.current)).not.toContain(tokens?.accessToken ?? "no token");
}

const PASSWORD = "Correct-Horse-1";

runWithAndWithoutRealism("useSignIn through every scenario", () => {
  it("passwordOnly: the password goes with the username, one request", async () => {
    const rendered = renderSignIn(scenarios.passwordOnly);
    await act(() => rendered.result.current.start("alice", { password: PASSWORD }));
    expectSignedIn(rendered, 1, [PASSWORD]);
    expect(rendered.fake.calls).toEqual([{ operation: "InitiateAuth", authFlow: "USER_AUTH" }]);
  });

  it("choice by SELECT_CHALLENGE: PASSWORD answers choice and password in one call", async () => {
    const rendered = renderSignIn(scenarios.choice);
    await act(() => rendered.result.current.start("zoe@example.com"));
    expect(rendered.result.current.challenge).toMatchObject({
      name: "SELECT_CHALLENGE",
      availableChallenges: ["PASSWORD", "PASSWORD_SRP", "SMS_OTP", "EMAIL_OTP"],
    });
    await act(() => rendered.result.current.select("PASSWORD", { password: PASSWORD }));
    expectSignedIn(rendered, 2, [PASSWORD]);
  });

  it.each(["SMS_OTP", "EMAIL_OTP"] as const)(
    "choice with %s preferred: code asked at once",
    async (factor) => {
      const rendered = renderSignIn(scenarios.choice);
      await act(() => rendered.result.current.start("zoe@example.com", { preferredChallenge: factor }));
      expect(rendered.result.current.challenge?.name).toBe(factor);
      const code = rendered.fake.lastCode("zoe");
      await act(() => rendered.result.current.answer({ code: code ?? "" }));
      expectSignedIn(rendered, 2, [code]);
    },
  );

  it("choice by SELECT_CHALLENGE with EMAIL_OTP", async () => {
    const rendered = renderSignIn(scenarios.choice);
    await act(() => rendered.result.current.start("zoe@example.com"));
    await act(() => rendered.result.current.select("EMAIL_OTP"));
    expect(rendered.result.current.challenge).toMatchObject({
      name: "EMAIL_OTP",
      delivery: { destination: "z***@e***" },
    });
    const code = rendered.fake.lastCode("zoe");
    await act(() => rendered.result.current.answer({ code: code ?? "" }));
    expectSignedIn(rendered, 3, [code]);
  });

  it("totpSetup: associate, show the secret, verify, respond", async () => {
    const rendered = renderSignIn(scenarios.totpSetup);
    await act(() => rendered.result.current.start("sam", { password: PASSWORD }));
    expect(rendered.result.current.challenge).toMatchObject({
      name: "MFA_SETUP",
      mfasCanSetup: ["SOFTWARE_TOKEN_MFA"],
    });
    await act(() => rendered.result.current.setupTotp());
    const secret = rendered.result.current.totpSetup?.secretCode;
    expect(secret).toBe(rendered.fake.totpSecret("sam"));
    const code = await rendered.fake.totpCode("sam");
    await act(() => rendered.result.current.verifyTotp(code ?? "", "Sam's phone"));
    expectSignedIn(rendered, 4, [PASSWORD, secret, code]);
    expect(rendered.result.current.totpSetup).toBeUndefined();
    expect(JSON.stringify(rendered.result.current)).not.toContain(secret);
  });

  it("under StrictMode's second mount, a fresh store takes over and signs in", async () => {
    configure({ reactStrictMode: true });
    try {
      const rendered = renderSignIn(scenarios.choice);
      await act(() => rendered.result.current.start("zoe@example.com"));
      expect(rendered.result.current.challenge?.name).toBe("SELECT_CHALLENGE");
      await act(() => rendered.result.current.select("PASSWORD", { password: PASSWORD }));
      expectSignedIn(rendered, 2, [PASSWORD]);
    } finally {
      configure({ reactStrictMode: false });
    }
  });

  it("every call is a mutation in the app's MutationCache, whose callbacks see it settle", async () => {
    const settled: unknown[] = [];
    const queryClient = new QueryClient({
      mutationCache: new MutationCache({
        onSettled: (_data, error, _variables, _context, mutation) =>
          settled.push([mutation.options.mutationKey?.[1], error ? "error" : "ok"]),
      }),
    });
    const rendered = renderSignIn(scenarios.totpSetup, {}, {}, undefined, queryClient);
    await act(() => rendered.result.current.start("sam", { password: PASSWORD }));
    await act(() => rendered.result.current.setupTotp());
    const code = await rendered.fake.totpCode("sam");
    await act(() => rendered.result.current.verifyTotp(code === "000000" ? "111111" : "000000"));
    await act(() => rendered.result.current.verifyTotp(code ?? ""));
    expect(settled).toEqual([
      ["InitiateAuth", "ok"],
      ["AssociateSoftwareToken", "ok"],
      ["VerifySoftwareToken", "error"],
      ["VerifySoftwareToken", "ok"],
      ["RespondToAuthChallenge", "ok"],
    ]);
    expectSignedIn(rendered, 5, [PASSWORD, code]);
  });

  it("totpSetup: Status ERROR from VerifySoftwareToken is a wrong code; the challenge stays", async () => {
    const rendered = renderSignIn(scenarios.totpSetup, {}, {}, withVerifyStatusError);
    await act(() => rendered.result.current.start("sam", { password: PASSWORD }));
    await act(() => rendered.result.current.setupTotp());
    const code = await rendered.fake.totpCode("sam");
    await act(() => rendered.result.current.verifyTotp(code ?? ""));
    expect(rendered.result.current).toMatchObject({
      status: "challenge",
      challenge: { name: "MFA_SETUP" },
      error: expect.objectContaining({ name: "CodeMismatchException", operation: "VerifySoftwareToken" }),
    });
    expect(rendered.result.current.totpSetup?.secretCode).toBe(rendered.fake.totpSecret("sam"));
    expect(rendered.signedIn).toHaveLength(0);
    // Nothing answered MFA_SETUP: the flow stopped at the refused code.
    expect(rendered.bodies.filter((body) => body.includes('"ChallengeName":"MFA_SETUP"'))).toHaveLength(0);
  });

  it("mfaSetupChoice: email MFA set up, then its code", async () => {
    const rendered = renderSignIn(scenarios.mfaSetupChoice);
    await act(() => rendered.result.current.start("sky", { password: PASSWORD }));
    expect(rendered.result.current.challenge).toMatchObject({
      name: "MFA_SETUP",
      mfasCanSetup: ["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"],
    });
    await act(() => rendered.result.current.answer({ email: "sky@example.net" }));
    expect(rendered.result.current.challenge?.name).toBe("EMAIL_OTP");
    const code = rendered.fake.lastCode("sky");
    await act(() => rendered.result.current.answer({ code: code ?? "" }));
    expectSignedIn(rendered, 3, [PASSWORD, code]);
  });

  it("totpMfa", async () => {
    const rendered = renderSignIn(scenarios.totpMfa);
    await act(() => rendered.result.current.start("tara", { password: PASSWORD }));
    expect(rendered.result.current.challenge).toMatchObject({
      name: "SOFTWARE_TOKEN_MFA",
      friendlyDeviceName: "Tara's phone",
    });
    const code = await rendered.fake.totpCode("tara");
    await act(() => rendered.result.current.answer({ code: code ?? "" }));
    expectSignedIn(rendered, 2, [PASSWORD, code, DEMO_TOTP_SECRET]);
  });

  it.each([
    ["smsMfa", "sid", "SMS_MFA"],
    ["emailMfa", "emma", "EMAIL_OTP"],
  ] as const)("%s", async (id, username, challengeName) => {
    const rendered = renderSignIn(scenarios[id]);
    await act(() => rendered.result.current.start(username, { password: PASSWORD }));
    expect(rendered.result.current.challenge?.name).toBe(challengeName);
    const code = rendered.fake.lastCode(username);
    await act(() => rendered.result.current.answer({ code: code ?? "" }));
    expectSignedIn(rendered, 2, [PASSWORD, code]);
  });

  it.each(["SMS_MFA", "SOFTWARE_TOKEN_MFA"] as const)("selectMfaType: %s", async (method) => {
    const rendered = renderSignIn(scenarios.selectMfaType);
    await act(() => rendered.result.current.start("max", { password: PASSWORD }));
    expect(rendered.result.current.challenge).toMatchObject({
      name: "SELECT_MFA_TYPE",
      mfasCanChoose: ["SMS_MFA", "SOFTWARE_TOKEN_MFA"],
    });
    await act(() => rendered.result.current.select(method));
    expect(rendered.result.current.challenge?.name).toBe(method);
    const code = method === "SMS_MFA" ? rendered.fake.lastCode("max") : await rendered.fake.totpCode("max");
    await act(() => rendered.result.current.answer({ code: code ?? "" }));
    expectSignedIn(rendered, 3, [PASSWORD, code]);
  });

  it("newPassword with required attributes", async () => {
    const rendered = renderSignIn(scenarios.newPassword);
    await act(() => rendered.result.current.start("nina", { password: "Temp-Pass-1" }));
    expect(rendered.result.current.challenge).toMatchObject({
      name: "NEW_PASSWORD_REQUIRED",
      requiredAttributes: ["given_name", "family_name"],
      userAttributes: { email: "nina@example.com" },
    });
    await act(() =>
      rendered.result.current.answer({
        newPassword: "Brand-New-Pass-2",
        attributes: { given_name: "Nina", family_name: "Okafor" },
      }),
    );
    expectSignedIn(rendered, 2, ["Temp-Pass-1", "Brand-New-Pass-2"]);
  });

  it("customChallenge", async () => {
    const rendered = renderSignIn(scenarios.customChallenge);
    await act(() => rendered.result.current.start("cody"));
    expect(rendered.result.current.challenge).toMatchObject({
      name: "CUSTOM_CHALLENGE",
      parameters: { question: "What is 2 + 3?" },
    });
    await act(() => rendered.result.current.answer({ answer: "5" }));
    expectSignedIn(rendered, 2, []);
  });

  it("passkey", async () => {
    const rendered = renderSignIn(scenarios.passkey);
    await act(() => rendered.result.current.start("pia", { preferredChallenge: "WEB_AUTHN" }));
    expect(rendered.result.current.challenge).toMatchObject({
      name: "WEB_AUTHN",
      credentialRequestOptions: { allowCredentials: [{ id: "cGlhLXBhc3NrZXktMQ", type: "public-key" }] },
    });
    const credential = rendered.fake.passkeyAssertion("pia");
    await act(() => rendered.result.current.answer({ credential: credential ?? {} }));
    expectSignedIn(rendered, 2, [credential?.response.signature]);
  });

  it("expiredSession: the server's answer ends in expired; restart keeps the username and signs in", async () => {
    const rendered = renderSignIn(scenarios.expiredSession);
    await act(() => rendered.result.current.start("alice"));
    await act(() => rendered.result.current.select("PASSWORD", { password: PASSWORD }));
    expect(rendered.result.current).toMatchObject({
      status: "expired",
      expiredBy: "server",
      username: "alice",
      error: expect.objectContaining({ name: "NotAuthorizedException" }),
    });
    act(() => rendered.result.current.restart());
    expect(rendered.result.current).toMatchObject({
      status: "identify",
      username: "alice",
      error: undefined,
    });
    await act(() => rendered.result.current.start(rendered.result.current.username, { password: PASSWORD }));
    expectSignedIn(rendered, 3, [PASSWORD]);
  });

  it("tooManyAttempts: wrong codes show the error, the third ends the session", async () => {
    const rendered = renderSignIn(scenarios.tooManyAttempts);
    await act(() => rendered.result.current.start("tom"));
    await act(() => rendered.result.current.select("SMS_OTP"));
    const wrong = rendered.fake.lastCode("tom") === "000000" ? "111111" : "000000";
    await act(() => rendered.result.current.answer({ code: wrong }));
    expect(rendered.result.current).toMatchObject({
      status: "challenge",
      error: expect.objectContaining({ name: "CodeMismatchException" }),
    });
    await act(() => rendered.result.current.answer({ code: wrong }));
    await act(() => rendered.result.current.answer({ code: wrong }));
    expect(rendered.result.current).toMatchObject({
      status: "expired",
      expiredBy: "server",
      username: "tom",
    });
    expect(rendered.mutationCacheText()).not.toContain(wrong);
  });
});

describe("useSignIn guards", () => {
  it("a double submit sends one request", async () => {
    const rendered = renderSignIn(scenarios.passwordOnly, {}, { latencyMs: 30 });
    await act(async () => {
      const first = rendered.result.current.start("alice", { password: PASSWORD });
      const second = rendered.result.current.start("alice", { password: PASSWORD });
      await Promise.all([first, second]);
    });
    expect(rendered.fake.calls).toHaveLength(1);
    expect(rendered.result.current.status).toBe("signedIn");
  });

  it("a double answer sends one request", async () => {
    const rendered = renderSignIn(scenarios.smsMfa, {}, { latencyMs: 30 });
    await act(() => rendered.result.current.start("sid", { password: PASSWORD }));
    const code = rendered.fake.lastCode("sid") ?? "";
    await act(async () => {
      await Promise.all([rendered.result.current.answer({ code }), rendered.result.current.answer({ code })]);
    });
    expect(rendered.fake.calls).toHaveLength(2);
    expect(rendered.signedIn).toHaveLength(1);
  });

  it("shows pending while a request is in flight", async () => {
    const rendered = renderSignIn(scenarios.passwordOnly, {}, { latencyMs: 50 });
    let pending: Promise<void> = Promise.resolve();
    act(() => {
      pending = rendered.result.current.start("alice", { password: PASSWORD });
    });
    expect(rendered.result.current.pending).toBe(true);
    await act(() => pending);
    expect(rendered.result.current.pending).toBe(false);
  });

  it("unmounting mid-request aborts it, with no state update and no warning", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const rendered = renderSignIn(scenarios.passwordOnly, {}, { latencyMs: 200 });
    let pending: Promise<void> = Promise.resolve();
    act(() => {
      pending = rendered.result.current.start("alice", { password: PASSWORD });
    });
    rendered.unmount();
    await pending;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(rendered.signedIn).toHaveLength(0);
    // The fake saw the request start but never answered it: the abort reached the transport.
    expect(rendered.fake.calls).toHaveLength(0);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it("an answer after the session expired by the clock sends nothing and says expired", async () => {
    let now = Date.UTC(2026, 10, 22, 12);
    const rendered = renderSignIn(scenarios.smsMfa, { clock: () => now, sessionValidityMs: 180_000 });
    await act(() => rendered.result.current.start("sid", { password: PASSWORD }));
    expect(rendered.result.current.expiresAt).toBe(now + 180_000);
    now += 180_000;
    await act(() => rendered.result.current.answer({ code: rendered.fake.lastCode("sid") ?? "" }));
    expect(rendered.fake.calls).toHaveLength(1);
    expect(rendered.result.current).toMatchObject({ status: "expired", expiredBy: "clock", username: "sid" });
  });

  it("the screen moves to expired when the session runs out while it is shown", async () => {
    const rendered = renderSignIn(scenarios.smsMfa, { sessionValidityMs: 40 });
    await act(() => rendered.result.current.start("sid", { password: PASSWORD }));
    expect(rendered.result.current.status).toBe("challenge");
    await waitFor(() => expect(rendered.result.current.status).toBe("expired"));
    expect(rendered.result.current.expiredBy).toBe("clock");
  });

  it("restart cancels a request in flight and keeps the username", async () => {
    const rendered = renderSignIn(scenarios.smsMfa, {}, { latencyMs: 100 });
    await act(() => rendered.result.current.start("sid", { password: PASSWORD }));
    let pending: Promise<void> = Promise.resolve();
    act(() => {
      pending = rendered.result.current.answer({ code: rendered.fake.lastCode("sid") ?? "" });
    });
    act(() => rendered.result.current.restart());
    await act(() => pending);
    expect(rendered.result.current).toMatchObject({
      status: "identify",
      username: "sid",
      pending: false,
      error: undefined,
    });
    expect(rendered.signedIn).toHaveLength(0);
  });

  it("a Cognito error on start is kept, typed, and the user can try again", async () => {
    const rendered = renderSignIn(scenarios.passwordOnly);
    await act(() => rendered.result.current.start("alice", { password: "wrong" }));
    expect(rendered.result.current).toMatchObject({
      status: "identify",
      username: "alice",
      error: expect.objectContaining({
        name: "NotAuthorizedException",
        message: "Incorrect username or password.",
      }),
    });
    await act(() => rendered.result.current.start("alice", { password: PASSWORD }));
    expectSignedIn(rendered, 2, ["wrong", PASSWORD]);
  });

  it("clientMetadata goes with every call", async () => {
    const rendered = renderSignIn(scenarios.smsMfa, { clientMetadata: { locale: "fr" } });
    await act(() => rendered.result.current.start("sid", { password: PASSWORD }));
    await act(() => rendered.result.current.answer({ code: rendered.fake.lastCode("sid") ?? "" }));
    expect(rendered.fake.calls.map((call) => call.clientMetadata)).toEqual([
      { locale: "fr" },
      { locale: "fr" },
    ]);
  });
});
