import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { RememberDeviceStep } from "../../src/components/RememberDeviceStep";
import { cognitoError, customTheme, dark, german } from "../support";

const meta = {
  title: "Challenges/RememberDeviceStep",
  component: RememberDeviceStep,
  args: { flow: { pending: false, error: undefined, rememberDevice: fn(async () => {}) } },
} satisfies Meta<typeof RememberDeviceStep>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Remember this device" })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect(args.flow.rememberDevice).toHaveBeenCalledWith(false);
    await userEvent.click(canvas.getByRole("button", { name: "Remember this device" }));
    await expect(args.flow.rememberDevice).toHaveBeenLastCalledWith(true);
  },
};
export const Pending: Story = {
  args: { flow: { pending: true, error: undefined, rememberDevice: fn(async () => {}) } },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Not now" }));
    await expect(args.flow.rememberDevice).not.toHaveBeenCalled();
  },
};
export const CouldNotRemember: Story = {
  args: {
    flow: {
      pending: false,
      error: cognitoError("TooManyRequestsException"),
      rememberDevice: fn(async () => {}),
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).not.toBeEmptyDOMElement();
  },
};
export const Dark: Story = { ...dark };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german };
