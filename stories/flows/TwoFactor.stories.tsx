import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { de } from "../../src/i18n/de";
import { themePresets } from "../../src/theme/theme";
import { played } from "./played";
import { TwoFactorPage } from "./twoFactorPage";

const meta = {
  tags: ["own-root"],
  title: "Flows/Settings/TwoFactor",
  component: TwoFactorPage,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <TwoFactorPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof TwoFactorPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing on yet: the app to set up; text messages and email to turn on (the user has both). */
export const Default: Story = {};

/** The authenticator app (asked at sign-in) and email on: email can be made preferred. */
export const AppAndEmailOn: Story = {
  args: { user: "app" },
  // Played to the loaded list, so that axe checks its buttons too.
  play: played(async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole("button", { name: "Make preferred: Email" }, { timeout: 5000 }),
    ).toBeVisible();
  }),
};

/** The app's set-up inside the section: the QR code, the key, the first code, and Cancel. */
export const SettingUpTheApp: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole("button", { name: "Set up Authenticator app" }, { timeout: 5000 }),
    );
    await expect(await canvas.findByRole("button", { name: "Cancel" }, { timeout: 5000 })).toBeVisible();
  }),
};

/** A pool that requires MFA: the last method on stays on, and says why. */
export const Required: Story = {
  args: { user: "app", required: true },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Turn off Email" }, { timeout: 5000 }));
    await expect(await canvas.findByText(/Turn another on/, {}, { timeout: 5000 })).toBeVisible();
  }),
};

/**
 * A pool where a passkey sign-in may count as the second step (`passkeys`): the user has a passkey, and
 * turns that on. Cognito never says whether it is on, so the row says so only once set here.
 */
export const PasskeyAsSecondStep: Story = {
  args: { user: "app", passkeys: true },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Turn on Passkey" }, { timeout: 5000 }));
    await expect(
      await canvas.findByText(/^On · Signing in with a passkey/, {}, { timeout: 5000 }),
    ).toBeVisible();
  }),
};

export const German: Story = { args: { messages: de } };
