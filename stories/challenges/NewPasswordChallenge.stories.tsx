import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { NewPasswordChallenge } from "../../src/components/NewPasswordChallenge";
import { challenge, cognitoError, customTheme, dark, german } from "../support";

const meta = {
  title: "Challenges/NewPasswordChallenge",
  component: NewPasswordChallenge,
  args: {
    challenge: challenge("NEW_PASSWORD_REQUIRED", {
      userAttributes: '{"email":"nina@example.com"}',
      requiredAttributes:
        '["userAttributes.given_name","userAttributes.family_name","userAttributes.custom:team"]',
    }),
    passwordPolicy: {
      minLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireNumbers: true,
      requireSymbols: true,
    },
    onAnswer: fn(),
  },
} satisfies Meta<typeof NewPasswordChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RequiredAttributes: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText("New password")).toHaveFocus();
    await userEvent.keyboard("Brand-New-Pass-2");
    await userEvent.type(canvas.getByLabelText("Repeat the new password"), "Brand-New-Pass-2");
    await userEvent.type(canvas.getByLabelText("First name"), "Nina");
    await userEvent.type(canvas.getByLabelText("Last name"), "Okafor");
    await userEvent.type(canvas.getByLabelText("team"), "Blue{Enter}");
    await expect(args.onAnswer).toHaveBeenCalledWith({
      newPassword: "Brand-New-Pass-2",
      attributes: { given_name: "Nina", family_name: "Okafor", "custom:team": "Blue" },
    });
  },
};
export const PasswordOnly: Story = {
  args: { challenge: challenge("NEW_PASSWORD_REQUIRED"), passwordPolicy: undefined },
};
export const Mismatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("New password"), "One-Password-1");
    await userEvent.type(canvas.getByLabelText("Repeat the new password"), "Other-Password-2{Enter}");
    await expect(canvas.getByText("The passwords do not match.")).toBeVisible();
  },
};
export const Pending: Story = { args: { pending: true } };
export const RejectedByPolicy: Story = { args: { error: cognitoError("InvalidPasswordException") } };
export const UsedBefore: Story = { args: { error: cognitoError("PasswordHistoryPolicyViolationException") } };
export const Dark: Story = { ...dark };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german };
