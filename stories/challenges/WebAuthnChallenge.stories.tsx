import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { WebAuthnChallenge } from "../../src/components/WebAuthnChallenge";
import { UnknownPasskeyError } from "../../src/core/webauthn/signals";
import { challenge, cognitoError, dark, german } from "../support";

const options = {
  challenge: "Y2hhbGxlbmdl",
  rpId: "localhost",
  allowCredentials: [{ id: "Y3JlZA", type: "public-key" }],
};

const meta = {
  title: "Challenges/WebAuthnChallenge",
  component: WebAuthnChallenge,
  args: {
    challenge: challenge("WEB_AUTHN", { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) }),
    onAnswer: fn(),
    onRestart: fn(),
  },
} satisfies Meta<typeof WebAuthnChallenge>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const SimulatedPasskey: Story = {
  args: {
    credentials: {
      get: async () =>
        ({ toJSON: () => ({ id: "Y3JlZA", type: "public-key", response: {} }) }) as unknown as Credential,
    },
  },
  play: async ({ args }) => {
    await userEvent.keyboard("{Enter}");
    await expect(args.onAnswer).toHaveBeenCalledWith({
      credential: { id: "Y3JlZA", type: "public-key", response: {} },
    });
  },
};
export const Cancelled: Story = {
  args: {
    credentials: {
      get: () => Promise.reject(new DOMException("timed out or not allowed", "NotAllowedError")),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Use passkey" }));
    await expect(await canvas.findByText(/cancelled or timed out/)).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Start again" })).toBeVisible();
  },
};
export const Unavailable: Story = {
  args: { credentials: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Chromium has WebAuthn: take it away to show what other browsers see.
    const saved = window.PublicKeyCredential;
    Object.defineProperty(window, "PublicKeyCredential", { value: undefined, configurable: true });
    await userEvent.click(canvas.getByRole("button", { name: "Use passkey" }));
    await expect(await canvas.findByText(/This browser cannot use passkeys/)).toBeVisible();
    Object.defineProperty(window, "PublicKeyCredential", { value: saved, configurable: true });
  },
};
export const Pending: Story = { args: { pending: true } };
/** Cognito refused the passkey's answer: said as a passkey problem, not as a wrong password. */
export const Refused: Story = {
  args: { error: cognitoError("NotAuthorizedException", "Incorrect username or password.") },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/The passkey was not accepted/)).toHaveAttribute("role", "alert");
    await expect(canvas.queryByText(/username or password/)).toBeNull();
  },
};
/**
 * Cognito does not know this passkey (removed from the account, still in the password manager): the
 * browser has been told, the step says so, and "Sign in another way" asks Cognito for the user's ways in.
 */
export const UnknownPasskey: Story = {
  args: {
    error: new UnknownPasskeyError("c3RhbGU", { cause: cognitoError("NotAuthorizedException") }),
    onOtherWays: fn(),
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/no longer on your account/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Sign in another way" }));
    await expect(args.onOtherWays).toHaveBeenCalled();
  },
};
export const Dark: Story = { ...dark };
export const German: Story = { ...german };
