import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { Button } from "../../src/components/primitives/Button";

const meta = {
  title: "Primitives/Button",
  component: Button,
  args: { children: "Sign in", onClick: fn() },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole("button", { name: "Sign in" });
    await expect(button).toHaveAttribute("data-state", "idle");
    await userEvent.click(button);
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

export const Pending: Story = {
  args: { pending: true, pendingLabel: "Signing in…" },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole("button", { name: "Signing in…" });
    await expect(button).toHaveAttribute("aria-busy", "true");
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

/** A double click while the first request is in flight sends one request. */
export const DoubleClickSendsOnce: Story = {
  render: function DoubleClick() {
    const [sent, setSent] = useState(0);
    return (
      <div>
        <Button pending={sent > 0} pendingLabel="Signing in…" onClick={() => setSent((count) => count + 1)}>
          Sign in
        </Button>
        <output aria-label="requests sent">{sent}</output>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.dblClick(canvas.getByRole("button", { name: "Sign in" }));
    await expect(canvas.getByLabelText("requests sent")).toHaveTextContent("1");
    await expect(canvas.getByRole("button")).toHaveFocus();
  },
};

/** Reachable and usable by keyboard alone. */
export const Keyboard: Story = {
  play: async ({ args }) => {
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};
