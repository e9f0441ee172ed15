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
    // The attributes first (the step's error then shows under the password, which comes last).
    await expect(canvas.getByLabelText("First name")).toHaveFocus();
    // An empty submit says what is missing under each field, and sends nothing.
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByText("Fill in First name.")).toBeVisible();
    await expect(canvas.getByText("Enter a new password.")).toBeVisible();
    await expect(args.onAnswer).not.toHaveBeenCalled();
    await userEvent.type(canvas.getByLabelText("First name"), "Nina");
    await expect(canvas.queryByText("Fill in First name.")).toBeNull();
    await userEvent.type(canvas.getByLabelText("Last name"), "Okafor");
    // A custom attribute without a label from the app: its name made readable.
    await userEvent.type(canvas.getByLabelText("Team"), "Blue");
    await userEvent.type(canvas.getByLabelText("New password"), "Brand-New-Pass-2");
    await userEvent.type(canvas.getByLabelText("Repeat the new password"), "Brand-New-Pass-2{Enter}");
    await expect(args.onAnswer).toHaveBeenCalledWith({
      newPassword: "Brand-New-Pass-2",
      attributes: { given_name: "Nina", family_name: "Okafor", "custom:team": "Blue" },
    });
  },
};
/** The rules are checked as the user types, and a password that breaks one is not sent. */
export const RulesCheckedAsYouType: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("First name"), "Nina");
    await userEvent.type(canvas.getByLabelText("Last name"), "Okafor");
    await userEvent.type(canvas.getByLabelText("Team"), "Blue");
    await userEvent.type(canvas.getByLabelText("New password"), "short");
    await expect(canvas.getByText(/a lowercase letter/)).toHaveAttribute("data-state", "met");
    await expect(canvas.getByText(/at least 12 characters/)).toHaveAttribute("data-state", "unmet");
    await userEvent.type(canvas.getByLabelText("Repeat the new password"), "short{Enter}");
    await expect(canvas.getByText("The password does not meet all the rules yet.")).toBeVisible();
    await expect(canvas.getByLabelText("New password")).toHaveFocus();
    await expect(args.onAnswer).not.toHaveBeenCalled();
  },
};
/** The app names its custom attribute. */
export const AttributeLabels: Story = { args: { attributeLabels: { "custom:team": "Your team" } } };
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
/** Refused, and the app gave no policy: Cognito's default rules are listed, said to be the default. */
export const RejectedWithDefaultRules: Story = {
  args: {
    challenge: challenge("NEW_PASSWORD_REQUIRED"),
    passwordPolicy: undefined,
    error: cognitoError("InvalidPasswordException"),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Unless this app has rules of its own, a password needs:")).toBeVisible();
    await expect(canvas.getByText("at least 8 characters")).toBeVisible();
    await expect(canvas.getByLabelText("New password")).toHaveAttribute("aria-invalid", "true");
  },
};
export const UsedBefore: Story = { args: { error: cognitoError("PasswordHistoryPolicyViolationException") } };
export const Dark: Story = { ...dark };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german };
