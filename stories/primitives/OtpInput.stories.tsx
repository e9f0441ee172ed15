import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { Field } from "../../src/components/primitives/Field";
import { OtpInput } from "../../src/components/primitives/OtpInput";

function Demo({ length = 6, onComplete }: { length?: number; onComplete?: (code: string) => void }) {
  const [value, setValue] = useState("");
  return (
    <Field label="Code" hint={`${length} digits`}>
      {(control) => (
        <OtpInput
          {...control}
          value={value}
          onValueChange={setValue}
          length={length}
          onComplete={onComplete}
        />
      )}
    </Field>
  );
}

const meta = { title: "Primitives/OtpInput", component: Demo, args: { onComplete: fn() } } satisfies Meta<
  typeof Demo
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const PasteWithSpaces: Story = {
  play: async ({ args, canvasElement }) => {
    const input = within(canvasElement).getByLabelText("Code");
    await userEvent.click(input);
    await userEvent.paste("123 456");
    await expect(input).toHaveValue("123456");
    await expect(args.onComplete).toHaveBeenCalledWith("123456");
  },
};
export const DigitsOnly: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText("Code");
    await userEvent.type(input, "1a2-b3");
    await expect(input).toHaveValue("123");
  },
};
export const EightDigits: Story = { args: { length: 8 } };
