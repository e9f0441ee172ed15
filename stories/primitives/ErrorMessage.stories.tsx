import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { ErrorMessage } from "../../src/components/primitives/ErrorMessage";

const meta = {
  title: "Primitives/ErrorMessage",
  component: ErrorMessage,
  args: { id: "error" },
} satisfies Meta<typeof ErrorMessage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const WithMessage: Story = {
  args: { children: "That code is not right. Check it and try again." },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole("alert");
    await expect(alert).toHaveAttribute("aria-live", "assertive");
    await expect(alert).toHaveTextContent("That code is not right.");
  },
};
