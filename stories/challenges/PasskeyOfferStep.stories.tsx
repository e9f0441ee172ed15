import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { PasskeyOfferStep } from "../../src/components/PasskeyOffer";
import { cognitoError, customTheme, dark, german } from "../support";

const flow = (change: { pending?: boolean; error?: unknown } = {}) => ({
  pending: false,
  error: undefined,
  createPasskey: fn(async () => {}),
  continueSignIn: fn(async () => {}),
  ...change,
});

/** Once signed in (`<SignIn offerPasskey={passkeyOffer()}>`): a passkey now, or "Not now". */
const meta = {
  title: "Challenges/PasskeyOfferStep",
  component: PasskeyOfferStep,
  args: { flow: flow() },
} satisfies Meta<typeof PasskeyOfferStep>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Create a passkey" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(args.flow.createPasskey).toHaveBeenCalled();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect(args.flow.continueSignIn).toHaveBeenCalled();
  },
};
/** The browser's sheet is open: "Not now" still ends it. */
export const Waiting: Story = {
  args: { flow: flow({ pending: true }) },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: /Waiting for your device/ })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await userEvent.click(canvas.getByRole("button", { name: "Not now" }));
    await expect(args.flow.continueSignIn).toHaveBeenCalled();
  },
};
/** This authenticator has a passkey for the user already (InvalidStateError). */
export const AlreadyOnThisDevice: Story = {
  args: { flow: flow({ error: new DOMException("exists", "InvalidStateError") }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent(
      "This device already has a passkey for your account.",
    );
  },
};
/** The pool does not allow passkeys: said, and "Not now" goes on. */
export const NotEnabled: Story = {
  args: { flow: flow({ error: cognitoError("WebAuthnNotEnabledException") }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("alert")).toHaveTextContent(
      "Passkeys are not turned on for this app.",
    );
  },
};
export const Dark: Story = { ...dark };
export const CustomTheme: Story = { ...customTheme };
export const German: Story = { ...german };
