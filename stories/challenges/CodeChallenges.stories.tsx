import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { EmailMfaChallenge } from "../../src/components/EmailMfaChallenge";
import { EmailOtpChallenge } from "../../src/components/EmailOtpChallenge";
import { SmsMfaChallenge } from "../../src/components/SmsMfaChallenge";
import { SmsOtpChallenge } from "../../src/components/SmsOtpChallenge";
import { SoftwareTokenMfaChallenge } from "../../src/components/SoftwareTokenMfaChallenge";
import { de } from "../../src/i18n/de";
import { challenge, cognitoError, Frame } from "../support";

const sms = { CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0100" };
const email = { CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "z***@e***" };

/** SMS_OTP is the reference for every code step: the others share its states. */
const meta = {
  title: "Challenges/Code steps",
  component: SmsOtpChallenge,
  decorators: [(Story) => <Frame>{Story()}</Frame>],
  args: { challenge: challenge("SMS_OTP", sms), onAnswer: fn(), onResend: fn() },
} satisfies Meta<typeof SmsOtpChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SmsOtp: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("We sent a code by text message to +*******0100.")).toBeVisible();
    await expect(canvas.getByLabelText("Code")).toHaveFocus();
    await userEvent.paste("123 456");
    await userEvent.keyboard("{Enter}");
    await expect(args.onAnswer).toHaveBeenCalledWith({ code: "123456" });
  },
};
export const AutoSubmit: Story = {
  args: { autoSubmit: true },
  play: async ({ args }) => {
    await userEvent.keyboard("654321");
    await expect(args.onAnswer).toHaveBeenCalledWith({ code: "654321" });
  },
};
export const Pending: Story = { args: { pending: true } };
export const WrongCode: Story = {
  args: { error: cognitoError("CodeMismatchException") },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent("That code is not right.");
  },
};
export const ExpiredCode: Story = { args: { error: cognitoError("ExpiredCodeException") } };
export const TooManyRequests: Story = { args: { error: cognitoError("TooManyRequestsException") } };
export const LongNonAsciiDestination: Story = {
  args: {
    challenge: challenge("SMS_OTP", {
      ...sms,
      CODE_DELIVERY_DESTINATION: "+**********************************4567 (Zoë Bérénice Łukasiewicz-Ødegård)",
    }),
  },
};
export const RightToLeft: Story = {
  args: { messages: { "smsOtp.title": "تحقق من هاتفك", "code.label": "الرمز", "common.submit": "متابعة" } },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        {Story()}
      </div>
    ),
  ],
};
export const German: Story = { args: { messages: de } };
export const EmailOtp: Story = {
  render: (args) => (
    <EmailOtpChallenge
      challenge={challenge("EMAIL_OTP", email)}
      onAnswer={args.onAnswer}
      onResend={args.onResend}
    />
  ),
};
export const SmsMfa: Story = {
  render: (args) => <SmsMfaChallenge challenge={challenge("SMS_MFA", sms)} onAnswer={args.onAnswer} />,
};
export const EmailMfa: Story = {
  render: (args) => <EmailMfaChallenge challenge={challenge("EMAIL_MFA", email)} onAnswer={args.onAnswer} />,
};
export const SoftwareTokenMfa: Story = {
  render: (args) => (
    <SoftwareTokenMfaChallenge
      challenge={challenge("SOFTWARE_TOKEN_MFA", { FRIENDLY_DEVICE_NAME: "Zoë's phone" })}
      onAnswer={args.onAnswer}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText("Enter the code from your authenticator app on Zoë's phone."),
    ).toBeVisible();
  },
};
