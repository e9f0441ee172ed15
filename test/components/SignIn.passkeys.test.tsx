/**
 * <SignIn offerPasskey> by keyboard, against the fake with a software authenticator: once signed in, a
 * user with no passkey is offered one, focus on "Create a passkey"; either way on ends in `onSignedIn`,
 * once; a refusal is said with both ways still there. <SignUp> offers it too, after the new account's
 * first sign-in.
 */
import { screen, waitFor } from "@testing-library/react";
import { passkeyOffer } from "../../src/components/PasskeyOffer";
import { createCognitoClient } from "../../src/core/client/client";
import { listWebAuthnCredentialsCommand } from "../../src/core/commands/listWebAuthnCredentials";
import type { CredentialCreatorLike } from "../../src/core/webauthn/creation";
import { scenarios } from "../../src/testing/index";
import { renderSignInUi } from "../support/renderSignInUi";
import { softAuthenticator, softCredentials } from "../support/softAuthenticator";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const PASSWORD = "Correct-Horse-1";
const pool = {
  users: [{ username: "pia", password: PASSWORD }],
  pool: { firstFactors: ["PASSWORD" as const, "WEB_AUTHN" as const] },
};

type Rendered = ReturnType<typeof renderSignInUi>;

async function signInByKeyboard(rendered: Rendered) {
  await rendered.user.click(screen.getByLabelText("Username or email"));
  await rendered.user.keyboard("pia");
  await rendered.user.tab();
  await rendered.user.keyboard(`${PASSWORD}{Enter}`);
  await screen.findByRole("heading", { name: "Sign in faster next time" });
  await waitFor(() =>
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Create a passkey" })),
  );
  // The tokens wait for the user's answer.
  expect(rendered.signedIn).toHaveLength(0);
}

async function passkeysOf(rendered: Rendered) {
  const client = createCognitoClient({
    clientId: rendered.fake.clientId,
    endpoint: "http://fake.test/",
    fetch: rendered.fake,
  });
  const accessToken = rendered.signedIn[0]?.accessToken ?? "";
  return (await client.send(listWebAuthnCredentialsCommand, { accessToken })).credentials;
}

describe("<SignIn offerPasskey>", () => {
  it("creates a passkey by Enter, then signs in", async () => {
    const credentials = await softCredentials();
    const rendered = renderSignInUi(
      scenarios.passwordOnly,
      { preferredChallenge: "PASSWORD", offerPasskey: passkeyOffer({ credentials }) },
      pool,
    );
    await signInByKeyboard(rendered);
    await rendered.user.keyboard("{Enter}");
    expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
    expect(rendered.signedIn).toHaveLength(1);
    expect((await passkeysOf(rendered)).map((passkey) => passkey.credentialId)).toEqual([
      credentials.authenticator.id,
    ]);
  });

  it('"Not now" by keyboard signs in without one', async () => {
    const rendered = renderSignInUi(
      scenarios.passwordOnly,
      {
        preferredChallenge: "PASSWORD",
        offerPasskey: passkeyOffer({ credentials: await softCredentials() }),
      },
      pool,
    );
    await signInByKeyboard(rendered);
    await rendered.user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Not now" }));
    await rendered.user.keyboard("{Enter}");
    await screen.findByText("You are signed in.");
    expect(rendered.signedIn).toHaveLength(1);
    expect(rendered.fake.calls.map((call) => call.operation)).not.toContain("StartWebAuthnRegistration");
    expect(await passkeysOf(rendered)).toEqual([]);
  });

  it("says why a passkey could not be made, and both ways on stay", async () => {
    const already: CredentialCreatorLike = {
      create: () => Promise.reject(new DOMException("exists", "InvalidStateError")),
    };
    const rendered = renderSignInUi(
      scenarios.passwordOnly,
      { preferredChallenge: "PASSWORD", offerPasskey: passkeyOffer({ credentials: already }) },
      pool,
    );
    await signInByKeyboard(rendered);
    await rendered.user.keyboard("{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "This device already has a passkey for your account.",
    );
    expect(screen.getByRole("button", { name: "Create a passkey" })).toBeEnabled();
    await rendered.user.click(screen.getByRole("button", { name: "Not now" }));
    await screen.findByText("You are signed in.");
    expect(rendered.signedIn).toHaveLength(1);
  });
});

describe("<SignIn> with a passkey Cognito no longer has", () => {
  it("tells the browser, says so, and signs in another way by keyboard", async () => {
    const kept = await softAuthenticator();
    const removed = await softAuthenticator();
    const told: unknown[] = [];
    const rendered = renderSignInUi(
      scenarios.passwordOnly,
      {
        preferredChallenge: "WEB_AUTHN",
        signals: { signalUnknownCredential: async (options) => void told.push(options) },
        credentials: {
          get: async (options) => {
            const publicKey = options.publicKey as PublicKeyCredentialRequestOptions;
            const challenge = Buffer.from(publicKey.challenge as ArrayBuffer).toString("base64url");
            const json = await removed.get({ challenge });
            return { toJSON: () => json } as unknown as Credential;
          },
        },
      },
      {
        users: [
          {
            username: "pia",
            password: PASSWORD,
            passkeys: [{ credentialId: kept.id, publicKeyJwk: kept.publicKeyJwk }],
          },
        ],
        pool: { firstFactors: ["PASSWORD", "WEB_AUTHN"] },
      },
    );
    await rendered.user.click(screen.getByLabelText("Username or email"));
    await rendered.user.keyboard("pia{Enter}");
    await screen.findByRole("heading", { name: "Sign in with a passkey" });
    await waitFor(() => expect(screen.getByRole("button", { name: "Use passkey" })).toHaveFocus());
    await rendered.user.keyboard("{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "This passkey is no longer on your account. Sign in another way; you can add a new passkey after.",
    );
    expect(told).toEqual([{ rpId: "localhost", credentialId: removed.id }]);
    await rendered.user.tab();
    expect(screen.getByRole("button", { name: "Sign in another way" })).toHaveFocus();
    await rendered.user.keyboard("{Enter}");
    // Cognito's own list of Pia's ways in.
    await screen.findByRole("heading", { name: "How do you want to sign in?" });
    expect(screen.getByRole("button", { name: /password/i })).toBeVisible();
  });
});

describe("<SignIn preferredChallenge='WEB_AUTHN'> for an account with no passkey now", () => {
  it("says so on the step Cognito gives instead, and the password still signs in", async () => {
    const rendered = renderSignInUi(scenarios.passwordOnly, { preferredChallenge: "WEB_AUTHN" }, pool);
    await rendered.user.click(screen.getByLabelText("Username or email"));
    await rendered.user.keyboard("pia{Enter}");
    await screen.findByRole("heading", { name: "Enter your password" });
    expect(screen.getByText("Your account has no passkey now. Sign in another way.")).toHaveAttribute(
      "role",
      "alert",
    );
    await waitFor(() => expect(screen.getByLabelText("Password")).toHaveFocus());
    await rendered.user.keyboard(`${PASSWORD}{Enter}`);
    await screen.findByText("You are signed in.");
    expect(rendered.signedIn).toHaveLength(1);
  });
});
