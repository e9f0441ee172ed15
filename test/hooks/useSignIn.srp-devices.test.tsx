/**
 * useSignIn with SRP and remembered devices, against the fake (which verifies both for real): the
 * password never goes over the wire, the flow answers the verifier steps by itself, a failed proof starts
 * over with the username kept, and a remembered device replaces MFA on the next sign-in.
 */
import { act } from "@testing-library/react";
import type { FetchLike } from "../../src/core/client/client";
import { memoryDeviceStore } from "../../src/core/signIn/devices";
import { DEMO_TOTP_SECRET, generateTotp, scenarios } from "../../src/testing/index";
import { runWithAndWithoutRealism } from "../support/fakeDefaults";
import { renderSignIn } from "../support/renderSignIn";
import { renderSignInWithoutPoolId } from "../support/renderSignInWithoutPoolId";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const PASSWORD = "Correct-Horse-1";
const steps = (rendered: ReturnType<typeof renderSignIn>) =>
  rendered.fake.calls.map((call) => call.challengeName ?? call.operation);

runWithAndWithoutRealism("useSignIn with SRP", () => {
  it("USER_AUTH with srp: the password is proven in two requests and never sent", async () => {
    const rendered = renderSignIn(scenarios.passwordOnly, { srp: true });
    await act(() => rendered.result.current.start("alice", { password: PASSWORD }));
    expect(rendered.result.current.status).toBe("signedIn");
    expect(steps(rendered)).toEqual(["InitiateAuth", "PASSWORD_VERIFIER"]);
    expect(rendered.bodies[0]).toContain('"PREFERRED_CHALLENGE":"PASSWORD_SRP"');
    expect(rendered.bodies.join("\n")).not.toContain(PASSWORD);
    expect(rendered.mutationCacheText()).toBe("[]");
  });

  it("SELECT_CHALLENGE: choosing the password answers PASSWORD_SRP with SRP_A", async () => {
    const rendered = renderSignIn(scenarios.choice, { srp: true });
    await act(() => rendered.result.current.start("zoe@example.com"));
    await act(() => rendered.result.current.select("PASSWORD", { password: PASSWORD }));
    expect(rendered.result.current.status).toBe("signedIn");
    expect(steps(rendered)).toEqual(["InitiateAuth", "SELECT_CHALLENGE", "PASSWORD_VERIFIER"]);
    expect(rendered.bodies[1]).toContain('"ANSWER":"PASSWORD_SRP"');
    expect(rendered.bodies.join("\n")).not.toContain(PASSWORD);
  });

  it("USER_SRP_AUTH, and then MFA as usual", async () => {
    const rendered = renderSignIn(scenarios.totpMfa, { authFlow: "USER_SRP_AUTH" });
    await act(() => rendered.result.current.start("tara", { password: PASSWORD }));
    expect(rendered.result.current.challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
    await act(async () =>
      rendered.result.current.answer({ code: await generateTotp(DEMO_TOTP_SECRET, Date.now()) }),
    );
    expect(rendered.result.current.status).toBe("signedIn");
    expect(rendered.bodies.join("\n")).not.toContain(PASSWORD);
  });

  it("a PASSWORD_SRP challenge is answered with the typed password", async () => {
    const rendered = renderSignIn(scenarios.passwordOnly, { srp: true });
    await act(() => rendered.result.current.start("alice", { preferredChallenge: "PASSWORD_SRP" }));
    expect(rendered.result.current.challenge?.name).toBe("PASSWORD_SRP");
    await act(() => rendered.result.current.answer({ password: PASSWORD }));
    expect(rendered.result.current.status).toBe("signedIn");
  });

  it("a wrong password ends the round: back to the username, kept, with the error", async () => {
    const rendered = renderSignIn(scenarios.choice, { srp: true });
    await act(() => rendered.result.current.start("zoe@example.com"));
    await act(() => rendered.result.current.select("PASSWORD", { password: "not-it" }));
    expect(rendered.result.current).toMatchObject({
      status: "identify",
      username: "zoe@example.com",
      pending: false,
      error: { name: "NotAuthorizedException" },
    });
    await act(() => rendered.result.current.start("zoe@example.com", { password: PASSWORD }));
    expect(rendered.result.current.status).toBe("signedIn");
  });

  /** The answers as a proxy that strips PASSWORD_SRP would pass them on: a pool that offers only PASSWORD. */
  const withoutSrp =
    (fetch: FetchLike): FetchLike =>
    async (input, init) => {
      const response = await fetch(input, init);
      const text = (await response.text()).replace(/,?"PASSWORD_SRP"/g, "");
      return new Response(text, { status: response.status, headers: response.headers });
    };

  it("srp: true never sends the password, even where only PASSWORD is offered: a typed error says so", async () => {
    const rendered = renderSignIn(scenarios.choice, { srp: true }, {}, withoutSrp);
    await act(() => rendered.result.current.start("zoe@example.com"));
    expect(rendered.result.current.challenge).toMatchObject({
      availableChallenges: ["PASSWORD", "SMS_OTP", "EMAIL_OTP"],
    });
    await act(() => rendered.result.current.select("PASSWORD", { password: PASSWORD }));
    expect(rendered.result.current).toMatchObject({
      status: "challenge",
      error: { name: "InvalidAnswerError", reason: "srpUnavailable" },
    });
    expect(steps(rendered)).toEqual(["InitiateAuth"]);
    expect(rendered.bodies.join("\n")).not.toContain(PASSWORD);
    // Another way in still works.
    await act(() => rendered.result.current.select("EMAIL_OTP"));
    expect(rendered.result.current.challenge?.name).toBe("EMAIL_OTP");
  });

  it('srp: "preferred" sends the password where only PASSWORD is offered', async () => {
    const rendered = renderSignIn(scenarios.choice, { srp: "preferred" }, {}, withoutSrp);
    await act(() => rendered.result.current.start("zoe@example.com"));
    await act(() => rendered.result.current.select("PASSWORD", { password: PASSWORD }));
    expect(rendered.result.current.status).toBe("signedIn");
    expect(rendered.bodies[1]).toContain('"ANSWER":"PASSWORD"');
  });

  it("without the user pool id, the first start says what is missing", () => {
    const bare = renderSignInWithoutPoolId({ srp: true });
    expect(() => bare.result.current.start("alice", { password: PASSWORD })).toThrow(/userPoolId/);
  });
});

runWithAndWithoutRealism("useSignIn with remembered devices", () => {
  function setUp(tracking: "ALWAYS" | "USER_OPT_IN" = "ALWAYS") {
    const deviceStore = memoryDeviceStore();
    const rendered = renderSignIn(
      scenarios.totpMfa,
      { deviceStore, deviceName: "Test browser" },
      { pool: { mfa: "OPTIONAL", deviceTracking: tracking } },
    );
    const signInWithTotp = async () => {
      await act(() => rendered.result.current.start("tara", { password: PASSWORD }));
      expect(rendered.result.current.challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
      await act(async () =>
        rendered.result.current.answer({ code: await generateTotp(DEMO_TOTP_SECRET, Date.now()) }),
      );
    };
    return { rendered, deviceStore, signInWithTotp };
  }

  it("offers to remember a new device; once remembered, the next sign-in skips the TOTP step", async () => {
    const { rendered, deviceStore, signInWithTotp } = setUp();
    await signInWithTotp();
    expect(rendered.result.current.status).toBe("rememberDevice");
    // The tokens wait outside the state and the cache until the user has chosen.
    expect(rendered.signedIn).toHaveLength(0);
    expect(rendered.mutationCacheText()).toBe("[]");

    await act(() => rendered.result.current.rememberDevice(true));
    expect(rendered.result.current.status).toBe("signedIn");
    expect(rendered.signedIn).toHaveLength(1);
    const stored = await deviceStore.get("tara");
    expect(stored?.deviceKey).toBe(rendered.signedIn[0]?.newDeviceMetadata?.deviceKey);
    expect(rendered.fake.devices("tara")).toEqual([
      expect.objectContaining({ name: "Test browser", confirmed: true, remembered: true }),
    ]);
    // The device's password stays on the device: ConfirmDevice sends only its verifier.
    expect(rendered.bodies.join("\n")).not.toContain(stored?.randomPassword);

    act(() => rendered.result.current.restart());
    const before = rendered.fake.calls.length;
    await act(() => rendered.result.current.start("tara", { password: PASSWORD }));
    expect(rendered.result.current.status).toBe("signedIn");
    expect(rendered.signedIn).toHaveLength(2);
    expect(steps(rendered).slice(before)).toEqual([
      "InitiateAuth",
      "DEVICE_SRP_AUTH",
      "DEVICE_PASSWORD_VERIFIER",
    ]);
  });

  it("in a pool where users opt in, remembering also calls UpdateDeviceStatus", async () => {
    const { rendered, signInWithTotp } = setUp("USER_OPT_IN");
    await signInWithTotp();
    await act(() => rendered.result.current.rememberDevice(true));
    expect(steps(rendered).slice(-2)).toEqual(["ConfirmDevice", "UpdateDeviceStatus"]);
    expect(rendered.fake.devices("tara")).toEqual([expect.objectContaining({ remembered: true })]);
  });

  it("'not now' signs in without remembering, and the next sign-in asks for the code again", async () => {
    const { rendered, deviceStore, signInWithTotp } = setUp();
    await signInWithTotp();
    await act(() => rendered.result.current.rememberDevice(false));
    expect(rendered.result.current.status).toBe("signedIn");
    expect(rendered.signedIn).toHaveLength(1);
    expect(await deviceStore.get("tara")).toBeUndefined();
    expect(steps(rendered)).not.toContain("ConfirmDevice");
    act(() => rendered.result.current.restart());
    await act(() => rendered.result.current.start("tara", { password: PASSWORD }));
    expect(rendered.result.current.challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
  });

  it("an error while remembering keeps both choices open, and the tokens are not lost", async () => {
    const { rendered, signInWithTotp } = setUp();
    await signInWithTotp();
    rendered.fake.failNext("ConfirmDevice", { error: "TooManyRequestsException" });
    await act(() => rendered.result.current.rememberDevice(true));
    expect(rendered.result.current).toMatchObject({
      status: "rememberDevice",
      error: { name: "TooManyRequestsException" },
    });
    await act(() => rendered.result.current.rememberDevice(true));
    expect(rendered.result.current.status).toBe("signedIn");
    expect(rendered.signedIn).toHaveLength(1);
  });

  it("a device Cognito no longer accepts is forgotten, and the sign-in starts over", async () => {
    const { rendered, deviceStore, signInWithTotp } = setUp();
    await signInWithTotp();
    await act(() => rendered.result.current.rememberDevice(true));
    act(() => rendered.result.current.restart());
    rendered.fake.failNext("RespondToAuthChallenge", {
      error: "ResourceNotFoundException",
      message: "Device does not exist.",
    });
    await act(() => rendered.result.current.start("tara", { password: PASSWORD }));
    expect(rendered.result.current).toMatchObject({
      status: "identify",
      error: { name: "ResourceNotFoundException" },
    });
    expect(await deviceStore.get("tara")).toBeUndefined();
    await act(() => rendered.result.current.start("tara", { password: PASSWORD }));
    expect(rendered.result.current.challenge?.name).toBe("SOFTWARE_TOKEN_MFA");
  });

  it("without a device store, nothing is offered and no device is confirmed", async () => {
    const rendered = renderSignIn(
      scenarios.totpMfa,
      {},
      { pool: { mfa: "OPTIONAL", deviceTracking: "ALWAYS" } },
    );
    await act(() => rendered.result.current.start("tara", { password: PASSWORD }));
    await act(async () =>
      rendered.result.current.answer({ code: await generateTotp(DEMO_TOTP_SECRET, Date.now()) }),
    );
    expect(rendered.result.current.status).toBe("signedIn");
    expect(steps(rendered)).not.toContain("ConfirmDevice");
  });
});
