import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { de } from "../../src/i18n/de";
import { themePresets } from "../../src/theme/theme";
import { listed, PASSWORD, PasskeysPage } from "./passkeysPage";
import { played } from "./played";

const meta = {
  tags: ["own-root"],
  title: "Flows/Passkeys",
  component: PasskeysPage,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <PasskeysPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof PasskeysPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two passkeys, with where each lives and when it was added. */
export const List: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("\u2068YubiKey 5 NFC\u2069")).toBeVisible();
  }),
};

/** None yet. */
export const Empty: Story = { args: { user: { username: "pia", password: PASSWORD } } };

/** "Remove" asks first; focus is on "Keep it". */
export const ConfirmRemove: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: /Remove .*YubiKey/ }));
    await waitFor(() => expect(canvas.getByRole("button", { name: "Keep it" })).toHaveFocus());
  }),
};

/** Removed: the list again, and the browser told. */
export const Removed: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: /Remove .*YubiKey/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(canvas.queryByText("\u2068YubiKey 5 NFC\u2069")).toBeNull());
  }),
};

/** A passkey-only user's last passkey cannot be removed: the reason, and the list unchanged. */
export const LastWayIn: Story = {
  args: {
    user: {
      username: "pax",
      password: PASSWORD,
      firstFactors: ["WEB_AUTHN"],
      passkeys: [listed("cGF4LW1hYw", "iCloud Keychain", 12, "platform")],
    },
  },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: /Remove/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(canvas.getByRole("alert")).toHaveTextContent("only way to sign in"));
  }),
};

export const German: Story = { args: { messages: de } };
