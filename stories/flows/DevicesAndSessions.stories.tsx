import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { de } from "../../src/i18n/de";
import { themePresets } from "../../src/theme/theme";
import { DevicesPage } from "./devicesPage";
import { played } from "./played";

const meta = {
  tags: ["own-root"],
  title: "Flows/Settings/DevicesAndSessions",
  component: DevicesPage,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <DevicesPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof DevicesPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two remembered devices, three sessions, this one marked. */
export const Default: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("This device", {}, { timeout: 5000 })).toBeVisible();
  }),
};

/** A device forgotten: said, and the list again. */
export const Forgotten: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: /Forget .*phone/ }, { timeout: 5000 }));
    await expect(await canvas.findByText("Device forgotten.")).toBeVisible();
  }),
};

/** "Sign out everywhere else": only this session is left. */
export const SignedOutElsewhere: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole("button", { name: "Sign out everywhere else" }, { timeout: 5000 }),
    );
    await waitFor(() => expect(canvas.queryByRole("button", { name: /^Sign out / })).toBeNull());
  }),
};

/** A pool that does not track sessions: devices only. */
export const NoSessionTracking: Story = { args: { sessionTracking: false } };

export const German: Story = { args: { messages: de } };
