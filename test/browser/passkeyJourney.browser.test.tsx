/**
 * Issue 31's acceptance walk, in a real Chromium with its virtual authenticator and the fake: a password
 * sign-in accepts the passkey offer (the passkey is made at the fake); a new sign-in uses that passkey, by
 * the button and by autofill; <Passkeys> removes it and tells the browser (the Signal API); a passkey
 * sign-in then says why it cannot be, and the password goes on.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { commands } from "vitest/browser";
import { type PasskeyOffer, passkeyOffer } from "../../src/components/PasskeyOffer";
import { Passkeys } from "../../src/components/Passkeys";
import { SignIn, type SignInProps } from "../../src/components/SignIn";
import { createCognitoClient } from "../../src/core/client/client";
import { listWebAuthnCredentialsCommand } from "../../src/core/commands/listWebAuthnCredentials";
import type { AuthenticationResult } from "../../src/core/types";
import { createFakeCognito } from "../../src/testing/index";

declare module "vitest/browser" {
  interface BrowserCommands {
    enableVirtualAuthenticator(): Promise<void>;
  }
}

const PASSWORD = "Correct-Horse-1";
// Waits on what the user sees (the signed-in sentence), never on the first status: a screen still
// loading announces "Loading…" as a status too.
const signedInText = { timeout: 10_000 };

/** Records the page's Signal API calls, and still makes them: the browser is told for real. */
function recordSignals() {
  const told: unknown[] = [];
  const native = PublicKeyCredential as unknown as {
    signalUnknownCredential?: (options: unknown) => Promise<void>;
  };
  const original = native.signalUnknownCredential;
  expect(typeof original).toBe("function");
  native.signalUnknownCredential = (options) => {
    told.push(options);
    return original?.call(PublicKeyCredential, options) ?? Promise.resolve();
  };
  return told;
}

it("offer → passkey → sign in by button and autofill → removed and signalled → a clear way on", async () => {
  await commands.enableVirtualAuthenticator();
  const told = recordSignals();
  const fake = createFakeCognito({
    realism: true,
    rpId: location.hostname,
    pool: { mfa: "OFF", firstFactors: ["PASSWORD", "WEB_AUTHN"] },
    users: [{ username: "pia", password: PASSWORD }],
  });
  const clientOptions = { clientId: fake.clientId, endpoint: "http://fake.test/", fetch: fake };
  const signedIn: AuthenticationResult[] = [];
  const user = userEvent.setup();
  const signIn = (props: Partial<SignInProps>) =>
    render(
      <SignIn clientOptions={clientOptions} onSignedIn={(tokens) => signedIn.push(tokens)} {...props} />,
    );
  const passkeysAtFake = async () => {
    const client = createCognitoClient(clientOptions);
    const accessToken = signedIn.at(-1)?.accessToken ?? "";
    return (await client.send(listWebAuthnCredentialsCommand, { accessToken })).credentials;
  };

  // 1. A password sign-in, and the offer accepted: Chromium makes the passkey, the fake keeps it.
  const offer: PasskeyOffer = passkeyOffer();
  const first = signIn({ preferredChallenge: "PASSWORD", offerPasskey: offer });
  await user.type(screen.getByLabelText("Username or email"), "pia");
  await user.type(screen.getByLabelText("Password"), `${PASSWORD}{Enter}`);
  await user.click(await screen.findByRole("button", { name: "Create a passkey" }, signedInText));
  expect(await screen.findByText("You are signed in.", {}, signedInText)).toHaveAttribute("role", "status");
  expect(signedIn).toHaveLength(1);
  const [passkey] = await passkeysAtFake();
  expect(passkey?.relyingPartyId).toBe(location.hostname);
  first.unmount();

  // 2. Signed out, then in with that passkey: by the button…
  const byButton = signIn({ preferredChallenge: "WEB_AUTHN" });
  await user.type(screen.getByLabelText("Username or email"), "pia{Enter}");
  await user.click(await screen.findByRole("button", { name: "Use passkey" }, signedInText));
  expect(await screen.findByText("You are signed in.", {}, signedInText)).toHaveAttribute("role", "status");
  expect(signedIn).toHaveLength(2);
  byButton.unmount();
  // …and by autofill, where Chromium's authenticator picks it at once, as a user choosing it would.
  const byAutofill = signIn({ passkeyAutofill: { username: "pia" } });
  expect(await screen.findByText("You are signed in.", {}, signedInText)).toHaveAttribute("role", "status");
  expect(signedIn).toHaveLength(3);
  expect(fake.calls.slice(-2).map((call) => call.challengeName ?? call.operation)).toEqual([
    "InitiateAuth",
    "WEB_AUTHN",
  ]);
  byAutofill.unmount();

  // 3. Removed in <Passkeys>: the fake forgets it, and the browser is told.
  const page = render(
    <Passkeys clientOptions={clientOptions} accessToken={signedIn[2]?.accessToken ?? ""} />,
  );
  const [item] = await screen.findAllByRole("listitem", {}, signedInText);
  if (!item) throw new Error("no list item for the passkey");
  await user.click(within(item).getByRole("button", { name: /Remove/ }));
  await user.click(within(item).getByRole("button", { name: "Remove" }));
  expect(await screen.findByText("You have no passkeys yet.", {}, signedInText)).toBeVisible();
  expect(await passkeysAtFake()).toEqual([]);
  expect(told).toEqual([{ rpId: location.hostname, credentialId: passkey?.credentialId }]);
  page.unmount();

  // 4. A passkey sign-in now: Cognito offers no passkey, the step says why, and the password goes on.
  signIn({ preferredChallenge: "WEB_AUTHN" });
  await user.type(screen.getByLabelText("Username or email"), "pia{Enter}");
  expect(
    await screen.findByText("Your account has no passkey now. Sign in another way.", {}, signedInText),
  ).toHaveAttribute("role", "alert");
  await user.type(screen.getByLabelText("Password"), `${PASSWORD}{Enter}`);
  expect(await screen.findByText("You are signed in.", {}, signedInText)).toHaveAttribute("role", "status");
  expect(signedIn).toHaveLength(4);
});
