// @vitest-environment node
/**
 * A passkey sign-in that Cognito refuses because it does not know the passkey (removed from the account,
 * still in the password manager): the browser is told through the Signal API, and the error says so, by
 * the WEB_AUTHN step and by autofill alike. A refusal that may have another cause tells the browser
 * nothing, since telling it makes it forget the passkey.
 */
import { createCognitoClient } from "../../src/core/client/client";
import { createSignIn } from "../../src/core/signIn/store";
import { UnknownPasskeyError } from "../../src/core/webauthn/signals";
import { createFakeCognito } from "../../src/testing/index";
import { conditionalCredentials } from "../support/conditionalCredentials";
import { softAuthenticator } from "../support/softAuthenticator";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

async function setup() {
  // Pia's account has passkey `kept`; her password manager also has `removed`, which Cognito has not.
  const kept = await softAuthenticator();
  const removed = await softAuthenticator();
  const fake = createFakeCognito({
    users: [
      {
        username: "pia",
        password: "Correct-Horse-1",
        passkeys: [{ credentialId: kept.id, publicKeyJwk: kept.publicKeyJwk }],
      },
    ],
    pool: { firstFactors: ["PASSWORD", "WEB_AUTHN"] },
    rpId: "localhost",
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const told: { rpId: string; credentialId: string }[] = [];
  const signals = {
    signalUnknownCredential: async (options: { rpId: string; credentialId: string }) => {
      told.push(options);
    },
  };
  return { fake, client, kept, removed, told, signals };
}

async function webAuthnStep(t: Awaited<ReturnType<typeof setup>>) {
  const store = createSignIn({ client: t.client, signals: t.signals });
  await store.start("pia", { preferredChallenge: "WEB_AUTHN" });
  const challenge = store.getState().challenge;
  if (challenge?.name !== "WEB_AUTHN") throw new Error(`expected WEB_AUTHN, got ${challenge?.name}`);
  return { store, challenge: challenge.credentialRequestOptions.challenge };
}

describe("a passkey Cognito does not know", () => {
  it("the WEB_AUTHN step: the browser is told, and the error is UnknownPasskeyError", async () => {
    const t = await setup();
    const { store, challenge } = await webAuthnStep(t);
    await store.answer({ credential: await t.removed.get({ challenge }) });
    const { error, status } = store.getState();
    expect(status).toBe("challenge");
    expect(error).toBeInstanceOf(UnknownPasskeyError);
    expect((error as UnknownPasskeyError).credentialId).toBe(t.removed.id);
    expect((error as Error).cause).toMatchObject({ name: "NotAuthorizedException" });
    expect(t.told).toEqual([{ rpId: "localhost", credentialId: t.removed.id }]);
  });

  it("a refused passkey that Cognito listed as the user's tells the browser nothing", async () => {
    const t = await setup();
    const { store } = await webAuthnStep(t);
    // The right passkey, signing the wrong challenge: refused, but Cognito knows it.
    await store.answer({ credential: await t.kept.get({ challenge: "c3RhbGU" }) });
    expect(store.getState().error).toMatchObject({ name: "NotAuthorizedException" });
    expect(t.told).toEqual([]);
  });

  it("an ended session tells the browser nothing", async () => {
    const t = await setup();
    const { store, challenge } = await webAuthnStep(t);
    t.fake.failNext("RespondToAuthChallenge", {
      error: "NotAuthorizedException",
      message: "Invalid session for the user, session is expired.",
    });
    await store.answer({ credential: await t.removed.get({ challenge }) });
    expect(store.getState().status).toBe("expired");
    expect(t.told).toEqual([]);
  });

  it("autofill: the browser is told, and the username step says what happened", async () => {
    const t = await setup();
    const { credentials, requests } = conditionalCredentials();
    const store = createSignIn({
      client: t.client,
      signals: t.signals,
      passkeyAutofill: { username: "pia", credentials },
    });
    const stop = store.subscribe(() => {});
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    const publicKey = requests[0]?.options.publicKey as PublicKeyCredentialRequestOptions;
    const challenge = Buffer.from(publicKey.challenge as ArrayBuffer).toString("base64url");
    requests[0]?.choose(await t.removed.get({ challenge }));
    await vi.waitFor(() => expect(store.getState().error).toBeInstanceOf(UnknownPasskeyError));
    expect(store.getState().status).toBe("identify");
    expect(t.told).toEqual([{ rpId: "localhost", credentialId: t.removed.id }]);
    stop();
  });
});
