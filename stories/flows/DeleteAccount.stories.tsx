import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { de } from "../../src/i18n/de";
import { themePresets } from "../../src/theme/theme";
import { DeleteAccountPage } from "./deleteAccountPage";
import { played } from "./played";

const meta = {
  tags: ["own-root"],
  title: "Flows/Settings/DeleteAccount",
  component: DeleteAccountPage,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <DeleteAccountPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof DeleteAccountPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** What deleting means, and the word to type. */
export const Default: Story = {};

/** The word mistyped: said on the field; nothing is sent. */
export const WordMistyped: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText("Type delete to confirm"), "dlete{Enter}");
    await expect(canvas.getByLabelText("Type delete to confirm")).toHaveAccessibleDescription(/as shown/);
  }),
};

/** Deleted. */
export const Deleted: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText("Type delete to confirm"), "delete{Enter}");
    await expect(
      await canvas.findByText("Your account has been deleted.", {}, { timeout: 5000 }),
    ).toBeVisible();
  }),
};

export const German: Story = { args: { messages: de } };
