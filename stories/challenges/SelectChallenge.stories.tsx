import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { SelectChallenge } from "../../src/components/SelectChallenge";
import type { FirstFactor } from "../../src/core/names";
import { challenge, Frame } from "../support";

const offered = (availableChallenges: FirstFactor[]) =>
  challenge("SELECT_CHALLENGE", {}, { availableChallenges });

const meta = {
  title: "Challenges/SelectChallenge",
  component: SelectChallenge,
  decorators: [(Story) => <Frame>{Story()}</Frame>],
  args: { challenge: offered(["PASSWORD", "SMS_OTP", "EMAIL_OTP", "WEB_AUTHN"]), onSelect: fn() },
} satisfies Meta<typeof SelectChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AllFactors: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Password" }));
    await expect(canvas.getByLabelText("Password")).toHaveFocus();
    await userEvent.keyboard("Correct-Horse-1{Enter}");
    await expect(args.onSelect).toHaveBeenCalledWith("PASSWORD", { password: "Correct-Horse-1" });
  },
};
export const PasswordOrEmail: Story = { args: { challenge: offered(["PASSWORD", "EMAIL_OTP"]) } };
export const PasswordOrSms: Story = { args: { challenge: offered(["PASSWORD", "SMS_OTP"]) } };
export const SmsOrEmail: Story = { args: { challenge: offered(["SMS_OTP", "EMAIL_OTP"]) } };
export const PasskeyOrPassword: Story = { args: { challenge: offered(["WEB_AUTHN", "PASSWORD"]) } };
export const EmailOnly: Story = { args: { challenge: offered(["EMAIL_OTP"]) } };
export const AppOrder: Story = {
  args: { order: ["WEB_AUTHN", "EMAIL_OTP"] },
  play: async ({ canvasElement }) => {
    const labels = within(canvasElement)
      .getAllByRole("button")
      .map((button) => button.textContent);
    await expect(labels).toEqual(["Passkey", "Code by email", "Password", "Code by text message"]);
  },
};
export const Pending: Story = { args: { pending: true } };
