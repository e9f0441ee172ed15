import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Passkeys, type PasskeysProps } from "../../src/components/Passkeys";
import { createCognitoClient } from "../../src/core/client/client";
import { de } from "../../src/i18n/de";
import { createFakeCognito, type FakeCognito, type FakeUser } from "../../src/testing/index";
import { themePresets } from "../../src/theme/theme";
import { played } from "./played";

const PASSWORD = "Correct-Horse-1";

// Public keys of no one: these passkeys are for listing and removing, never for signing in.
const listed = (id: string, name: string, days: number, attachment?: string) => ({
  credentialId: id,
  friendlyName: name,
  createdAt: Date.parse("2026-12-07T10:00:00Z") - days * 86_400_000,
  transports: attachment === "platform" ? ["internal"] : ["usb", "nfc"],
  ...(attachment ? { attachment } : {}),
});

type PageArgs = Pick<PasskeysProps, "colorMode" | "theme" | "messages"> & {
  /** Who is signed in, with their passkeys. */
  user?: FakeUser;
};

/**
 * An account page against the fake: the user is signed in (by password, behind the scenes) and sees their
 * passkeys. "Add a passkey" uses this browser's own passkey prompt.
 */
function PasskeysPage({ user, ...props }: PageArgs) {
  const account: FakeUser = user ?? {
    username: "pia",
    password: PASSWORD,
    passkeys: [
      listed("cGlhLW1hYw", "iCloud Keychain", 40, "platform"),
      listed("cGlhLWtleQ", "YubiKey 5 NFC", 3, "cross-platform"),
    ],
  };
  // The fake, and the user's sign-in on it, made once for the page.
  const [page] = useState(() => {
    const fake: FakeCognito = createFakeCognito({
      users: [account],
      latencyMs: 100,
      pool: { firstFactors: ["PASSWORD", "WEB_AUTHN"] },
      rpId: typeof location === "undefined" ? "localhost" : location.hostname,
    });
    const clientOptions = { clientId: fake.clientId, endpoint: "http://fake-cognito.invalid/", fetch: fake };
    const token = createCognitoClient(clientOptions)
      .initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: account.username, PASSWORD },
      })
      .then((answer) => answer.authenticationResult?.accessToken);
    return { clientOptions, token };
  });
  const [accessToken, setAccessToken] = useState<string>();
  useEffect(() => {
    void page.token.then(setAccessToken);
  }, [page]);
  if (!accessToken) return <p>Signing in…</p>;
  return <Passkeys clientOptions={page.clientOptions} accessToken={accessToken} {...props} />;
}

const meta = {
  tags: ["own-root"],
  title: "Flows/Passkeys",
  component: PasskeysPage,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <PasskeysPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof PasskeysPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two passkeys, with where each lives and when it was added. */
export const List: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("\u2068YubiKey 5 NFC\u2069")).toBeVisible();
  }),
};

/** None yet. */
export const Empty: Story = { args: { user: { username: "pia", password: PASSWORD } } };

/** "Remove" asks first; focus is on "Keep it". */
export const ConfirmRemove: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: /Remove .*YubiKey/ }));
    await waitFor(() => expect(canvas.getByRole("button", { name: "Keep it" })).toHaveFocus());
  }),
};

/** Removed: the list again, and the browser told. */
export const Removed: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: /Remove .*YubiKey/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(canvas.queryByText("\u2068YubiKey 5 NFC\u2069")).toBeNull());
  }),
};

/** A passkey-only user's last passkey cannot be removed: the reason, and the list unchanged. */
export const LastWayIn: Story = {
  args: {
    user: {
      username: "pax",
      password: PASSWORD,
      firstFactors: ["WEB_AUTHN"],
      passkeys: [listed("cGF4LW1hYw", "iCloud Keychain", 12, "platform")],
    },
  },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: /Remove/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(canvas.getByRole("alert")).toHaveTextContent("only way to sign in"));
  }),
};

export const German: Story = { args: { messages: de } };
