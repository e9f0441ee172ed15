import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { de } from "../../src/i18n/de";
import { themePresets } from "../../src/theme/theme";
import { played } from "./played";
import { ProfilePage } from "./profilePage";

const meta = {
  tags: ["own-root"],
  title: "Flows/Settings/Profile",
  component: ProfilePage,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <ProfilePage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof ProfilePage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The attributes the app names, filled from Cognito. */
export const Default: Story = {};

/** Saved: only what changed went to Cognito. */
export const Saved: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = await canvas.findByLabelText("First name", {}, { timeout: 5000 });
    await userEvent.clear(first);
    await userEvent.type(first, "Augusta{Enter}");
    await expect(await canvas.findByText("Saved.", {}, { timeout: 5000 })).toBeVisible();
  }),
};

/** An attribute the app client may not write (the team): Cognito refuses, said for the form. */
export const NotWritable: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const team = await canvas.findByLabelText("Team (optional)", {}, { timeout: 5000 });
    await userEvent.clear(team);
    await userEvent.type(team, "Looms{Enter}");
    await expect(await canvas.findByText(/cannot be changed/, {}, { timeout: 5000 })).toBeVisible();
  }),
};

export const German: Story = { args: { messages: de } };
