import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { CustomChallenge } from "../../src/components/CustomChallenge";
import { NewPasswordChallenge } from "../../src/components/NewPasswordChallenge";
import { SelectMfaTypeChallenge } from "../../src/components/SelectMfaTypeChallenge";
import { UnsupportedChallenge } from "../../src/components/UnsupportedChallenge";
import { WebAuthnChallenge } from "../../src/components/WebAuthnChallenge";
import { challenge, cognitoError, Frame } from "../support";

const meta = {
  title: "Challenges/More steps",
  component: SelectMfaTypeChallenge,
  decorators: [(Story) => <Frame>{Story()}</Frame>],
  args: {
    challenge: challenge("SELECT_MFA_TYPE", {
      MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]',
    }),
    onAnswer: fn(),
  },
} satisfies Meta<typeof SelectMfaTypeChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SelectMfaType: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Authenticator app" }));
    await expect(args.onAnswer).toHaveBeenCalledWith({ mfaType: "SOFTWARE_TOKEN_MFA" });
  },
};

export const NewPassword: Story = {
  render: (args) => (
    <NewPasswordChallenge
      challenge={challenge("NEW_PASSWORD_REQUIRED", {
        userAttributes: '{"email":"nina@example.com"}',
        requiredAttributes:
          '["userAttributes.given_name","userAttributes.family_name","userAttributes.custom:team"]',
      })}
      passwordPolicy={{
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSymbols: true,
      }}
      onAnswer={args.onAnswer as never}
    />
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText("New password"), "Brand-New-Pass-2");
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
export const NewPasswordRejected: Story = {
  render: () => (
    <NewPasswordChallenge
      challenge={challenge("NEW_PASSWORD_REQUIRED")}
      error={cognitoError("InvalidPasswordException")}
      onAnswer={() => {}}
    />
  ),
};

export const Custom: Story = {
  render: (args) => (
    <CustomChallenge
      challenge={challenge("CUSTOM_CHALLENGE", { question: "What is 2 + 3?" })}
      onAnswer={args.onAnswer as never}
    />
  ),
  play: async ({ args }) => {
    await userEvent.keyboard("5{Enter}");
    await expect(args.onAnswer).toHaveBeenCalledWith({ answer: "5" });
  },
};

const webauthn = challenge("WEB_AUTHN", {
  CREDENTIAL_REQUEST_OPTIONS: JSON.stringify({
    challenge: "Y2hhbGxlbmdl",
    rpId: "localhost",
    allowCredentials: [{ id: "Y3JlZA", type: "public-key" }],
  }),
});
export const Passkey: Story = {
  render: (args) => <WebAuthnChallenge challenge={webauthn} onAnswer={args.onAnswer as never} />,
};
export const PasskeyCancelled: Story = {
  render: (args) => (
    <WebAuthnChallenge
      challenge={webauthn}
      onAnswer={args.onAnswer as never}
      onRestart={() => {}}
      credentials={{
        get: () =>
          Promise.reject(
            new DOMException("The operation either timed out or was not allowed.", "NotAllowedError"),
          ),
      }}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Use passkey" }));
    await expect(await canvas.findByText(/cancelled or timed out/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Start again" })).toBeVisible();
  },
};

export const Unsupported: Story = {
  render: () => (
    <UnsupportedChallenge challenge={challenge<"UNSUPPORTED">("QUANTUM_MFA")} onRestart={() => {}} />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/QUANTUM_MFA/)).toBeVisible();
  },
};
