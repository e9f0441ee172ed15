/**
 * A passkey sign-in in a real Chromium with a virtual authenticator: navigator.credentials.get signs
 * Cognito's challenge, and the fake verifies the signature with the registered public key.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { commands } from "vitest/browser";
import { SignIn, type SignInProps } from "../../src/components/SignIn";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito } from "../../src/testing/index";

declare module "vitest/browser" {
  interface BrowserCommands {
    addVirtualPasskey(options: {
      rpId: string;
      discoverableFor?: string;
    }): Promise<{ credentialId: string; publicKeyJwk: JsonWebKey }>;
  }
}

function renderPasskeySignIn(props: Partial<SignInProps> = {}) {
  const fake = createFakeCognito({
    // Realism: Cognito's options carry hints, attestation and required user verification, which
    // Chromium's own JSON parser must accept.
    realism: true,
    rpId: location.hostname,
    pool: { mfa: "OFF" },
    users: [{ username: "pia", password: "Correct-Horse-1", firstFactors: ["WEB_AUTHN", "PASSWORD"] }],
  });
  const signedIn: AuthenticationResult[] = [];
  render(
    <SignIn
      clientOptions={{ clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake }}
      preferredChallenge="WEB_AUTHN"
      onSignedIn={(tokens) => signedIn.push(tokens)}
      {...props}
    />,
  );
  return { fake, signedIn };
}

it("signs in with a passkey from Chromium's virtual authenticator", async () => {
  const { fake, signedIn } = renderPasskeySignIn();
  fake.addPasskey("pia", await commands.addVirtualPasskey({ rpId: location.hostname }));
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Username or email"), "pia{Enter}");
  await user.click(await screen.findByRole("button", { name: "Use passkey" }));
  // The sentence itself: a screen still loading announces "Loading…" as a status too.
  expect(await screen.findByText("You are signed in.", {}, { timeout: 10_000 })).toHaveAttribute(
    "role",
    "status",
  );
  expect(signedIn).toHaveLength(1);
});

it("refuses an assertion signed by another key than the one registered", async () => {
  const { fake, signedIn } = renderPasskeySignIn();
  const real = await commands.addVirtualPasskey({ rpId: location.hostname });
  const other = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ]);
  const otherPublicKey = await crypto.subtle.exportKey("jwk", other.publicKey);
  fake.addPasskey("pia", { credentialId: real.credentialId, publicKeyJwk: otherPublicKey });
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Username or email"), "pia{Enter}");
  await user.click(await screen.findByRole("button", { name: "Use passkey" }));
  // Cognito's NotAuthorizedException, said as what it is here: the passkey was not accepted.
  expect(await screen.findByText(/The passkey was not accepted/, {}, { timeout: 10_000 })).toHaveAttribute(
    "role",
    "alert",
  );
  expect(signedIn).toHaveLength(0);
});

it("offers the passkey in autofill (conditional mediation): choosing it signs in without typing", async () => {
  // Chromium's virtual authenticator chooses the passkey at once, as a user picking it from the list would.
  const passkey = await commands.addVirtualPasskey({ rpId: location.hostname, discoverableFor: "pia" });
  const { fake, signedIn } = renderPasskeySignIn({
    preferredChallenge: undefined,
    passkeyAutofill: { username: "pia" },
  });
  fake.addPasskey("pia", passkey);
  // The sentence itself: a screen still loading announces "Loading…" as a status too.
  expect(await screen.findByText("You are signed in.", {}, { timeout: 10_000 })).toHaveAttribute(
    "role",
    "status",
  );
  expect(signedIn).toHaveLength(1);
  expect(screen.queryByLabelText("Username or email")).toBeNull();
  expect(fake.calls.map((call) => call.challengeName ?? call.operation)).toEqual([
    "InitiateAuth",
    "WEB_AUTHN",
  ]);
});
