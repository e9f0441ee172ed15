import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { de } from "../../src/i18n/de";
import { themePresets } from "../../src/theme/theme";
import { ChangePasswordPage, PASSWORD } from "./changePasswordPage";
import { played } from "./played";

const meta = {
  tags: ["own-root"],
  title: "Flows/Settings/ChangePassword",
  component: ChangePasswordPage,
  parameters: { layout: "padded" },
  args: { passwordPolicy: { minLength: 10, requireNumbers: true } },
  render: (args, { globals }) => (
    <ChangePasswordPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof ChangePasswordPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The current password and a new one, the pool's rules marked as typed. */
export const Default: Story = {};

/** A wrong current password: said on its field. */
export const WrongCurrentPassword: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText("Current password"), "Wrong-Horse-1");
    await userEvent.type(canvas.getByLabelText("New password"), "Brand-New-Pass-4{Enter}");
    await waitFor(() =>
      expect(canvas.getByLabelText("Current password")).toHaveAccessibleDescription(
        /not your current password/,
      ),
    );
  }),
};

/** Changed: said, with a way to change it again. */
export const Changed: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText("Current password"), PASSWORD);
    await userEvent.type(canvas.getByLabelText("New password"), "Brand-New-Pass-4{Enter}");
    await expect(
      await canvas.findByText(/Your password has been changed/, {}, { timeout: 5000 }),
    ).toBeVisible();
  }),
};

/** A user who signs in by an emailed code sets a first password. */
export const FirstPassword: Story = {
  args: { user: { username: "otto", email: "otto@example.com" } },
  play: played(async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/You sign in without a password/)).toBeVisible();
  }),
};

export const German: Story = { args: { messages: de } };
