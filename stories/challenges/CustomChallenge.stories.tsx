import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { CustomChallenge } from "../../src/components/CustomChallenge";
import { challenge, cognitoError, dark, german } from "../support";

const meta = {
  title: "Challenges/CustomChallenge",
  component: CustomChallenge,
  args: { challenge: challenge("CUSTOM_CHALLENGE", { question: "What is 2 + 3?" }), onAnswer: fn() },
} satisfies Meta<typeof CustomChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Question: Story = {
  play: async ({ args }) => {
    await userEvent.keyboard("5{Enter}");
    await expect(args.onAnswer).toHaveBeenCalledWith({ answer: "5" });
  },
};
export const AppRenderer: Story = {
  args: {
    challenge: challenge("CUSTOM_CHALLENGE", { colors: "red,green,blue" }),
    render: ({ challenge: current, answer }) => (
      <fieldset>
        <legend>Pick the colour you chose at sign-up</legend>
        {current.parameters.colors?.split(",").map((color) => (
          <button key={color} type="button" onClick={() => answer(color)}>
            {color}
          </button>
        ))}
      </fieldset>
    ),
  },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "green" }));
    await expect(args.onAnswer).toHaveBeenCalledWith({ answer: "green" });
  },
};
export const Pending: Story = { args: { pending: true } };
export const Refused: Story = { args: { error: cognitoError("UserLambdaValidationException") } };
export const Dark: Story = { ...dark };
export const German: Story = { ...german };
