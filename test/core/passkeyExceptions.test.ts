// @vitest-environment node
/**
 * Every exception a passkey registration can end with, Cognito's (as AWS's model lists them for
 * StartWebAuthnRegistration and CompleteWebAuthnRegistration) and the browser's: each reaches the store
 * typed by its name, and each has English of its own rather than the generic "Try again".
 */

import { createCognitoClient } from "../../src/core/client/client";
import {
  COMPLETE_WEB_AUTHN_REGISTRATION,
  START_WEB_AUTHN_REGISTRATION,
} from "../../src/core/client/passkeyExceptions";
import { createPasskeyEnrolment } from "../../src/core/passkeys/createPasskeyEnrolment";
import { passkeyErrorHint } from "../../src/core/passkeys/hints";
import type { CredentialCreatorLike } from "../../src/core/webauthn/creation";
import { en } from "../../src/i18n/en";
import { errorMessage } from "../../src/i18n/format";
import { createFakeCognito } from "../../src/testing/index";
import { softCredentials } from "../support/softAuthenticator";

const PASSWORD = "Correct-Horse-1";

async function enrolment(credentials?: CredentialCreatorLike) {
  const fake = createFakeCognito({
    users: [{ username: "pia", password: PASSWORD }],
    pool: { firstFactors: ["PASSWORD", "WEB_AUTHN"] },
  });
  const client = createCognitoClient({ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake });
  const signedIn = await client.initiateAuth({
    authFlow: "USER_PASSWORD_AUTH",
    authParameters: { USERNAME: "pia", PASSWORD },
  });
  const accessToken = signedIn.authenticationResult?.accessToken ?? "";
  const store = createPasskeyEnrolment({
    client,
    accessToken,
    credentials: credentials ?? (await softCredentials()),
  });
  return { fake, store };
}

const generic = en["error.unknown"];

describe("a passkey registration's exceptions", () => {
  it.each([
    ...START_WEB_AUTHN_REGISTRATION.map((name) => ["StartWebAuthnRegistration", name] as const),
    ...COMPLETE_WEB_AUTHN_REGISTRATION.map((name) => ["CompleteWebAuthnRegistration", name] as const),
  ])("%s's %s is typed, with English of its own", async (operation, name) => {
    const { fake, store } = await enrolment();
    fake.failNext(operation, { error: name, message: `${name} from the service` });
    await store.create();
    const { error, status } = store.getState();
    expect(status).toBe("idle");
    expect(error).toMatchObject({ name });
    expect(errorMessage(error, en)).not.toBe(generic);
    // The app's developer is told which setting to fix, for every WebAuthn refusal.
    if (name.startsWith("WebAuthn")) expect(passkeyErrorHint(error)?.length).toBeGreaterThan(40);
  });

  it.each(["InvalidStateError", "NotSupportedError", "SecurityError", "UnknownError"])(
    "the browser's %s is kept by name, with English of its own where it means something",
    async (name) => {
      const { store } = await enrolment({ create: () => Promise.reject(new DOMException("no", name)) });
      await store.create();
      const { error } = store.getState();
      expect(error).toMatchObject({ name });
      // An unnamed failure of the browser's says "Try again", the honest thing left to say.
      if (name === "UnknownError") expect(errorMessage(error, en)).toBe(generic);
      else expect(errorMessage(error, en)).not.toBe(generic);
    },
  );

  it("a cancel (NotAllowedError, AbortError) is no error at all", async () => {
    for (const name of ["NotAllowedError", "AbortError"]) {
      const { store } = await enrolment({ create: () => Promise.reject(new DOMException("no", name)) });
      await store.create();
      expect(store.getState().error).toBeUndefined();
    }
  });
});
