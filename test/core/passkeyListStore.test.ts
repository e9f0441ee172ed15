// @vitest-environment node
/**
 * A user's passkeys on the store alone, against the fake: listed with the user's ways in, removed with
 * the browser told through the Signal API, and the last way in refused. Nothing secret in any state.
 */

import type { CognitoClient } from "../../src/core/client/client";
import { createCognitoClient } from "../../src/core/client/client";
import { completeWebAuthnRegistrationCommand } from "../../src/core/commands/completeWebAuthnRegistration";
import { startWebAuthnRegistrationCommand } from "../../src/core/commands/startWebAuthnRegistration";
import { createPasskeyEnrolment } from "../../src/core/passkeys/createPasskeyEnrolment";
import { createPasskeyList } from "../../src/core/passkeys/createPasskeyList";
import { createFakeCognito, type FakeUser } from "../../src/testing/index";
import { softAuthenticator, softCredentials } from "../support/softAuthenticator";

const PASSWORD = "Correct-Horse-1";

async function register(client: CognitoClient, accessToken: string) {
  const { credentialCreationOptions } = await client.send(startWebAuthnRegistrationCommand, { accessToken });
  const authenticator = await softAuthenticator();
  const credential = await authenticator.create(credentialCreationOptions);
  await client.send(completeWebAuthnRegistrationCommand, { accessToken, credential });
  return authenticator.id;
}

async function signedIn(users: FakeUser[], signIn: (client: CognitoClient) => Promise<string>) {
  const fake = createFakeCognito({ users, pool: { firstFactors: ["PASSWORD", "WEB_AUTHN"] } });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  return { fake, client, accessToken: await signIn(client) };
}

const byPassword = async (client: CognitoClient) =>
  (
    await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "pia", PASSWORD },
    })
  ).authenticationResult?.accessToken ?? "";

describe("createPasskeyList without React", () => {
  it("lists the passkeys and the ways in, removes one and tells the browser", async () => {
    const t = await signedIn([{ username: "pia", password: PASSWORD }], byPassword);
    const id = await register(t.client, t.accessToken);
    const told: unknown[] = [];
    const store = createPasskeyList({
      client: t.client,
      accessToken: t.accessToken,
      signals: { signalUnknownCredential: async (options) => void told.push(options) },
    });
    const states: unknown[] = [];
    store.subscribe(() => states.push(store.getState()));
    expect(store.getState().status).toBe("loading");
    await store.load();
    expect(store.getState()).toMatchObject({
      status: "ready",
      credentials: [{ credentialId: id, relyingPartyId: "localhost" }],
      factors: ["PASSWORD", "WEB_AUTHN"],
    });
    await store.remove(id);
    expect(store.getState()).toMatchObject({ credentials: [], factors: ["PASSWORD"], error: undefined });
    expect(told).toEqual([{ rpId: "localhost", credentialId: id }]);
    expect(JSON.stringify(states)).not.toContain(t.accessToken);
  });

  it("with the user handle a registration gave, tells the browser every passkey the user has left", async () => {
    const t = await signedIn([{ username: "pia", password: PASSWORD }], byPassword);
    let userHandle: string | undefined;
    const enrol = createPasskeyEnrolment({
      client: t.client,
      accessToken: t.accessToken,
      credentials: await softCredentials(),
      onDone: (_id, handle) => {
        userHandle = handle;
      },
    });
    await enrol.create();
    const kept = enrol.getState().credentialId;
    const gone = await register(t.client, t.accessToken);
    // The handle is the options' user.id, as Cognito gives it.
    const { credentialCreationOptions } = await t.client.send(startWebAuthnRegistrationCommand, {
      accessToken: t.accessToken,
    });
    expect(userHandle).toBe((credentialCreationOptions.user as { id: string }).id);

    const all: unknown[] = [];
    const unknown: unknown[] = [];
    const store = createPasskeyList({
      client: t.client,
      accessToken: t.accessToken,
      userHandle,
      signals: {
        signalAllAcceptedCredentials: async (options) => void all.push(options),
        signalUnknownCredential: async (options) => void unknown.push(options),
      },
    });
    await store.load();
    await store.remove(gone);
    expect(all).toEqual([{ rpId: "localhost", userId: userHandle, allAcceptedCredentialIds: [kept] }]);
    expect(unknown).toEqual([]);
    expect(store.getState().credentials.map((credential) => credential.credentialId)).toEqual([kept]);
  });

  it("refuses to remove the last way in, and allows it while another passkey remains", async () => {
    const first = await softAuthenticator();
    // A passkey-only user, signed in with that passkey.
    const t = await signedIn(
      [
        {
          username: "pax",
          firstFactors: ["WEB_AUTHN"],
          passkeys: [{ credentialId: first.id, publicKeyJwk: first.publicKeyJwk }],
        },
      ],
      async (client) => {
        const challenge = await client.initiateAuth({
          authFlow: "USER_AUTH",
          authParameters: { USERNAME: "pax", PREFERRED_CHALLENGE: "WEB_AUTHN" },
        });
        const options = JSON.parse(challenge.challengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? "{}");
        const done = await client.respondToAuthChallenge({
          challengeName: "WEB_AUTHN",
          session: challenge.session ?? "",
          challengeResponses: { USERNAME: "pax", CREDENTIAL: JSON.stringify(await first.get(options)) },
        });
        return done.authenticationResult?.accessToken ?? "";
      },
    );
    const store = createPasskeyList({ client: t.client, accessToken: t.accessToken, signals: {} });
    await store.load();
    expect(store.getState().factors).toEqual(["WEB_AUTHN"]);
    await store.remove(first.id);
    expect(store.getState().error).toMatchObject({ name: "LastWayInError" });
    expect(store.getState().credentials).toHaveLength(1);

    const second = await register(t.client, t.accessToken);
    await store.load();
    await store.remove(first.id);
    expect(store.getState()).toMatchObject({ error: undefined, credentials: [{ credentialId: second }] });
    await store.remove(second);
    expect(store.getState().error).toMatchObject({ name: "LastWayInError" });
  });
});
