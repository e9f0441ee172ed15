import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { de } from "../../src/i18n/de";
import { themePresets } from "../../src/theme/theme";
import { AccountSettingsPage } from "./accountSettingsPage";
import { played } from "./played";

const meta = {
  tags: ["own-root"],
  title: "Flows/Settings/AccountSettings",
  component: AccountSettingsPage,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <AccountSettingsPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof AccountSettingsPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The whole page: one card per section, each loaded as it shows. Codes show in the fake's outbox. */
export const Default: Story = {};

/**
 * A sensitive change once the fresh sign-in's window has passed (here: at once): "Confirm it's you"
 * with the user's ways in, then the change.
 */
export const FreshSignIn: Story = {
  args: { freshSignIn: { maxAge: 0 } },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Turn on Email" }, { timeout: 5000 }));
    await expect(
      await canvas.findByRole("heading", { name: "Confirm it's you" }, { timeout: 5000 }),
    ).toBeVisible();
  }),
};

/** Only some sections, in the app's order. */
export const SomeSections: Story = { args: { sections: ["twoFactor", "password"] } };

export const German: Story = { args: { messages: de } };
