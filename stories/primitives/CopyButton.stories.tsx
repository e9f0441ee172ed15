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
    await expect(within(canvasElement).getByRole("button")).toHaveTextContent("Copied");
  },
};
export const ClipboardRefused: Story = {
  args: { writeText: fn(() => Promise.reject(new Error("denied"))) },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Copy" }));
    await expect(await within(canvasElement).findByText(/Could not copy/)).toBeInTheDocument();
  },
};
