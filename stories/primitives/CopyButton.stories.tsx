import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { CopyButton } from "../../src/components/primitives/CopyButton";

const meta = {
  title: "Primitives/CopyButton",
  component: CopyButton,
  args: {
    text: "JBSWY3DPEHPK3PXP",
    label: "Copy",
    copiedLabel: "Copied",
    failedLabel: "Could not copy. Select the text and copy it yourself.",
    writeText: fn(async () => {}),
  },
} satisfies Meta<typeof CopyButton>;
export default meta;
type Story = StoryObj<typeof meta>;

export const CopiesAndSaysSo: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect(args.writeText).toHaveBeenCalledWith("JBSWY3DPEHPK3PXP");
    // An icon button named "Copy"; what happened is shown as text beside it.
    await expect(within(canvasElement).getByRole("button", { name: "Copy" })).toHaveAttribute(
      "data-state",
      "copied",
    );
    await expect(within(canvasElement).getByText("Copied")).toBeVisible();
  },
};
export const ClipboardRefused: Story = {
  args: { writeText: fn(() => Promise.reject(new Error("denied"))) },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Copy" }));
    // Seen, not only announced.
    await expect(await within(canvasElement).findByText(/Could not copy/)).toBeVisible();
  },
};
