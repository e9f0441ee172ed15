import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { Field } from "../../src/components/primitives/Field";
import { PasswordInput } from "../../src/components/primitives/PasswordInput";

function Demo() {
  return (
    <Field label="Password">
      {(control) => (
        <PasswordInput
          {...control}
          defaultValue="Correct-Horse-1"
          showLabel="Show password"
          hideLabel="Hide password"
        />
      )}
    </Field>
  );
}

const meta = { title: "Primitives/PasswordInput", component: Demo } satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ShowAndHide: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByLabelText("Password")).toHaveAttribute("type", "text");
    await expect(canvas.getByRole("button", { name: "Hide password" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  },
};
