// @vitest-environment node
/**
 * Registering a passkey on the store alone, against the fake, with a software authenticator standing in
 * for `navigator.credentials.create`: registered and kept; a cancel quiet; the browser's and Cognito's
 * refusals kept as the error; nothing secret in any state it publishes.
 */
import { createCognitoClient } from "../../src/core/client/client";
import { listWebAuthnCredentialsCommand } from "../../src/core/commands/listWebAuthnCredentials";
import { createPasskeyEnrolment } from "../../src/core/passkeys/createPasskeyEnrolment";
import type { CredentialCreatorLike } from "../../src/core/webauthn/creation";
import { createFakeCognito, type FakePool } from "../../src/testing/index";
import { softCredentials } from "../support/softAuthenticator";

const PASSWORD = "Correct-Horse-1";

const creator = softCredentials;

const refusing = (name: string): CredentialCreatorLike => ({
  create: () => Promise.reject(new DOMException("refused", name)),
});

async function setup(pool: FakePool = { firstFactors: ["PASSWORD", "WEB_AUTHN"] }) {
  const fake = createFakeCognito({ users: [{ username: "pia", password: PASSWORD }], pool });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const tokens = await client.initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: "pia", PASSWORD },
  });
  return { fake, client, accessToken: tokens.authenticationResult?.accessToken ?? "" };
}

describe("createPasskeyEnrolment without React", () => {
  it("asks Cognito for options, the browser for a passkey, and Cognito to keep it", async () => {
    const t = await setup();
    const credentials = await creator();
    const done: string[] = [];
    const store = createPasskeyEnrolment({
      client: t.client,
      accessToken: t.accessToken,
      credentials,
      onDone: (id) => done.push(id),
    });
    const states: unknown[] = [store.getState()];
    store.subscribe(() => states.push(store.getState()));
    await store.create();
    const { credentialId } = store.getState();
    expect(store.getState()).toMatchObject({ status: "done", error: undefined, pending: false });
    expect(done).toEqual([credentialId]);
    // The browser got binary options: the challenge and the user's id decoded from Cognito's JSON.
    const publicKey = credentials.seen[0]?.publicKey as PublicKeyCredentialCreationOptions;
    expect(publicKey.challenge).toBeInstanceOf(ArrayBuffer);
    expect(publicKey.user.name).toBe("pia");
    const listed = await t.client.send(listWebAuthnCredentialsCommand, { accessToken: t.accessToken });
    expect(listed.credentials.map((credential) => credential.credentialId)).toEqual([credentialId]);
    expect(JSON.stringify(states)).not.toContain(t.accessToken);
  });

  it("a cancel is quiet and leaves it ready to try again", async () => {
    const t = await setup();
    const store = createPasskeyEnrolment({
      client: t.client,
      accessToken: t.accessToken,
      credentials: refusing("NotAllowedError"),
    });
    await store.create();
    expect(store.getState()).toEqual({
      status: "idle",
      credentialId: undefined,
      pending: false,
      error: undefined,
    });
    store.setOptions({ accessToken: t.accessToken, credentials: await creator() });
    await store.create();
    expect(store.getState().status).toBe("done");
  });

  it("keeps the browser's and Cognito's refusals as the error", async () => {
    const t = await setup();
    const already = createPasskeyEnrolment({
      client: t.client,
      accessToken: t.accessToken,
      credentials: refusing("InvalidStateError"),
    });
    await already.create();
    expect(already.getState()).toMatchObject({ status: "idle", error: { name: "InvalidStateError" } });

    // No WebAuthn here at all (a server, an old browser): said, not thrown.
    const none = createPasskeyEnrolment({ client: t.client, accessToken: t.accessToken });
    await none.create();
    expect(none.getState().error).toMatchObject({ name: "NotSupportedError" });

    const off = await setup({ firstFactors: ["PASSWORD"] });
    const refused = createPasskeyEnrolment({
      client: off.client,
      accessToken: off.accessToken,
      credentials: await creator(),
    });
    await refused.create();
    expect(refused.getState().error).toMatchObject({ name: "WebAuthnNotEnabledException" });
  });
});
