import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { MfaSetupChallenge } from "../../src/components/MfaSetupChallenge";
import { challenge, cognitoError, customTheme, dark, german } from "../support";

const meta = {
  title: "Challenges/MfaSetupChallenge",
  component: MfaSetupChallenge,
  args: {
    challenge: challenge("MFA_SETUP", { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }),
    onAnswer: fn(),
    onSetupTotp: fn(),
    onVerifyTotp: fn(),
    totpIssuer: "Acme & Co",
    totpAccountName: "zoë@example.com",
  },
} satisfies Meta<typeof MfaSetupChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ChooseMethod: Story = {};
export const AuthenticatorOnly: Story = {
  args: { challenge: challenge("MFA_SETUP", { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }) },
  play: async ({ args }) => {
    await userEvent.keyboard("{Enter}");
    await expect(args.onSetupTotp).toHaveBeenCalled();
  },
};
export const QrCodeAndSecret: Story = {
  args: { totpSetup: { secretCode: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole("img", { name: "QR code for your authenticator app" }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Can't scan it?" }));
    await expect(canvas.getByText("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP")).toBeVisible();
    await userEvent.type(canvas.getByLabelText("Code from the app"), "123456{Enter}");
    await expect(args.onVerifyTotp).toHaveBeenCalledWith("123456", undefined);
  },
};
export const WrongFirstCode: Story = {
  args: {
    totpSetup: { secretCode: "JBSWY3DPEHPK3PXP" },
    error: cognitoError("EnableSoftwareTokenMFAException"),
  },
};
export const Email: Story = {
  args: { challenge: challenge("MFA_SETUP", { MFAS_CAN_SETUP: '["EMAIL_OTP"]' }) },
  play: async ({ args }) => {
    await userEvent.keyboard("zoe@example.com{Enter}");
    await expect(args.onAnswer).toHaveBeenCalledWith({ email: "zoe@example.com" });
  },
};
export const Pending: Story = { args: { pending: true, totpSetup: { secretCode: "JBSWY3DPEHPK3PXP" } } };
/** Only SMS, which needs a phone number first: said, with "Start again" as the one way on. */
export const SmsOnlyOffered: Story = {
  args: { challenge: challenge("MFA_SETUP", { MFAS_CAN_SETUP: '["SMS_MFA"]' }), onRestart: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/has no phone number yet/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Start again" }));
    await expect(args.onRestart).toHaveBeenCalled();
  },
};
export const Dark: Story = { ...dark, args: { totpSetup: { secretCode: "JBSWY3DPEHPK3PXP" } } };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german, args: { totpSetup: { secretCode: "JBSWY3DPEHPK3PXP" } } };
