import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { contactCheck } from "../../src/components/ContactCheck";
import { passkeyOffer } from "../../src/components/PasskeyOffer";
import { de } from "../../src/i18n/de";
import { scenarios } from "../../src/testing/index";
import { themePresets } from "../../src/theme/theme";
import "../../src/theme/styles.css";
import { Flow } from "./Flow";
import { nextPanelCode, panelCode } from "./panelCode";
import { played } from "./played";

const meta = {
  title: "Flows/SignIn",
  // <SignIn> renders its own root; the preview adds none around it.
  tags: ["own-root"],
  component: Flow,
  args: { scenario: "passwordOnly" },
  argTypes: {
    scenario: { control: "select", options: Object.keys(scenarios) },
    realism: { control: "boolean" },
  },
  parameters: { layout: "padded" },
  // The toolbar's colour mode, theme and language reach <SignIn> as props; a story's own args win.
  render: (args, { globals }) => (
    <Flow
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof Flow>;
export default meta;
type Story = StoryObj<typeof meta>;

const PASSWORD = "Correct-Horse-1";
const NEW_PASSWORD = "Brand-New-Pass-2";

async function typeUsername(canvasElement: HTMLElement, username: string) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText("Username or email"), username);
}

/** The username and the password, sent with Enter. */
async function typeUsernameAndPassword(canvasElement: HTMLElement, username: string) {
  await typeUsername(canvasElement, username);
  await userEvent.type(within(canvasElement).getByLabelText("Password"), `${PASSWORD}{Enter}`);
}

/** The username, then "Forgot password?": the reset starts with that username. */
async function forgotPasswordOf(canvasElement: HTMLElement, username: string) {
  await typeUsername(canvasElement, username);
  await userEvent.click(within(canvasElement).getByRole("button", { name: "Forgot password?" }));
}

/** On the reset's code step, once focus is in the code field: the code, then the new password, sent. */
async function enterCodeAndNewPassword(canvasElement: HTMLElement, code: string) {
  const canvas = within(canvasElement);
  await waitFor(() => expect(canvas.getByLabelText("Code")).toHaveFocus());
  await userEvent.keyboard(code);
  await userEvent.type(canvas.getByLabelText("New password"), `${NEW_PASSWORD}{Enter}`);
}

async function expectSignedIn(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await expect(await canvas.findByText("You are signed in.", {}, { timeout: 5000 })).toHaveAttribute(
    "role",
    "status",
  );
  await expect(canvas.getByTestId("signed-in")).toBeVisible();
}

export const PasswordOnly: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "alice{Enter}");
    // The password is alice's only way in: no choice of one, the field at once, focused.
    const field = await canvas.findByLabelText("Password");
    await waitFor(() => expect(field).toHaveFocus());
    await expect(canvas.getByText(/Signing in as/)).toHaveTextContent("Signing in as \u2068alice\u2069");
    // An empty submit says so under the field; nothing is sent.
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByText("Enter your password.")).toBeVisible();
    await userEvent.keyboard(`${PASSWORD}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

export const ChoiceWithEmailCode: Story = {
  args: { scenario: "choice" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "zoe@example.com{Enter}");
    await userEvent.click(await canvas.findByRole("button", { name: "Code by email" }));
    await canvas.findByLabelText("Code");
    await userEvent.keyboard(`${await panelCode(canvasElement, "last-code")}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

export const AuthenticatorSetup: Story = {
  args: { scenario: "totpSetup" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "sam");
    await userEvent.type(canvas.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    // The authenticator is the only method: the QR code comes at once, no screen with one button.
    await canvas.findByRole("img", { name: "QR code for your authenticator app" });
    await expect(canvas.queryByRole("button", { name: "Set up an authenticator app" })).toBeNull();
    // No device name in a sign-in: one field, the code.
    await expect(canvas.queryByLabelText(/Name for this authenticator/)).toBeNull();
    await userEvent.type(
      canvas.getByLabelText("Code from the app"),
      `${await panelCode(canvasElement, "totp-code")}{Enter}`,
    );
    await expectSignedIn(canvasElement);
  }),
};

export const AuthenticatorMfa: Story = {
  args: { scenario: "totpMfa" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "tara");
    await userEvent.type(canvas.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    await canvas.findByLabelText("Code");
    await userEvent.keyboard(`${await panelCode(canvasElement, "totp-code")}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

export const RememberThisDevice: Story = {
  args: { scenario: "rememberDevice" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "rita");
    await userEvent.type(canvas.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    await canvas.findByLabelText("Code");
    await userEvent.keyboard(`${await panelCode(canvasElement, "totp-code")}{Enter}`);
    await canvas.findByRole("heading", { name: "Remember this device?" });
    await waitFor(() => expect(canvas.getByRole("button", { name: "Remember this device" })).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await expectSignedIn(canvasElement);
  }),
};

export const SmsMfa: Story = {
  args: { scenario: "smsMfa" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "sid");
    await userEvent.type(canvas.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    await canvas.findByLabelText("Code");
    await userEvent.keyboard(`${await panelCode(canvasElement, "last-code")}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

/**
 * SMS MFA after a password: "Send a new code" makes a new InitiateAuth with the password the flow holds
 * for this sign-in, and says that the code was sent; the new code signs in.
 */
export const SmsMfaNewCode: Story = {
  args: { scenario: "smsMfa", codeOptions: { resendCooldownSeconds: 0 } },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "sid");
    await userEvent.type(canvas.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    await canvas.findByLabelText("Code");
    const first = await panelCode(canvasElement, "last-code");
    await userEvent.click(canvas.getByRole("button", { name: "Send a new code" }));
    await expect(await canvas.findByText("We sent a new code.")).toHaveAttribute("role", "status");
    // The new code goes where it belongs: focus is back in the code field.
    await waitFor(() => expect(canvas.getByLabelText("Code")).toHaveFocus());
    await waitFor(() =>
      expect(canvas.getByTestId("last-code").querySelector("code")?.textContent).not.toBe(first),
    );
    await userEvent.keyboard(`${await panelCode(canvasElement, "last-code")}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

/** "Use another account" on a later step goes back to the username, which is kept for editing. */
export const UseAnotherAccount: Story = {
  args: { scenario: "totpMfa" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "tara");
    await userEvent.type(canvas.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    await canvas.findByLabelText("Code");
    await userEvent.click(canvas.getByRole("button", { name: "Use another account" }));
    const username = await canvas.findByLabelText("Username or email");
    await expect(username).toHaveValue("tara");
    await waitFor(() => expect(username).toHaveFocus());
  }),
};

export const NewPassword: Story = {
  args: { scenario: "newPassword", passwordPolicy: { minLength: 8, requireNumbers: true } },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "nina");
    await userEvent.type(canvas.getByLabelText("Password"), "Temp-Pass-1{Enter}");
    await userEvent.type(await canvas.findByLabelText("New password"), "Brand-New-Pass-2");
    await userEvent.type(canvas.getByLabelText("Repeat the new password"), "Brand-New-Pass-2");
    await userEvent.type(canvas.getByLabelText("First name"), "Nina");
    await userEvent.type(canvas.getByLabelText("Last name"), "Okafor{Enter}");
    await expectSignedIn(canvasElement);
  }),
};

export const CustomChallenge: Story = {
  args: { scenario: "customChallenge" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "cody{Enter}");
    await userEvent.type(await canvas.findByLabelText("Your answer"), "5{Enter}");
    await expectSignedIn(canvasElement);
  }),
};

export const ExpiredSession: Story = {
  args: { scenario: "expiredSession" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "alice{Enter}");
    await userEvent.click(await canvas.findByRole("button", { name: "Password" }));
    await userEvent.keyboard(`${PASSWORD}{Enter}`);
    await userEvent.click(await canvas.findByRole("button", { name: "Start again" }));
    await expect(canvas.getByLabelText("Username or email")).toHaveValue("alice");
    // The username is kept: Enter starts again, and this session is fresh.
    await userEvent.keyboard("{Enter}");
    await userEvent.click(await canvas.findByRole("button", { name: "Password" }));
    await userEvent.keyboard(`${PASSWORD}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

export const SelectMfaType: Story = {
  args: { scenario: "selectMfaType" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "max");
    await userEvent.type(canvas.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    await userEvent.click(await canvas.findByRole("button", { name: "Authenticator app" }));
    await canvas.findByLabelText("Code");
    await userEvent.keyboard(`${await panelCode(canvasElement, "totp-code")}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

export const EmailMfa: Story = {
  args: { scenario: "emailMfa" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "emma");
    await userEvent.type(canvas.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    await canvas.findByLabelText("Code");
    await userEvent.keyboard(`${await panelCode(canvasElement, "last-code")}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

export const MfaSetupByEmail: Story = {
  args: { scenario: "mfaSetupChoice" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "sky");
    await userEvent.type(canvas.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    await userEvent.click(await canvas.findByRole("button", { name: "Email" }));
    await userEvent.type(await canvas.findByLabelText("Email address for codes"), "sky@example.net{Enter}");
    await canvas.findByLabelText("Code");
    await userEvent.keyboard(`${await panelCode(canvasElement, "last-code")}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

export const ChoiceWithSmsCode: Story = {
  args: { scenario: "choice" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "zoe@example.com{Enter}");
    await userEvent.click(await canvas.findByRole("button", { name: "Code by text message" }));
    await canvas.findByLabelText("Code");
    await userEvent.keyboard(`${await panelCode(canvasElement, "last-code")}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

export const PasskeySimulated: Story = {
  args: { scenario: "passkey", simulatePasskey: true },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsername(canvasElement, "pia{Enter}");
    await userEvent.click(await canvas.findByRole("button", { name: "Use passkey" }));
    await expectSignedIn(canvasElement);
  }),
};

/**
 * `offerPasskey={passkeyOffer()}`: once signed in, a user with no passkey is offered one. Played with
 * "Not now"; "Create a passkey" uses this browser's own authenticator (the fake's relying party is
 * localhost). The browser's credentials are handed in, which skips the offer's check that this browser
 * can make passkeys: the headless Chromium that plays the stories says it cannot.
 */
export const PasskeyOffer: Story = {
  args: {
    scenario: "passkeyOffer",
    offerPasskey: passkeyOffer({
      credentials: { create: (options) => navigator.credentials.create(options) },
    }),
  },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsernameAndPassword(canvasElement, "nova");
    const create = await canvas.findByRole("button", { name: "Create a passkey" }, { timeout: 5000 });
    await waitFor(() => expect(create).toHaveFocus());
    await expect(canvas.getByTestId("signed-in")).not.toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Not now" }));
    await expectSignedIn(canvasElement);
  }),
};

/**
 * `checkContact={contactCheck()}`: once signed in, a user with no verified email or phone is asked to
 * verify one. Played with the code from the fake's outbox; "Not now" would go on without.
 */
export const ContactCheck: Story = {
  args: { scenario: "contactCheck", checkContact: contactCheck() },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsernameAndPassword(canvasElement, "uma");
    const field = await canvas.findByLabelText("Email", {}, { timeout: 5000 });
    await waitFor(() => expect(field).toHaveFocus());
    await expect(canvas.getByTestId("signed-in")).not.toBeVisible();
    await userEvent.keyboard("{Enter}");
    await canvas.findByRole("heading", { name: "Confirm your email" });
    await userEvent.keyboard(`${await panelCode(canvasElement, "last-code")}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

/** Passkey autofill for a user the app remembers: focusing the username field stands in for choosing it. */
export const PasskeyAutofillSimulated: Story = {
  args: {
    scenario: "passkey",
    simulatePasskey: true,
    preferredChallenge: undefined,
    passkeyAutofill: { username: "pia" },
  },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByLabelText("Username or email"));
    await expectSignedIn(canvasElement);
  }),
};

export const TooManyAttempts: Story = {
  args: { scenario: "tooManyAttempts" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // SMS is tom's only way in: the choice is made for him.
    await typeUsername(canvasElement, "tom{Enter}");
    const right = await panelCode(canvasElement, "last-code");
    const wrong = right === "000000" ? "111111" : "000000";
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const field = await canvas.findByLabelText("Code");
      await userEvent.clear(field);
      await userEvent.type(field, `${wrong}{Enter}`);
      if (attempt < 2) await expect(await canvas.findByText(/That code is not right/)).toBeVisible();
    }
    // Said as the error it is, in the step's alert.
    const tooMany = "Too many incorrect codes. Start again to get a new one.";
    await expect(await canvas.findByText(tooMany, {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByRole("alert")).toHaveTextContent(tooMany);
    await userEvent.click(await canvas.findByRole("button", { name: "Start again" }, { timeout: 5000 }));
    await expect(canvas.getByLabelText("Username or email")).toHaveValue("tom");
    await userEvent.keyboard("{Enter}");
    await canvas.findByLabelText("Code");
    await waitFor(() =>
      expect(canvas.getByTestId("last-code").querySelector("code")?.textContent).not.toBe(right),
    );
    await userEvent.keyboard(`${await panelCode(canvasElement, "last-code")}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

/** "Forgot password?" on the password step, then the reset, then signed in with it and on into email MFA. */
export const ForgotPassword: Story = {
  args: { scenario: "forgotPassword", passwordPolicy: { minLength: 10, requireNumbers: true } },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await forgotPasswordOf(canvasElement, "rhea");
    // The username came along, with focus in it.
    const username = await canvas.findByLabelText("Username or email");
    await waitFor(() => expect(username).toHaveFocus());
    await expect(username).toHaveValue("rhea");
    await userEvent.keyboard("{Enter}");
    await canvas.findByText(/we sent a code by email/);
    const resetCode = await panelCode(canvasElement, "last-code");
    await enterCodeAndNewPassword(canvasElement, resetCode);
    // Email MFA after the new password: a new code, on the sign-in's own step.
    await canvas.findByText(/Signing in as/, {}, { timeout: 5000 });
    await waitFor(() => expect(canvas.getByLabelText("Code")).toHaveFocus());
    await userEvent.keyboard(`${await nextPanelCode(canvasElement, resetCode)}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

/** The reset's code step, waiting for the code and the new password (for looking at it). */
export const ForgotPasswordCodeStep: Story = {
  args: { scenario: "forgotPassword", passwordPolicy: { minLength: 10, requireNumbers: true } },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await forgotPasswordOf(canvasElement, "rhea");
    await userEvent.click(await canvas.findByRole("button", { name: "Send me a code" }));
    await waitFor(() => expect(canvas.getByLabelText("Code")).toHaveFocus());
    await userEvent.type(canvas.getByLabelText("New password"), "Brand");
  }),
};

/** An administrator reset ray's password: the code already sent is used, and no second one goes out. */
export const ResetRequiredByAdmin: Story = {
  args: { scenario: "resetRequired" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsernameAndPassword(canvasElement, "ray");
    await expect(await canvas.findByRole("heading", { name: "Choose a new password" })).toBeVisible();
    const sent = await panelCode(canvasElement, "last-code");
    await userEvent.click(canvas.getByRole("button", { name: "I already have a code" }));
    await enterCodeAndNewPassword(canvasElement, sent);
    await expectSignedIn(canvasElement);
  }),
};

/** An imported user: Cognito requires a new password and no code was sent yet. */
export const ResetRequiredImported: Story = {
  args: { scenario: "importedUser" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsernameAndPassword(canvasElement, "ivy");
    await expect(await canvas.findByRole("heading", { name: "Choose a new password" })).toBeVisible();
    await expect(canvas.getByTestId("last-code")).toHaveTextContent("No code sent yet.");
    await userEvent.click(canvas.getByRole("button", { name: "Send me a code" }));
    await enterCodeAndNewPassword(canvasElement, await panelCode(canvasElement, "last-code"));
    await expectSignedIn(canvasElement);
  }),
};

/** An unconfirmed account: a code only when asked, then signed in with the password already typed. */
export const UnconfirmedAccount: Story = {
  args: { scenario: "unconfirmed" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsernameAndPassword(canvasElement, "cleo");
    await expect(await canvas.findByRole("heading", { name: "Confirm your account" })).toBeVisible();
    // The sign-up's code is in the panel; a new one replaces it.
    const signUpCode = await panelCode(canvasElement, "last-code");
    await userEvent.click(canvas.getByRole("button", { name: "Send me a code" }));
    await waitFor(() => expect(canvas.getByLabelText("Code")).toHaveFocus());
    await userEvent.keyboard(`${await nextPanelCode(canvasElement, signUpCode)}{Enter}`);
    await expectSignedIn(canvasElement);
  }),
};

/** The confirmation step as it first shows (for looking at it). */
export const UnconfirmedAccountStep: Story = {
  args: { scenario: "unconfirmed" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeUsernameAndPassword(canvasElement, "cleo");
    await expect(await canvas.findByRole("heading", { name: "Confirm your account" })).toBeVisible();
  }),
};

/** No verified email or phone: the reset says so, and the way back stays. */
export const ForgotPasswordNoContact: Story = {
  args: { scenario: "noVerifiedContact" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await forgotPasswordOf(canvasElement, "nox");
    await userEvent.click(await canvas.findByRole("button", { name: "Send me a code" }));
    await expect(await canvas.findByText(/no verified email address or phone number/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Back to sign in" })).toBeEnabled();
  }),
};

export const German: Story = {
  args: { scenario: "choice", messages: de },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Benutzername oder E-Mail"), "zoe@example.com{Enter}");
    await expect(
      await canvas.findByRole("heading", { name: "Wie möchten Sie sich anmelden?" }),
    ).toBeVisible();
  }),
};
export const Dark: Story = {
  args: { scenario: "choice", colorMode: "dark" },
  decorators: [(Story) => <div style={{ background: "#0b1220", padding: 16 }}>{Story()}</div>],
};
export const ForestTheme: Story = { args: { scenario: "passwordOnly", theme: themePresets.forest } };
export const Unstyled: Story = { args: { scenario: "passwordOnly", unstyled: true } };
