import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { SelectMfaTypeChallenge } from "../../src/components/SelectMfaTypeChallenge";
import { challenge, cognitoError, customTheme, dark, german } from "../support";

const meta = {
  title: "Challenges/SelectMfaTypeChallenge",
  component: SelectMfaTypeChallenge,
  args: {
    challenge: challenge("SELECT_MFA_TYPE", {
      MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]',
    }),
    onAnswer: fn(),
  },
} satisfies Meta<typeof SelectMfaTypeChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AllMethods: Story = {
  play: async ({ args, canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Text message" })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect(args.onAnswer).toHaveBeenCalledWith({ mfaType: "SOFTWARE_TOKEN_MFA" });
  },
};
export const SmsOrAuthenticator: Story = {
  args: { challenge: challenge("SELECT_MFA_TYPE", { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }) },
};
export const Pending: Story = { args: { pending: true } };
export const Failed: Story = { args: { error: cognitoError("MFAMethodNotFoundException") } };
export const Dark: Story = { ...dark };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german };
