// @vitest-environment node
/**
 * Passkeys at the fake, end to end through our client, with a software authenticator: registered for real
 * (creation options, attestation "none" and "packed", the key kept), listed, used to sign in (the assertion
 * verified against the kept key), deleted, and every refusal Cognito documents for registration.
 */
import { createCognitoClient } from "../../src/core/client/client";
import { completeWebAuthnRegistrationCommand } from "../../src/core/commands/completeWebAuthnRegistration";
import { deleteWebAuthnCredentialCommand } from "../../src/core/commands/deleteWebAuthnCredential";
import { getUserAuthFactorsCommand } from "../../src/core/commands/getUserAuthFactors";
import { listWebAuthnCredentialsCommand } from "../../src/core/commands/listWebAuthnCredentials";
import { startWebAuthnRegistrationCommand } from "../../src/core/commands/startWebAuthnRegistration";
import { createFakeCognito, type FakePool } from "../../src/testing/index";
import { softAuthenticator } from "../support/softAuthenticator";

const PASSWORD = "Correct-Horse-1";

async function setup(pool: FakePool = { firstFactors: ["PASSWORD", "WEB_AUTHN"] }, realism = false) {
  let now = Date.parse("2026-12-07T10:00:00Z");
  const fake = createFakeCognito({
    users: [{ username: "pia", password: PASSWORD }],
    pool,
    clock: () => now,
    realism,
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const signedIn = await client.initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: "pia", PASSWORD },
  });
  const accessToken = signedIn.authenticationResult?.accessToken ?? "";
  const outcome = (call: Promise<unknown>) =>
    call.then(
      (value) => ({ ok: value ?? true }),
      (error: { name?: string }) => ({ error: error.name }),
    );
  return {
    fake,
    client,
    accessToken,
    outcome,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("passkeys at the fake", () => {
  it("registers, lists, signs in with, and deletes a passkey", async () => {
    const t = await setup();
    const factors = () => t.client.send(getUserAuthFactorsCommand, { accessToken: t.accessToken });
    expect(await factors()).toMatchObject({ username: "pia", configuredUserAuthFactors: ["PASSWORD"] });

    const { credentialCreationOptions: options } = await t.client.send(startWebAuthnRegistrationCommand, {
      accessToken: t.accessToken,
    });
    expect(options).toMatchObject({
      challenge: expect.stringMatching(/^[\w-]{43}$/),
      rp: { id: "localhost" },
      user: { name: "pia" },
      pubKeyCredParams: [
        { type: "public-key", alg: -7 },
        { type: "public-key", alg: -257 },
      ],
      excludeCredentials: [],
    });
    const authenticator = await softAuthenticator();
    const credential = await authenticator.create(options);
    await t.client.send(completeWebAuthnRegistrationCommand, { accessToken: t.accessToken, credential });

    const listed = await t.client.send(listWebAuthnCredentialsCommand, { accessToken: t.accessToken });
    expect(listed).toEqual({
      credentials: [
        {
          credentialId: authenticator.id,
          friendlyCredentialName: "Passkey",
          relyingPartyId: "localhost",
          authenticatorAttachment: "platform",
          authenticatorTransports: ["internal"],
          createdAt: Date.parse("2026-12-07T10:00:00Z"),
        },
      ],
      nextToken: undefined,
    });
    expect((await factors()).configuredUserAuthFactors).toEqual(["PASSWORD", "WEB_AUTHN"]);
    // The next registration excludes it, so the browser will not make a second one on this device.
    const again = await t.client.send(startWebAuthnRegistrationCommand, { accessToken: t.accessToken });
    expect(again.credentialCreationOptions.excludeCredentials).toEqual([
      { type: "public-key", id: authenticator.id },
    ]);

    // A sign-in with it: the assertion is verified against the key the registration kept.
    const signIn = async () => {
      const challenge = await t.client.initiateAuth({
        authFlow: "USER_AUTH",
        authParameters: { USERNAME: "pia", PREFERRED_CHALLENGE: "WEB_AUTHN" },
      });
      const requestOptions = JSON.parse(challenge.challengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? "{}");
      return t.client.respondToAuthChallenge({
        challengeName: "WEB_AUTHN",
        session: challenge.session ?? "",
        challengeResponses: {
          USERNAME: "pia",
          CREDENTIAL: JSON.stringify(await authenticator.get(requestOptions)),
        },
      });
    };
    expect((await signIn()).authenticationResult?.accessToken).toEqual(expect.any(String));

    await t.client.send(deleteWebAuthnCredentialCommand, {
      accessToken: t.accessToken,
      credentialId: authenticator.id,
    });
    expect(
      (await t.client.send(listWebAuthnCredentialsCommand, { accessToken: t.accessToken })).credentials,
    ).toEqual([]);
    expect(await t.outcome(signIn())).toEqual({ error: expect.stringMatching(/Exception$/) });
    expect(
      await t.outcome(
        t.client.send(deleteWebAuthnCredentialCommand, {
          accessToken: t.accessToken,
          credentialId: authenticator.id,
        }),
      ),
    ).toEqual({ error: "ResourceNotFoundException" });
  });

  it("takes packed self attestation, verifying its signature with the new key", async () => {
    const t = await setup();
    const { credentialCreationOptions: options } = await t.client.send(startWebAuthnRegistrationCommand, {
      accessToken: t.accessToken,
    });
    const authenticator = await softAuthenticator();
    const credential = await authenticator.create(options, { format: "packed" });
    expect(
      await t.outcome(
        t.client.send(completeWebAuthnRegistrationCommand, { accessToken: t.accessToken, credential }),
      ),
    ).toEqual({ ok: true });
  });

  it("refuses what Cognito refuses, each with its exception", async () => {
    const t = await setup();
    const complete = (credential: Record<string, unknown>) =>
      t.outcome(
        t.client.send(completeWebAuthnRegistrationCommand, { accessToken: t.accessToken, credential }),
      );
    const start = async () =>
      (await t.client.send(startWebAuthnRegistrationCommand, { accessToken: t.accessToken }))
        .credentialCreationOptions;
    const authenticator = await softAuthenticator();

    // No registration started: no challenge to answer.
    expect(await complete(await authenticator.create({ challenge: "x", rp: { id: "localhost" } }))).toEqual({
      error: "WebAuthnChallengeNotFoundException",
    });
    // Another challenge than the one issued.
    await start();
    expect(
      await complete(await authenticator.create({ challenge: "not-it", rp: { id: "localhost" } })),
    ).toEqual({
      error: "WebAuthnChallengeNotFoundException",
    });
    // Another website's origin.
    expect(
      await complete(await authenticator.create(await start(), { origin: "https://evil.example" })),
    ).toEqual({
      error: "WebAuthnOriginNotAllowedException",
    });
    // A credential for another relying party.
    expect(await complete(await authenticator.create(await start(), { rpId: "evil.example" }))).toEqual({
      error: "WebAuthnRelyingPartyMismatchException",
    });
    // A challenge that ran out.
    const late = await authenticator.create(await start());
    t.advance(5 * 60_000);
    expect(await complete(late)).toEqual({ error: "WebAuthnChallengeNotFoundException" });
    // Something that is no credential at all.
    await start();
    expect(await complete({ id: "x", response: { clientDataJSON: "e30", attestationObject: "oA" } })).toEqual(
      {
        error: "InvalidParameterException",
      },
    );
    // A signed-out token.
    expect(
      await t.outcome(t.client.send(startWebAuthnRegistrationCommand, { accessToken: "not-a-token" })),
    ).toEqual({ error: "NotAuthorizedException" });
  });

  it("a pool without passkeys among its first factors refuses to register one", async () => {
    const t = await setup({ firstFactors: ["PASSWORD"] });
    expect(
      await t.outcome(t.client.send(startWebAuthnRegistrationCommand, { accessToken: t.accessToken })),
    ).toEqual({
      error: "WebAuthnNotEnabledException",
    });
  });

  it("lists a page at a time, and reads the answers' nulls under realism", async () => {
    const t = await setup({ firstFactors: ["PASSWORD", "WEB_AUTHN"] }, true);
    for (let index = 0; index < 3; index += 1) {
      const options = (await t.client.send(startWebAuthnRegistrationCommand, { accessToken: t.accessToken }))
        .credentialCreationOptions;
      const credential = await (await softAuthenticator()).create(options);
      await t.client.send(completeWebAuthnRegistrationCommand, { accessToken: t.accessToken, credential });
    }
    const first = await t.client.send(listWebAuthnCredentialsCommand, {
      accessToken: t.accessToken,
      maxResults: 2,
    });
    expect(first.credentials).toHaveLength(2);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await t.client.send(listWebAuthnCredentialsCommand, {
      accessToken: t.accessToken,
      maxResults: 2,
      nextToken: first.nextToken,
    });
    expect(second).toMatchObject({ nextToken: undefined });
    expect(second.credentials).toHaveLength(1);
    expect(await t.client.send(getUserAuthFactorsCommand, { accessToken: t.accessToken })).toMatchObject({
      configuredUserAuthFactors: ["PASSWORD", "WEB_AUTHN"],
      mfaSettings: [],
      preferredMfa: undefined,
    });
  });
});
