import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { PasswordChallenge } from "../../src/components/PasswordChallenge";
import { challenge, cognitoError, customTheme, dark, german } from "../support";

const meta = {
  title: "Challenges/PasswordChallenge",
  component: PasswordChallenge,
  args: { challenge: challenge("PASSWORD"), onAnswer: fn() },
} satisfies Meta<typeof PasswordChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText("Password")).toHaveFocus();
    await userEvent.keyboard("Correct-Horse-1{Enter}");
    await expect(args.onAnswer).toHaveBeenCalledWith({ password: "Correct-Horse-1" });
  },
};
export const Pending: Story = { args: { pending: true } };
/** Inside <SignIn>: "Forgot password?" after the submit button, reached by Tab. */
export const WithForgotPassword: Story = {
  args: { onForgotPassword: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const link = canvas.getByRole("button", { name: "Forgot password?" });
    // The field, its eye toggle, the submit button, then the link.
    for (let i = 0; i < 3; i++) await userEvent.tab();
    await expect(link).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(args.onForgotPassword).toHaveBeenCalled();
  },
};
export const WrongPassword: Story = {
  args: { error: cognitoError("NotAuthorizedException", "Incorrect username or password.") },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent(
      "Incorrect username or password.",
    );
  },
};
export const ResetRequired: Story = { args: { error: cognitoError("PasswordResetRequiredException") } };
export const NetworkDown: Story = {
  args: { error: Object.assign(new Error("offline"), { name: "NetworkError" }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent(
      "Could not reach the sign-in service.",
    );
  },
};
export const Dark: Story = { ...dark };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german };
