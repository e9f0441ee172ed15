import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { SelectChallenge } from "../../src/components/SelectChallenge";
import { InvalidAnswerError } from "../../src/core/client/errors";
import type { FirstFactor } from "../../src/core/names";
import { FIRST_FACTORS } from "../../src/core/names";
import { challenge, customTheme, dark, german } from "../support";

const offered = (availableChallenges: FirstFactor[]) =>
  challenge("SELECT_CHALLENGE", {}, { availableChallenges });

const meta = {
  title: "Challenges/SelectChallenge",
  component: SelectChallenge,
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
/** The password chosen, inside <SignIn>: "Forgot password?" beside "Back". */
export const PasswordWithForgotPassword: Story = {
  args: { challenge: offered(["PASSWORD"]), onForgotPassword: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Forgot password?" }));
    await expect(args.onForgotPassword).toHaveBeenCalled();
  },
};
/**
 * With `srp`, where only PASSWORD is offered (a pool or a proxy that leaves PASSWORD_SRP out): the password
 * was not sent, the step says why, and another way in is still there.
 */
export const SrpUnavailable: Story = {
  args: { challenge: offered(["PASSWORD", "EMAIL_OTP"]), error: new InvalidAnswerError("srpUnavailable") },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const said = await canvas.findByText(/Your password cannot be used to sign in here/);
    await expect(said.closest('[role="alert"]')).not.toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "Code by email" }));
    await expect(args.onSelect).toHaveBeenCalledWith("EMAIL_OTP");
  },
};
/** The sign-in asked for a passkey (`preferredChallenge`), and the account has none now: said, with the ways it has. */
export const NoPasskeyNow: Story = {
  args: { challenge: offered(["PASSWORD", "EMAIL_OTP"]), preferred: "WEB_AUTHN" },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText("Your account has no passkey now. Sign in another way."),
    ).toHaveAttribute("role", "alert");
  },
};
export const Dark: Story = { ...dark };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german };

/** Every non-empty set of first factors Cognito can offer (PASSWORD_SRP shows as PASSWORD). */
const combinations = (() => {
  const factors = FIRST_FACTORS.filter((factor) => factor !== "PASSWORD_SRP");
  const sets: FirstFactor[][] = [];
  for (let mask = 1; mask < 1 << factors.length; mask += 1) {
    sets.push(factors.filter((_, index) => mask & (1 << index)));
  }
  return sets;
})();

export const EveryCombination: Story = {
  render: (args) => (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(18rem, 1fr))", gap: 16 }}>
      {combinations.map((set) => (
        <section key={set.join("+")} aria-label={set.join(" + ")}>
          <SelectChallenge
            challenge={offered(set)}
            onSelect={args.onSelect}
            autoFocus={false}
            // One sign-in per page in real use: here each form needs its own name.
            messages={{ "select.title": `Offered: ${set.join(", ")}` }}
          />
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(combinations).toHaveLength(15);
    for (const set of combinations) {
      const section = canvas.getByRole("region", { name: set.join(" + ") });
      if (set.length === 1 && set[0] === "PASSWORD") {
        // The password alone is no choice: its field shows at once, with no way back to a choice of one.
        await expect(within(section).getByLabelText("Password")).toBeVisible();
        await expect(within(section).queryByRole("button", { name: "Back" })).toBeNull();
      } else {
        await expect(section.querySelectorAll("[data-choice]")).toHaveLength(set.length);
      }
    }
  },
};
