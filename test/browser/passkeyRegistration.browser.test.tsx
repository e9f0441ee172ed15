/**
 * A passkey registered in a real Chromium with its virtual authenticator, at the fake: the creation
 * options Cognito's StartWebAuthnRegistration gives go through the browser's own JSON parser and
 * navigator.credentials.create, the fake checks Chromium's attestation and keeps the key, and a sign-in
 * with that passkey (navigator.credentials.get) is then verified against it.
 */
import { commands } from "vitest/browser";
import { createCognitoClient } from "../../src/core/client/client";
import { completeWebAuthnRegistrationCommand } from "../../src/core/commands/completeWebAuthnRegistration";
import { listWebAuthnCredentialsCommand } from "../../src/core/commands/listWebAuthnCredentials";
import { startWebAuthnRegistrationCommand } from "../../src/core/commands/startWebAuthnRegistration";
import { createFakeCognito } from "../../src/testing/index";

declare module "vitest/browser" {
  interface BrowserCommands {
    enableVirtualAuthenticator(): Promise<void>;
  }
}

/** Chromium's JSON forms of WebAuthn (Chrome 129+), typed here as the DOM lib may not have them yet. */
interface JsonCapable {
  parseCreationOptionsFromJSON(options: unknown): CredentialCreationOptions["publicKey"];
  parseRequestOptionsFromJSON(options: unknown): CredentialRequestOptions["publicKey"];
}
const toJSON = (credential: Credential | null) =>
  (credential as unknown as { toJSON(): Record<string, unknown> }).toJSON();

it("registers a passkey from Chromium's virtual authenticator, then signs in with it", async () => {
  await commands.enableVirtualAuthenticator();
  const fake = createFakeCognito({
    realism: true,
    rpId: location.hostname,
    pool: { mfa: "OFF", firstFactors: ["PASSWORD", "WEB_AUTHN"] },
    users: [{ username: "pia", password: "Correct-Horse-1" }],
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const tokens = await client.initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: "pia", PASSWORD: "Correct-Horse-1" },
  });
  const accessToken = tokens.authenticationResult?.accessToken ?? "";
  const json = PublicKeyCredential as unknown as JsonCapable;

  const { credentialCreationOptions } = await client.send(startWebAuthnRegistrationCommand, { accessToken });
  const created = await navigator.credentials.create({
    publicKey: json.parseCreationOptionsFromJSON(credentialCreationOptions),
  });
  await client.send(completeWebAuthnRegistrationCommand, { accessToken, credential: toJSON(created) });
  const { credentials } = await client.send(listWebAuthnCredentialsCommand, { accessToken });
  expect(credentials).toEqual([
    expect.objectContaining({
      credentialId: (created as PublicKeyCredential).id,
      relyingPartyId: location.hostname,
    }),
  ]);

  const challenge = await client.initiateAuth({
    authFlow: "USER_AUTH",
    authParameters: { USERNAME: "pia", PREFERRED_CHALLENGE: "WEB_AUTHN" },
  });
  const requestOptions = JSON.parse(challenge.challengeParameters?.CREDENTIAL_REQUEST_OPTIONS ?? "{}");
  const asserted = await navigator.credentials.get({
    publicKey: json.parseRequestOptionsFromJSON(requestOptions),
  });
  const signedIn = await client.respondToAuthChallenge({
    challengeName: "WEB_AUTHN",
    session: challenge.session ?? "",
    challengeResponses: { USERNAME: "pia", CREDENTIAL: JSON.stringify(toJSON(asserted)) },
  });
  expect(signedIn.authenticationResult?.accessToken).toEqual(expect.any(String));
});
