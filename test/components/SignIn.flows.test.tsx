/**
 * <SignIn> through every scenario, by keyboard alone: typing, Tab, Space and Enter. After each step,
 * focus must be on the first field of the new step, and the tokens reach onSignedIn exactly once.
 */
import { render, screen, waitFor } from "@testing-library/react";
import { QrCode } from "../../src/components/MfaSetupChallenge";
import { SignIn } from "../../src/components/SignIn";
import { memoryDeviceStore } from "../../src/core/signIn/devices";
import { totpUri } from "../../src/core/totp/totp";
import { scenarios } from "../../src/testing/index";
import { runWithAndWithoutRealism } from "../support/fakeDefaults";
import { renderSignInUi } from "../support/renderSignInUi";
import { warmLazyModules } from "../support/warmLazyModules";

beforeAll(warmLazyModules);

const PASSWORD = "Correct-Horse-1";

type Rendered = ReturnType<typeof renderSignInUi>;

function modulesOf(element: Element): string {
  return Array.from(element.querySelectorAll("path"), (path) => path.getAttribute("d")).join("|");
}

/** The modules our QrCode draws for a value, rendered on its own for comparison. */
async function qrModules(value: string): Promise<string> {
  const { container, unmount } = render(<QrCode value={value} label="reference" />);
  await waitFor(() => expect(container.querySelector("path")).not.toBeNull());
  const modules = modulesOf(container);
  unmount();
  return modules;
}

/** Waits for a step by its heading, then checks where focus is. */
async function step(title: string | RegExp, focused?: string | RegExp) {
  await screen.findByRole("heading", { name: title });
  if (focused) await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(focused)));
}

async function identify(rendered: Rendered, username: string, password?: string) {
  await rendered.user.click(screen.getByLabelText("Username or email"));
  await rendered.user.keyboard(username);
  if (password !== undefined) {
    await rendered.user.tab();
    await rendered.user.keyboard(password);
  }
  await rendered.user.keyboard("{Enter}");
}

async function signedIn(rendered: Rendered) {
  expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
  expect(rendered.signedIn).toHaveLength(1);
  expect(rendered.signedIn[0]?.accessToken).toEqual(expect.any(String));
}

runWithAndWithoutRealism("<SignIn> by keyboard", () => {
  it("passwordOnly, with the password asked on the first step (one request)", async () => {
    const rendered = renderSignInUi(scenarios.passwordOnly, { preferredChallenge: "PASSWORD" });
    await identify(rendered, "alice", PASSWORD);
    await signedIn(rendered);
    expect(rendered.fake.calls).toHaveLength(1);
  });

  it("choice: SELECT_CHALLENGE → password revealed in place, one more request", async () => {
    const rendered = renderSignInUi(scenarios.choice);
    await identify(rendered, "zoe@example.com");
    await step("How do you want to sign in?");
    expect(
      screen
        .getAllByRole("button")
        .filter((button) => button.dataset.variant !== "link")
        .map((button) => button.textContent),
    ).toEqual(["Password", "Code by text message", "Code by email"]);
    // Focus moves in an effect after the step renders: wait for it, as `step` does for fields.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Password" })),
    );
    await rendered.user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Password")));
    await rendered.user.keyboard(`${PASSWORD}{Enter}`);
    await signedIn(rendered);
    expect(rendered.fake.calls).toHaveLength(2);
  });

  it("choice: EMAIL_OTP by keyboard, with the masked address shown", async () => {
    const rendered = renderSignInUi(scenarios.choice, { challengeOrder: ["EMAIL_OTP", "PASSWORD"] });
    await identify(rendered, "zoe@example.com");
    await step("How do you want to sign in?");
    // The app's order comes first; the rest follow in Cognito's order.
    expect(
      screen
        .getAllByRole("button")
        .filter((button) => button.dataset.variant !== "link")
        .map((button) => button.textContent),
    ).toEqual(["Code by email", "Password", "Code by text message"]);
    await rendered.user.keyboard("{Enter}");
    await step("Enter your code", "Code");
    expect(screen.getByText("We sent a code by email to \u2068z***@e***\u2069.")).toBeInTheDocument();
    await rendered.user.keyboard(`${rendered.fake.lastCode("zoe")}{Enter}`);
    await signedIn(rendered);
  });

  it("choice: SMS_OTP preferred, a wrong code announced and kept, then the right one", async () => {
    const rendered = renderSignInUi(scenarios.choice, { preferredChallenge: "SMS_OTP" });
    await identify(rendered, "zoe@example.com");
    await step("Enter your code", "Code");
    expect(
      screen.getByText("We sent a code by text message to \u2068+*******0100\u2069."),
    ).toBeInTheDocument();
    const right = rendered.fake.lastCode("zoe") ?? "";
    const wrong = right === "000000" ? "111111" : "000000";
    await rendered.user.keyboard(`${wrong}{Enter}`);
    // The live region is always there; wait for the answer to fill it.
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent("That code is not right. Check it and try again."),
    );
    const field = screen.getByLabelText("Code");
    expect(field).toHaveValue(wrong);
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field.getAttribute("aria-describedby")).toContain(screen.getByRole("alert").id);
    await rendered.user.clear(field);
    await rendered.user.keyboard(`${right}{Enter}`);
    await signedIn(rendered);
  });

  it("totpSetup: the QR encodes exactly totpUri(secret); the secret for reading; code and device name", async () => {
    const rendered = renderSignInUi(scenarios.totpSetup, { totpIssuer: "Acme & Co" });
    await identify(rendered, "sam", PASSWORD);
    await step("Set up two-step verification");
    await rendered.user.keyboard("{Enter}");
    const qr = await screen.findByRole("img", { name: "QR code for your authenticator app" });
    await waitFor(() => expect(qr.querySelector("path")).not.toBeNull());
    const secret = rendered.fake.totpSecret("sam") ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // Same encoder and settings: the same modules mean the same content, bit for bit.
    expect(await qrModules(totpUri({ secret, issuer: "Acme & Co", account: "sam" }))).toBe(modulesOf(qr));
    expect(await qrModules(totpUri({ secret, issuer: "Acme", account: "sam" }))).not.toBe(modulesOf(qr));

    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Code from the app")));
    await rendered.user.click(screen.getByRole("button", { name: "Can't scan it?" }));
    expect(screen.getByText("Setup key").nextElementSibling).toHaveTextContent(
      secret.match(/.{1,4}/g)?.join(" ") ?? "",
    );
    await rendered.user.click(screen.getByLabelText("Code from the app"));
    await rendered.user.keyboard((await rendered.fake.totpCode("sam")) ?? "");
    await rendered.user.tab();
    await rendered.user.keyboard("Sam's phone{Enter}");
    await signedIn(rendered);
    expect(rendered.fake.user("sam")?.mfa?.totpSecret).toBe(secret);
    // The secret leaves the screen when setup ends.
    expect(document.body.textContent).not.toContain(secret.slice(0, 4));
  });

  it("mfaSetupChoice: email MFA set up by keyboard", async () => {
    const rendered = renderSignInUi(scenarios.mfaSetupChoice);
    await identify(rendered, "sky", PASSWORD);
    await step("Set up two-step verification");
    expect(
      screen
        .getAllByRole("button")
        .filter((button) => button.dataset.variant !== "link")
        .map((button) => button.textContent),
    ).toEqual(["Authenticator app", "Email"]);
    await rendered.user.tab();
    await rendered.user.keyboard("{Enter}");
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText("Email address for codes")),
    );
    await rendered.user.keyboard("sky@example.net{Enter}");
    await step("Enter your code", "Code");
    await rendered.user.keyboard(`${rendered.fake.lastCode("sky")}{Enter}`);
    await signedIn(rendered);
  });

  it("rememberDevice: password by SRP, the code, 'Remember this device'; the next sign-in asks no code", async () => {
    const deviceStore = memoryDeviceStore();
    const rendered = renderSignInUi(scenarios.rememberDevice, { deviceStore });
    await identify(rendered, "rita", PASSWORD);
    await step("Enter your code", "Code");
    await rendered.user.keyboard(`${await rendered.fake.totpCode("rita")}{Enter}`);
    await step("Remember this device?");
    expect(rendered.signedIn).toHaveLength(0);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Remember this device" })),
    );
    await rendered.user.keyboard("{Enter}");
    await signedIn(rendered);
    expect(rendered.fake.devices("rita")).toEqual([expect.objectContaining({ remembered: true })]);
    rendered.unmount();

    const again: unknown[] = [];
    render(
      <SignIn
        clientOptions={{
          clientId: rendered.fake.clientId,
          userPoolId: rendered.fake.userPoolId,
          endpoint: "http://fake.test/",
          fetch: rendered.fake,
        }}
        preferredChallenge="PASSWORD"
        srp
        deviceStore={deviceStore}
        onSignedIn={(tokens) => again.push(tokens)}
      />,
    );
    await identify(rendered, "rita", PASSWORD);
    expect(await screen.findByText("You are signed in.")).toHaveAttribute("role", "status");
    expect(again).toHaveLength(1);
    expect(
      rendered.fake.calls
        .map((call) => call.challengeName)
        .filter(Boolean)
        .slice(-3),
    ).toEqual(["PASSWORD_VERIFIER", "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER"]);
  });

  it("totpMfa names the device", async () => {
    const rendered = renderSignInUi(scenarios.totpMfa);
    await identify(rendered, "tara", PASSWORD);
    await step("Enter your code", "Code");
    expect(
      screen.getByText("Enter the code from your authenticator app on Tara's phone."),
    ).toBeInTheDocument();
    await rendered.user.keyboard(`${await rendered.fake.totpCode("tara")}{Enter}`);
    await signedIn(rendered);
  });

  it.each([
    ["smsMfa", "sid", "We sent a code by text message to \u2068+********0123\u2069."],
    ["emailMfa", "emma", "We sent a code by email to \u2068e***@e***\u2069."],
  ] as const)("%s", async (id, username, sentTo) => {
    const rendered = renderSignInUi(scenarios[id], { codeOptions: { resendCooldownSeconds: 0 } });
    await identify(rendered, username, PASSWORD);
    await screen.findByText(sentTo);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Code")));
    expect(screen.getByText(`Signing in as \u2068${username}\u2069`)).toBeInTheDocument();
    // MFA after a password: a new code takes a new InitiateAuth with the same password, which the flow
    // holds for this sign-in. The user stays on the step and is told.
    const first = rendered.fake.lastCode(username);
    await rendered.user.click(screen.getByRole("button", { name: "Send a new code" }));
    expect(await screen.findByText("We sent a new code.")).toHaveAttribute("role", "status");
    expect(rendered.fake.calls.map((call) => call.operation)).toEqual(["InitiateAuth", "InitiateAuth"]);
    expect(rendered.fake.deliveries).toHaveLength(2);
    expect(screen.getByLabelText("Code")).toHaveValue("");
    // Focus is back in the code field for the new code.
    await waitFor(() => expect(screen.getByLabelText("Code")).toHaveFocus());
    // The first code is spent: its session is gone. The new one signs in.
    expect(rendered.fake.lastCode(username)).not.toBe(first);
    await rendered.user.keyboard(`${rendered.fake.lastCode(username)}{Enter}`);
    await signedIn(rendered);
  });

  it("selectMfaType: the authenticator app chosen by keyboard", async () => {
    const rendered = renderSignInUi(scenarios.selectMfaType);
    await identify(rendered, "max", PASSWORD);
    await step("Choose how to verify it's you");
    await rendered.user.tab();
    await rendered.user.keyboard(" ");
    await step("Enter your code", "Code");
    await rendered.user.keyboard(`${await rendered.fake.totpCode("max")}{Enter}`);
    await signedIn(rendered);
  });

  it("newPassword: mismatch caught locally, policy shown, attributes asked", async () => {
    const rendered = renderSignInUi(scenarios.newPassword, {
      passwordPolicy: { minLength: 10, requireNumbers: true },
    });
    await identify(rendered, "nina", "Temp-Pass-1");
    // The attributes come first, so that the step's error (a refused password) shows under the password.
    await step("Choose a new password", "First name");
    await rendered.user.keyboard("Nina");
    await rendered.user.tab();
    await rendered.user.keyboard("Okafor");
    await rendered.user.tab();
    expect(screen.getByLabelText("New password")).toHaveFocus();
    expect(screen.getByText(/at least 10 characters/)).toHaveAttribute("data-state", "unmet");
    await rendered.user.keyboard("Brand-New-Pass-2");
    expect(screen.getByText(/at least 10 characters/)).toHaveAttribute("data-state", "met");
    await rendered.user.tab(); // the show/hide toggle
    await rendered.user.tab();
    await rendered.user.keyboard("Brand-New-Pass-3{Enter}");
    // Said under the second field, which gets the focus; nothing is sent.
    const mismatch = await screen.findByText("The passwords do not match.");
    await waitFor(() => expect(screen.getByLabelText("Repeat the new password")).toHaveFocus());
    expect(screen.getByLabelText("Repeat the new password")).toHaveAccessibleDescription(
      "The passwords do not match.",
    );
    expect(rendered.fake.calls).toHaveLength(1);
    await rendered.user.clear(screen.getByLabelText("Repeat the new password"));
    await rendered.user.type(screen.getByLabelText("Repeat the new password"), "Brand-New-Pass-2");
    // Fixed, the message goes.
    expect(mismatch).not.toBeInTheDocument();
    await rendered.user.keyboard("{Enter}");
    await signedIn(rendered);
    expect(rendered.fake.user("nina")?.attributes).toEqual({ given_name: "Nina", family_name: "Okafor" });
  });

  it("customChallenge shows the Lambda's question", async () => {
    const rendered = renderSignInUi(scenarios.customChallenge);
    await identify(rendered, "cody");
    await step("One more step", "Your answer");
    expect(screen.getByText("What is 2 + 3?")).toBeInTheDocument();
    await rendered.user.keyboard("5{Enter}");
    await signedIn(rendered);
  });

  it("passkey: navigator.credentials.get gets Cognito's options, its credential is answered", async () => {
    const rendered = renderSignInUi(scenarios.passkey, {
      preferredChallenge: "WEB_AUTHN",
      credentials: {
        get: async (options) => {
          expect(new Uint8Array(options.publicKey?.challenge as ArrayBuffer).length).toBeGreaterThan(16);
          const assertion = rendered.fake.passkeyAssertion("pia");
          return { toJSON: () => assertion } as unknown as Credential;
        },
      },
    });
    await identify(rendered, "pia");
    await step("Sign in with a passkey");
    // Focus moves in an effect after the step renders: wait for it, as `step` does for fields.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Use passkey" })),
    );
    await rendered.user.keyboard("{Enter}");
    await signedIn(rendered);
  });

  it("expiredSession: says so, and starting again keeps the username", async () => {
    const rendered = renderSignInUi(scenarios.expiredSession);
    await identify(rendered, "alice");
    await step("How do you want to sign in?");
    await rendered.user.keyboard("{Enter}");
    await rendered.user.keyboard(`${PASSWORD}{Enter}`);
    expect(
      await screen.findByText(
        "This sign-in took too long or was interrupted. Start again to get a new session.",
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Start again" })),
    );
    await rendered.user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Username or email")));
    expect(screen.getByLabelText("Username or email")).toHaveValue("alice");
    await rendered.user.keyboard("{Enter}");
    await step("How do you want to sign in?");
    await rendered.user.keyboard("{Enter}");
    await rendered.user.keyboard(`${PASSWORD}{Enter}`);
    await signedIn(rendered);
  });

  it("tooManyAttempts: three wrong codes end the session", async () => {
    const rendered = renderSignInUi(scenarios.tooManyAttempts);
    await identify(rendered, "tom");
    // SMS is tom's only way in: the choice is made for him, so the code step comes straight away.
    await step("Enter your code", "Code");
    expect(rendered.fake.calls.map((call) => call.operation)).toEqual([
      "InitiateAuth",
      "RespondToAuthChallenge",
    ]);
    const wrong = rendered.fake.lastCode("tom") === "000000" ? "111111" : "000000";
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await rendered.user.clear(screen.getByLabelText("Code"));
      await rendered.user.keyboard(`${wrong}{Enter}`);
      await waitFor(() => expect(rendered.fake.calls).toHaveLength(3 + attempt));
    }
    expect(await screen.findByRole("button", { name: "Start again" })).toBeInTheDocument();
    // Said as the error it is, with its reason, not as a session that took too long.
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Too many incorrect codes. Start again to get a new one.",
    );
    expect(screen.queryByText(/took too long/)).toBeNull();
  });
});
