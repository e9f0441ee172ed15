import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { UnsupportedChallenge } from "../../src/components/UnsupportedChallenge";
import { challenge, dark, german } from "../support";

const meta = {
  title: "Challenges/UnsupportedChallenge",
  component: UnsupportedChallenge,
  args: { challenge: challenge<"UNSUPPORTED">("QUANTUM_MFA"), onRestart: fn() },
} satisfies Meta<typeof UnsupportedChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const UnknownName: Story = {
  play: async ({ args, canvasElement }) => {
    await expect(within(canvasElement).getByText(/QUANTUM_MFA/)).toBeVisible();
    await userEvent.keyboard("{Enter}");
    await expect(args.onRestart).toHaveBeenCalled();
  },
};
export const UnreadableParameters: Story = {
  args: { challenge: challenge<"UNSUPPORTED">("MFA_SETUP", { MFAS_CAN_SETUP: "not json" }) },
};
export const Dark: Story = { ...dark };
export const German: Story = { ...german };
