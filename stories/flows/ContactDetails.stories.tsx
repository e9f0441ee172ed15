import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { de } from "../../src/i18n/de";
import { themePresets } from "../../src/theme/theme";
import { ContactDetailsPage } from "./contactDetailsPage";
import { played } from "./played";

const meta = {
  tags: ["own-root"],
  title: "Flows/Settings/ContactDetails",
  component: ContactDetailsPage,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <ContactDetailsPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof ContactDetailsPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A verified email, an unverified phone ("Verify"). The codes show in the fake's outbox (the console here). */
export const Default: Story = {};

/** Changing the email: the new one. */
export const ChangeEmail: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Change Email" }, { timeout: 5000 }));
    await expect(await canvas.findByLabelText("New email")).toBeVisible();
  }),
};

/** The code sent to the new email; the old one stays in use until it is entered. */
export const ConfirmNewEmail: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Change Email" }, { timeout: 5000 }));
    await userEvent.type(await canvas.findByLabelText("New email"), "ada@new.example{Enter}");
    await expect(await canvas.findByText(/stays in use/, {}, { timeout: 5000 })).toBeVisible();
  }),
};

export const German: Story = { args: { messages: de } };
