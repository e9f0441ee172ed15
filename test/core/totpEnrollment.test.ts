// @vitest-environment node
/** Authenticator enrollment by access token on the store alone, against the fake: no React, no DOM. */
import { createCognitoClient } from "../../src/core/client/client";
import { createSignIn } from "../../src/core/signIn/store";
import { createTotpEnrollment } from "../../src/core/totp/createTotpEnrollment";
import type { TotpEnrollmentState } from "../../src/core/totp/enrollment";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito, scenarios } from "../../src/testing/index";

async function signedInUser(latencyMs = 0) {
  const fake = createFakeCognito({ ...scenarios.passwordOnly.options(), latencyMs });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  let tokens: AuthenticationResult | undefined;
  await createSignIn({ client, onSignedIn: (result) => (tokens = result) }).start("alice", {
    password: "Correct-Horse-1",
  });
  if (!tokens) throw new Error("not signed in");
  return { fake, client, accessToken: tokens.accessToken };
}

describe("createTotpEnrollment without React", () => {
  it("associates, refuses a wrong code with the secret kept, verifies, and drops the secret", async () => {
    const { fake, client, accessToken } = await signedInUser();
    const done: string[] = [];
    const store = createTotpEnrollment({ client, accessToken, onDone: () => done.push("done") });
    const states: TotpEnrollmentState[] = [];
    store.subscribe(() => states.push(store.getState()));
    await store.start();
    const secret = fake.totpSecret("alice");
    expect(store.getState()).toMatchObject({ status: "associated", secretCode: secret, pending: false });
    const code = (await fake.totpCode("alice")) ?? "";
    await store.verify(code === "000000" ? "111111" : "000000");
    expect(store.getState()).toMatchObject({
      status: "associated",
      secretCode: secret,
      error: expect.objectContaining({ name: "EnableSoftwareTokenMFAException" }),
    });
    await store.verify(code);
    expect(store.getState()).toEqual({
      status: "done",
      secretCode: undefined,
      pending: false,
      error: undefined,
    });
    expect(done).toEqual(["done"]);
    expect(fake.user("alice")?.mfa?.totpSecret).toBe(secret);
    expect(JSON.stringify(states)).not.toContain(accessToken);
  });

  it("turns the verified app on as the preferred method; a failed turn-on is tried again without a code", async () => {
    const { fake, client, accessToken } = await signedInUser();
    const store = createTotpEnrollment({ client, accessToken });
    await store.start();
    fake.failNext("SetUserMFAPreference", { networkFailure: true });
    await store.verify((await fake.totpCode("alice")) ?? "");
    expect(store.getState()).toMatchObject({ status: "associated", error: expect.anything() });
    expect(fake.user("alice")?.mfa).toMatchObject({ totpEnabled: false });
    // The first code is spent: the second try sends only SetUserMFAPreference.
    const calls = fake.calls.length;
    await store.verify("");
    expect(fake.calls.slice(calls).map((call) => call.operation)).toEqual(["SetUserMFAPreference"]);
    expect(store.getState().status).toBe("done");
    expect(fake.user("alice")?.mfa).toMatchObject({ totpEnabled: true, preferred: "SOFTWARE_TOKEN_MFA" });
  });

  it("with turnOn false leaves the verified app off", async () => {
    const { fake, client, accessToken } = await signedInUser();
    const store = createTotpEnrollment({ client, accessToken, turnOn: false });
    await store.start();
    await store.verify((await fake.totpCode("alice")) ?? "");
    expect(store.getState().status).toBe("done");
    expect(fake.user("alice")?.mfa).toMatchObject({ totpEnabled: false });
    expect(fake.calls.map((call) => call.operation)).not.toContain("SetUserMFAPreference");
  });

  it("dispose cancels the call in flight and refuses later ones", async () => {
    const { fake, client, accessToken } = await signedInUser(50);
    const store = createTotpEnrollment({ client, accessToken });
    const calls = fake.calls.length;
    const started = store.start();
    expect(store.getState().pending).toBe(true);
    store.dispose();
    await started;
    await store.start();
    expect(fake.calls).toHaveLength(calls);
    expect(fake.totpSecret("alice")).toBeUndefined();
  });
});
