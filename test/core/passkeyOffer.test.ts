// @vitest-environment node
/**
 * The passkey offer once signed in (`offerPasskey`), on the sign-in's store alone against the fake, with
 * a software authenticator for `navigator.credentials`: offered only to a user with no passkey, the tokens
 * held back until the user creates one or says "Not now", a cancel quiet, refusals kept; and the passkey
 * made then signs the user in.
 */
import { createCognitoClient } from "../../src/core/client/client";
import { listWebAuthnCredentialsCommand } from "../../src/core/commands/listWebAuthnCredentials";
import { loadPasskeyOffer } from "../../src/core/passkeys/lazy";
import type { SignInState } from "../../src/core/signIn/reducer";
import { type CreateSignInOptions, createSignIn } from "../../src/core/signIn/store";
import type { AuthenticationResult } from "../../src/core/types";
import type { CredentialCreatorLike } from "../../src/core/webauthn/creation";
import type { CredentialsLike } from "../../src/core/webauthn/webauthn.lazy";
import { createFakeCognito, type FakePool } from "../../src/testing/index";
import { softCredentials } from "../support/softAuthenticator";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const PASSWORD = "Correct-Horse-1";

/** The offer as `passkeyOffer()` makes it, on the core alone. */
const offer = (credentials?: CredentialCreatorLike) => ({ credentials, load: loadPasskeyOffer });

const refusing = (name: string): CredentialCreatorLike => ({
  create: () => Promise.reject(new DOMException("refused", name)),
});

function setup(pool: FakePool = { firstFactors: ["PASSWORD", "WEB_AUTHN"] }) {
  const fake = createFakeCognito({ users: [{ username: "pia", password: PASSWORD }], pool });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const signedIn: AuthenticationResult[] = [];
  const sessions: AuthenticationResult[] = [];
  const states: SignInState[] = [];
  const make = (options: Partial<CreateSignInOptions>) => {
    const store = createSignIn({
      client,
      onSignedIn: (tokens) => signedIn.push(tokens),
      session: { signIn: (tokens) => sessions.push(tokens) },
      ...options,
    });
    states.push(store.getState());
    store.subscribe(() => states.push(store.getState()));
    return store;
  };
  const operations = () => fake.calls.map((call) => call.operation);
  return { fake, client, signedIn, sessions, states, make, operations };
}

describe("the passkey offer once signed in", () => {
  it("holds the tokens back, creates a passkey, then signs in; that passkey then signs the user in", async () => {
    const t = setup();
    const credentials = await softCredentials();
    const store = t.make({ offerPasskey: offer(credentials) });
    await store.start("pia", { preferredChallenge: "PASSWORD", password: PASSWORD });
    expect(store.getState()).toMatchObject({ status: "passkeyOffer", pending: false, error: undefined });
    // Neither the app nor the session has the tokens yet.
    expect(t.signedIn).toEqual([]);
    expect(t.sessions).toEqual([]);
    expect(t.operations()).toEqual(["InitiateAuth", "GetUserAuthFactors"]);

    await store.createPasskey();
    expect(store.getState()).toMatchObject({ status: "signedIn", pending: false, error: undefined });
    expect(t.signedIn).toHaveLength(1);
    expect(t.sessions).toEqual(t.signedIn);
    const accessToken = t.signedIn[0]?.accessToken ?? "";
    const listed = await t.client.send(listWebAuthnCredentialsCommand, { accessToken });
    expect(listed.credentials.map((credential) => credential.credentialId)).toEqual([
      credentials.authenticator.id,
    ]);
    const tokens = t.signedIn[0];
    expect(JSON.stringify(t.states)).not.toContain(tokens?.accessToken);
    expect(JSON.stringify(t.states)).not.toContain(tokens?.refreshToken);

    // Next time: the passkey signs in, and a user with a passkey is not asked again.
    const assertions: CredentialsLike = {
      get: async (options) => {
        const publicKey = options.publicKey as PublicKeyCredentialRequestOptions;
        const challenge = Buffer.from(publicKey.challenge as ArrayBuffer).toString("base64url");
        const json = await credentials.authenticator.get({ challenge });
        return { ...json, toJSON: () => json } as unknown as Credential;
      },
    };
    const next = t.make({ offerPasskey: offer(credentials) });
    await next.start("pia", { preferredChallenge: "WEB_AUTHN" });
    expect(next.getState().challenge?.name).toBe("WEB_AUTHN");
    const challenge = next.getState().challenge;
    if (challenge?.name !== "WEB_AUTHN") throw new Error("expected WEB_AUTHN");
    const publicKey = { challenge: Buffer.from(challenge.credentialRequestOptions.challenge, "base64url") };
    const credential = await assertions.get({ publicKey } as unknown as CredentialRequestOptions);
    await next.answer({ credential: (credential as unknown as { toJSON(): object }).toJSON() });
    expect(next.getState()).toMatchObject({ status: "signedIn", error: undefined });
    expect(t.signedIn).toHaveLength(2);
    expect(t.operations().slice(-3)).toEqual([
      "InitiateAuth",
      "RespondToAuthChallenge",
      "GetUserAuthFactors",
    ]);
  });

  it('"Not now" signs in without a passkey, and registers nothing', async () => {
    const t = setup();
    const store = t.make({ offerPasskey: offer(await softCredentials()) });
    await store.start("pia", { preferredChallenge: "PASSWORD", password: PASSWORD });
    expect(store.getState().status).toBe("passkeyOffer");
    await store.continueSignIn();
    expect(store.getState()).toMatchObject({ status: "signedIn", error: undefined });
    expect(t.signedIn).toHaveLength(1);
    expect(t.operations()).not.toContain("StartWebAuthnRegistration");
    const accessToken = t.signedIn[0]?.accessToken ?? "";
    const listed = await t.client.send(listWebAuthnCredentialsCommand, { accessToken });
    expect(listed.credentials).toEqual([]);
  });

  it("a cancelled browser sheet leaves the offer as it was, with nothing to say", async () => {
    const t = setup();
    const store = t.make({ offerPasskey: offer(refusing("NotAllowedError")) });
    await store.start("pia", { preferredChallenge: "PASSWORD", password: PASSWORD });
    const step = store.getState().step;
    await store.createPasskey();
    expect(store.getState()).toMatchObject({
      status: "passkeyOffer",
      pending: false,
      error: undefined,
      step,
    });
    expect(t.signedIn).toEqual([]);
  });

  it("keeps the browser's and Cognito's refusals as the error, with the offer still there", async () => {
    const t = setup();
    const store = t.make({ offerPasskey: offer(refusing("InvalidStateError")) });
    await store.start("pia", { preferredChallenge: "PASSWORD", password: PASSWORD });
    await store.createPasskey();
    expect(store.getState()).toMatchObject({ status: "passkeyOffer", pending: false });
    expect((store.getState().error as DOMException).name).toBe("InvalidStateError");

    // A pool that does not allow passkey sign-in refuses to register one.
    const cognito = setup({ firstFactors: ["PASSWORD"] });
    const refused = cognito.make({ offerPasskey: offer(await softCredentials()) });
    await refused.start("pia", { preferredChallenge: "PASSWORD", password: PASSWORD });
    await refused.createPasskey();
    expect(refused.getState()).toMatchObject({
      status: "passkeyOffer",
      error: expect.objectContaining({ name: "WebAuthnNotEnabledException" }),
    });
    await refused.continueSignIn();
    expect(refused.getState().status).toBe("signedIn");
    expect(cognito.signedIn).toHaveLength(1);
  });

  it("is not made where the browser cannot make passkeys, or Cognito cannot say which factors the user has", async () => {
    // No window here, and no credentials given: no WebAuthn, so no GetUserAuthFactors either.
    const t = setup();
    const store = t.make({ offerPasskey: offer() });
    await store.start("pia", { preferredChallenge: "PASSWORD", password: PASSWORD });
    expect(store.getState().status).toBe("signedIn");
    expect(t.operations()).toEqual(["InitiateAuth"]);

    const failing = setup();
    failing.fake.failNext("GetUserAuthFactors", { networkFailure: true });
    const other = failing.make({ offerPasskey: offer(await softCredentials()) });
    await other.start("pia", { preferredChallenge: "PASSWORD", password: PASSWORD });
    expect(other.getState()).toMatchObject({ status: "signedIn", error: undefined });
    expect(failing.signedIn).toHaveLength(1);
  });

  it("without offerPasskey, nothing is asked", async () => {
    const t = setup();
    const store = t.make({});
    await store.start("pia", { preferredChallenge: "PASSWORD", password: PASSWORD });
    expect(store.getState().status).toBe("signedIn");
    expect(t.operations()).toEqual(["InitiateAuth"]);
  });
});
