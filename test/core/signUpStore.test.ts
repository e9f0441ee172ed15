// @vitest-environment node
/**
 * The sign-up on its store alone, against the fake, handing over to a sign-in store: with a password,
 * passwordless, into an MFA set-up, resumed from a pending store, confirmed by a link. No state either
 * store publishes, and nothing the pending store keeps, holds the password, the code or a Session.
 */

import { createCognitoClient } from "../../src/core/client/client";
import type { SignInState } from "../../src/core/signIn/reducer";
import { createSignIn } from "../../src/core/signIn/store";
import { createSignUp } from "../../src/core/signUp/createSignUp";
import type { PendingSignUp, SignUpState } from "../../src/core/signUp/types";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito, type FakePool, type PreSignUpResult } from "../../src/testing/index";
import { manualTimers } from "../support/manualTimers";

const PASSWORD = "Correct-Horse-1";

function setup(
  pool: FakePool = {},
  extra: { pendingStore?: PendingSignUpMemory; confirmWith?: "link" } = {},
) {
  const fake = createFakeCognito({
    users: [{ username: "taken", email: "taken@example.com", password: PASSWORD }],
    pool,
  });
  // What goes over the wire, by operation.
  const sent: { operation: string; body: Record<string, unknown> }[] = [];
  const client = createCognitoClient({
    clientId: fake.clientId,
    endpoint: "http://fake.test/",
    fetch: (input, init) => {
      const target = new Headers(init?.headers).get("x-amz-target") ?? "";
      sent.push({ operation: target.split(".").at(-1) ?? "", body: JSON.parse(String(init?.body)) });
      return fake(input, init);
    },
  });
  const signedIn: AuthenticationResult[] = [];
  const signIn = createSignIn({ client, onSignedIn: (tokens) => signedIn.push(tokens) });
  const manual = manualTimers();
  const store = createSignUp({
    client,
    signIn,
    timers: manual.timers,
    ...(extra.pendingStore ? { pendingStore: extra.pendingStore } : {}),
    ...(extra.confirmWith ? { confirmWith: extra.confirmWith } : {}),
  });
  const states: (SignUpState | SignInState)[] = [store.getState()];
  store.subscribe(() => states.push(store.getState()));
  signIn.subscribe(() => states.push(signIn.getState()));
  const settled = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!signIn.getState().pending && !store.getState().pending) {
          stop();
          resolve();
        }
      };
      const stop = signIn.subscribe(check);
      check();
    });
  return { fake, sent, client, store, signIn, signedIn, states, manual, settled };
}

type PendingSignUpMemory = {
  kept: PendingSignUp | undefined;
  get(): PendingSignUp | undefined;
  set(pending: PendingSignUp): void;
  clear(): void;
};
function memoryPending(): PendingSignUpMemory {
  return {
    kept: undefined,
    get() {
      return this.kept;
    },
    set(pending) {
      this.kept = structuredClone(pending);
    },
    clear() {
      this.kept = undefined;
    },
  };
}

describe("createSignUp without React", () => {
  it("with a password: SignUp, the code, then signed in by ConfirmSignUp's Session without the password", async () => {
    const t = setup();
    await t.store.submit({
      username: " new-user ",
      password: PASSWORD,
      attributes: { email: "new@example.com", given_name: "Nia" },
    });
    expect(t.store.getState()).toMatchObject({
      status: "code",
      username: "new-user",
      delivery: { destination: "n***@e***", deliveryMedium: "EMAIL" },
    });
    const code = t.fake.lastCode("new-user") ?? "";
    await t.store.confirm(code);
    await t.settled();
    expect(t.store.getState().status).toBe("signIn");
    expect(t.signIn.getState().status).toBe("signedIn");
    expect(t.signedIn).toHaveLength(1);
    // The sign-in went by the Session: one InitiateAuth, and no password sent again.
    expect(t.fake.calls.map((call) => call.operation)).toEqual(["SignUp", "ConfirmSignUp", "InitiateAuth"]);
    const initiate = t.sent.find((call) => call.operation === "InitiateAuth")?.body;
    expect(initiate).toMatchObject({ AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "new-user" } });
    expect(typeof initiate?.Session).toBe("string");
    expect(JSON.stringify(initiate)).not.toContain(PASSWORD);
    const serialized = JSON.stringify(t.states);
    expect(serialized).not.toContain(PASSWORD);
    expect(serialized).not.toContain(code);
    expect(serialized).not.toContain(t.signedIn[0]?.accessToken);
  });

  it("passwordless by email code: signed in with no password at all", async () => {
    const t = setup({ firstFactors: ["EMAIL_OTP"] });
    await t.store.submit({ username: "nopass", attributes: { email: "nopass@example.com" } });
    expect(t.store.getState().status).toBe("code");
    await t.store.confirm(t.fake.lastCode("nopass") ?? "");
    await t.settled();
    expect(t.signIn.getState().status).toBe("signedIn");
    expect(t.fake.user("nopass")?.password).toBeUndefined();
  });

  it("a pool that requires MFA continues into the sign-in's MFA_SETUP", async () => {
    const t = setup({ mfa: "ON" });
    await t.store.submit({
      username: "mfa-user",
      password: PASSWORD,
      attributes: { email: "m@example.com" },
    });
    await t.store.confirm(t.fake.lastCode("mfa-user") ?? "");
    await t.settled();
    expect(t.signIn.getState()).toMatchObject({ status: "challenge", challenge: { name: "MFA_SETUP" } });
    expect(t.signedIn).toEqual([]);
  });

  it("resumes from the pending store on the code step, keeping only the username and destination", async () => {
    const pendingStore = memoryPending();
    const first = setup({}, { pendingStore });
    await first.store.submit({
      username: "later",
      password: PASSWORD,
      attributes: { email: "l@example.com" },
    });
    expect(pendingStore.kept).toEqual({
      username: "later",
      delivery: { destination: "l***@e***", deliveryMedium: "EMAIL", attributeName: "email" },
    });
    first.store.dispose();

    // A new page on the same pool: the store knows the pending sign-up; no Session, no password.
    const second = createSignUp({ client: first.client, signIn: first.signIn, pendingStore });
    await second.resume();
    expect(second.getState()).toMatchObject({ status: "code", username: "later" });
    await second.confirm(first.fake.lastCode("later") ?? "");
    // Nothing to sign in with: the sign-in's own step, the username for it to use.
    expect(second.getState()).toMatchObject({ status: "signIn", username: "later" });
    expect(first.signIn.getState().status).toBe("identify");
    expect(pendingStore.kept).toBeUndefined();
    expect(first.fake.user("later")?.status).toBe("CONFIRMED");
  });

  it("what the app's store gives back is read, not trusted", async () => {
    const t = setup();
    const store = createSignUp({
      client: t.client,
      pendingStore: { get: () => ({ username: 42 }) as never, set() {}, clear() {} },
    });
    await store.resume();
    expect(store.getState().status).toBe("form");
    const failing = createSignUp({
      client: t.client,
      pendingStore: {
        get: () => Promise.reject(new Error("storage blocked")),
        set() {},
        clear() {},
      },
    });
    await failing.resume();
    expect(failing.getState().status).toBe("form");
  });

  it("confirmed by a link: tries to sign in with backoff and signs in once the link was opened", async () => {
    const t = setup({ confirmWith: "link" }, { confirmWith: "link" });
    await t.store.submit({
      username: "linky",
      password: PASSWORD,
      attributes: { email: "linky@example.com" },
    });
    expect(t.store.getState()).toMatchObject({ status: "link", waiting: true });
    expect(t.fake.deliveries.at(-1)).toMatchObject({ username: "linky", link: true });
    // A try before the link is opened: not confirmed yet, so another try is scheduled.
    expect(t.manual.count()).toBe(1);
    t.manual.fire();
    await t.settled();
    await vi.waitFor(() => expect(t.manual.count()).toBe(1));
    expect(t.store.getState().status).toBe("link");
    expect(t.fake.openConfirmationLink("linky")).toBe(true);
    t.manual.fire();
    await vi.waitFor(() => expect(t.store.getState().status).toBe("signIn"));
    await t.settled();
    expect(t.signIn.getState().status).toBe("signedIn");
    expect(t.signedIn).toHaveLength(1);
    expect(t.manual.count()).toBe(0);
    expect(JSON.stringify(t.states)).not.toContain(PASSWORD);
  });

  it('"I\'ve confirmed" tries at once', async () => {
    const t = setup({ confirmWith: "link" }, { confirmWith: "link" });
    await t.store.submit({
      username: "linky",
      password: PASSWORD,
      attributes: { email: "linky@example.com" },
    });
    t.fake.openConfirmationLink("linky");
    await t.store.checkLink();
    await t.settled();
    expect(t.store.getState().status).toBe("signIn");
    expect(t.signIn.getState().status).toBe("signedIn");
  });

  it("refusals stay on the form with Cognito's typed error", async () => {
    const t = setup({
      preSignUp: ({ validationData }): PreSignUpResult =>
        validationData.consent === "yes" ? {} : { refuse: "Please accept the terms." },
    });
    await t.store.submit({ username: "taken", password: PASSWORD, attributes: { email: "x@example.com" } });
    expect(t.store.getState()).toMatchObject({ status: "form", error: { name: "UsernameExistsException" } });
    await t.store.submit({ username: "fresh", password: PASSWORD, attributes: { email: "f@example.com" } });
    expect(t.store.getState()).toMatchObject({
      status: "form",
      error: {
        name: "UserLambdaValidationException",
        message: "PreSignUp failed with error Please accept the terms..",
      },
    });
    await t.store.submit({
      username: "fresh",
      password: PASSWORD,
      attributes: { email: "f@example.com" },
      validationData: { consent: "yes" },
    });
    expect(t.store.getState().status).toBe("code");
  });
});
