import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FakeCognitoOutbox } from "../../src/components/FakeCognitoOutbox";
import { SignUp, type SignUpProps } from "../../src/components/SignUp";
import { de } from "../../src/i18n/de";
import {
  createFakeCognito,
  type FakeCognito,
  type FakePool,
  type PreSignUpResult,
} from "../../src/testing/index";
import { themePresets } from "../../src/theme/theme";
import { panelCode } from "./panelCode";
import { played } from "./played";

const PASSWORD = "Correct-Horse-1";

type PageArgs = Partial<Omit<SignUpProps, "onSignedIn">> & {
  /** The fake pool's settings: MFA, confirmation by link, a pre sign-up Lambda… */
  pool?: FakePool;
};

/**
 * A sign-up page against the fake: `taken` exists already; codes (and links) arrive in the outbox. A
 * pre sign-up Lambda stand-in refuses addresses at blocked.example.
 */
function SignUpPage({ pool, ...props }: PageArgs) {
  const [fake] = useState<FakeCognito>(() =>
    createFakeCognito({
      users: [{ username: "taken", email: "taken@example.com", password: PASSWORD }],
      latencyMs: 200,
      pool: {
        preSignUp: ({ userAttributes }): PreSignUpResult =>
          userAttributes.email?.endsWith("@blocked.example")
            ? { refuse: "Sign-ups from blocked.example are closed." }
            : {},
        ...pool,
      },
    }),
  );
  const [signedIn, setSignedIn] = useState(false);
  return (
    <div>
      <SignUp
        clientOptions={{
          clientId: fake.clientId,
          userPoolId: fake.userPoolId,
          endpoint: "http://fake-cognito.invalid/",
          fetch: fake,
        }}
        onSignedIn={() => setSignedIn(true)}
        onForgotPassword={() => {}}
        totpIssuer="Storybook"
        {...props}
      />
      <p hidden={!signedIn} data-testid="signed-in">
        onSignedIn was called
      </p>
      <FakeCognitoOutbox fake={fake} />
    </div>
  );
}

const attributes: SignUpProps["attributes"] = [
  { name: "email", label: "Email", type: "email", required: true },
  { name: "given_name", label: "First name", autoComplete: "given-name" },
  { name: "phone_number", label: "Mobile phone", type: "tel" },
];

const meta = {
  tags: ["own-root"],
  title: "Flows/SignUp",
  component: SignUpPage,
  parameters: { layout: "padded" },
  args: {
    attributes,
    passwordPolicy: { minLength: 8, requireNumbers: true, requireUppercase: true },
    consent: {
      label: (
        <>
          I accept the <a href="#terms">terms of use</a>
        </>
      ),
    },
    defaultCountry: "GB",
  },
  render: (args, { globals }) => (
    <SignUpPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof SignUpPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Fills the form by keyboard, from the username to the consent, and sends it. */
async function fillForm(canvasElement: HTMLElement, username: string, email: string) {
  const canvas = within(canvasElement);
  await waitFor(() => expect(canvas.getByLabelText("Username")).toHaveFocus());
  await userEvent.keyboard(username);
  await userEvent.tab();
  await userEvent.keyboard(email);
  await userEvent.click(canvas.getByLabelText("Password"));
  await userEvent.keyboard(PASSWORD);
  await userEvent.click(canvas.getByLabelText(/I accept the/));
  await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
}

/** The form: a username, the attributes the app asks for, the password with the pool's rules, consent. */
export const Form: Story = {};

/** Sent empty: each field says what it needs, and focus goes to the first. */
export const Refused: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(canvas.getByLabelText("Username")).toHaveFocus());
    await expect(canvas.getByText("Accept this to create an account.")).toBeVisible();
  }),
};

/** With a password: the code from the outbox, then signed in without typing the password again. */
export const SignedIn: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillForm(canvasElement, "nia", "nia@example.com");
    await waitFor(() => expect(canvas.getByLabelText("Code")).toHaveFocus());
    await userEvent.keyboard(`${await panelCode(canvasElement, "last-code", "nia@example.com")}{Enter}`);
    await expect(await canvas.findByText("You are signed in.")).toBeVisible();
    await expect(canvas.getByTestId("signed-in")).toBeVisible();
  }),
};

/** The code step, as the form leaves it. */
export const CodeStep: Story = {
  play: played(async ({ canvasElement }) => {
    await fillForm(canvasElement, "nia", "nia@example.com");
    await waitFor(() => expect(within(canvasElement).getByLabelText("Code")).toHaveFocus());
  }),
};

/** A pool that requires MFA: the new account goes on into the authenticator's set-up. */
export const IntoMfaSetup: Story = {
  args: { pool: { mfa: "ON" } },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillForm(canvasElement, "mfa-user", "mfa@example.com");
    await waitFor(() => expect(canvas.getByLabelText("Code")).toHaveFocus());
    await userEvent.keyboard(`${await panelCode(canvasElement, "last-code", "mfa@example.com")}{Enter}`);
    await expect(await canvas.findByRole("heading", { name: "Set up two-step verification" })).toBeVisible();
  }),
};

/** A pool that confirms by link: "Check your email", signed in once the outbox's link is opened. */
export const ConfirmByLink: Story = {
  args: { confirmWith: "link", pool: { confirmWith: "link" } },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillForm(canvasElement, "linky", "linky@example.com");
    await expect(await canvas.findByRole("heading", { name: "Check your email" })).toBeVisible();
    await userEvent.click(await canvas.findByRole("button", { name: "Open the confirmation link" }));
    await userEvent.click(canvas.getByRole("button", { name: "I've confirmed" }));
    await expect(await canvas.findByText("You are signed in.")).toBeVisible();
  }),
};

/** The username exists: the sign-in is offered with it, and "Forgot password?". */
export const UsernameExists: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillForm(canvasElement, "taken", "someone@example.com");
    await waitFor(() =>
      expect(canvas.getByRole("alert")).toHaveTextContent("An account with this username already exists."),
    );
    await expect(canvas.getByRole("button", { name: "Sign in instead" })).toBeVisible();
  }),
};

/** A pre sign-up Lambda refuses: its own words, without Cognito's prefix. */
export const LambdaRefusal: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillForm(canvasElement, "blocked", "me@blocked.example");
    await waitFor(() =>
      expect(canvas.getByRole("alert")).toHaveTextContent("Sign-ups from blocked.example are closed."),
    );
  }),
};

/** Email as the username, passwordless: the account signs in by a code to that email. */
export const PasswordlessByEmail: Story = {
  args: {
    usernameAs: "email",
    passwordless: "EMAIL_OTP",
    attributes: [{ name: "given_name", label: "First name", required: true }],
    consent: undefined,
    pool: { usernameAttributes: ["email"], firstFactors: ["EMAIL_OTP"] },
  },
};

/** The phone number as the username, with its country. */
export const PhoneAsUsername: Story = {
  args: {
    usernameAs: "phone",
    passwordless: "SMS_OTP",
    attributes: [],
    consent: undefined,
    defaultCountry: "US",
    pool: {
      usernameAttributes: ["phone_number"],
      autoVerifiedAttributes: ["phone_number"],
      firstFactors: ["SMS_OTP"],
    },
  },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The step's first field keeps focus as the countries load and the number field replaces the plain one.
    const country = await canvas.findByRole("combobox", { name: "Country or calling code" });
    await waitFor(() => expect(canvas.getByLabelText("Phone number")).toHaveFocus());
    await userEvent.paste("+44 20 7946 0958");
    await waitFor(() => expect(country).toHaveValue("+44 United Kingdom"));
  }),
};

export const German: Story = { args: { messages: de } };
