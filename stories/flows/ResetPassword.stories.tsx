import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FakeCognitoOutbox } from "../../src/components/FakeCognitoOutbox";
import { ResetPassword, type ResetPasswordProps } from "../../src/components/ResetPassword";
import { de } from "../../src/i18n/de";
import { createFakeCognito, type FakeCognito } from "../../src/testing/index";
import { themePresets } from "../../src/theme/theme";
import { panelCode } from "./panelCode";
import { played } from "./played";

interface PageArgs extends Pick<ResetPasswordProps, "colorMode" | "theme" | "messages" | "required"> {
  username?: string;
}

/**
 * A reset page against the fake: rhea forgot her password, ray's was reset by an administrator (a code
 * is already in the outbox), nox has no verified email or phone. The codes "sent" are in the outbox.
 */
function ResetPage({ username = "", ...props }: PageArgs) {
  const [fake] = useState<FakeCognito>(() =>
    createFakeCognito({
      users: [
        { username: "rhea", email: "rhea@example.com", password: "Correct-Horse-1" },
        { username: "ray", email: "ray@example.com", password: "Correct-Horse-1", status: "RESET_REQUIRED" },
        { username: "nox", email: "nox@example.com", password: "Correct-Horse-1", contactVerified: false },
      ],
      latencyMs: 200,
    }),
  );
  const [done, setDone] = useState<string>();
  return (
    <div>
      <ResetPassword
        clientOptions={{ clientId: fake.clientId, endpoint: "http://fake-cognito.invalid/", fetch: fake }}
        username={username}
        passwordPolicy={{ minLength: 10, requireNumbers: true, requireUppercase: true }}
        onReset={(name) => setDone(name)}
        onBackToSignIn={() => setDone(undefined)}
        {...props}
      />
      <p hidden={!done} data-testid="reset-done">
        onReset received the new password for {done}
      </p>
      <FakeCognitoOutbox fake={fake} username={username || "rhea"} />
    </div>
  );
}

const meta = {
  tags: ["own-root"],
  title: "Flows/ResetPassword",
  component: ResetPage,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <ResetPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof ResetPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Forgot password, by keyboard: the username, the code and a new password, then done. */
export const ForgotPassword: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("Username or email"), "rhea{Enter}");
    await canvas.findByText(/we sent a code by email to/);
    await waitFor(() => expect(canvas.getByLabelText("Code")).toHaveFocus());
    await userEvent.keyboard(await panelCode(canvasElement, "last-code", "rhea@example.com"));
    await userEvent.tab();
    await userEvent.keyboard("Brand-New-Pass-2{Enter}");
    await expect(await canvas.findByText("You can sign in with your new password now.")).toBeVisible();
    await expect(canvas.getByTestId("reset-done")).toBeVisible();
  }),
};

/** The code step, as it shows where the code went. */
export const CodeSent: Story = {
  args: { username: "rhea" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Send me a code" }));
    await canvas.findByLabelText("Code");
  }),
};

/** A reset Cognito requires: send a code, or use the one the administrator's reset sent. */
export const Required: Story = { args: { username: "ray", required: true } };

/** No verified email or phone: the user cannot recover alone, and is told so. */
export const NoVerifiedContact: Story = {
  args: { username: "nox" },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Send me a code" }));
    await expect(await canvas.findByText(/no verified email address or phone number/)).toBeVisible();
  }),
};

export const German: Story = { args: { messages: de, username: "ray", required: true } };
