import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FakeCognitoOutbox } from "../../src/components/FakeCognitoOutbox";
import { TotpSetup, type TotpSetupProps } from "../../src/components/TotpSetup";
import { type CognitoClient, createCognitoClient } from "../../src/core/client/client";
import { de } from "../../src/i18n/de";
import { createFakeCognito, type FakeCognito } from "../../src/testing/index";
import { themePresets } from "../../src/theme/theme";
import { played } from "./played";

/** An account page: the user "ada" is signed in (against the fake) and adds an authenticator app. */
function AccountPage({
  expiredToken = false,
  ...ui
}: { expiredToken?: boolean } & Pick<TotpSetupProps, "colorMode" | "theme" | "messages">) {
  const [setup] = useState(() => {
    const fake: FakeCognito = createFakeCognito({
      users: [{ username: "ada", password: "Correct-Horse-1" }],
      latencyMs: 200,
    });
    const client: CognitoClient = createCognitoClient({
      clientId: fake.clientId,
      endpoint: "http://fake-cognito.invalid/",
      fetch: fake,
    });
    return { fake, client };
  });
  const [accessToken, setAccessToken] = useState<string>();
  useEffect(() => {
    void setup.client
      .initiateAuth({
        authFlow: "USER_PASSWORD_AUTH",
        authParameters: { USERNAME: "ada", PASSWORD: "Correct-Horse-1" },
      })
      .then((response) => setAccessToken(response.authenticationResult?.accessToken));
  }, [setup]);
  if (!accessToken) return <p>Signing ada in…</p>;
  return (
    <div>
      <TotpSetup
        client={setup.client}
        accessToken={expiredToken ? "expired" : accessToken}
        accountName="ada@example.com"
        totpIssuer="Acme"
        {...ui}
      />
      <FakeCognitoOutbox fake={setup.fake} username="ada" />
    </div>
  );
}

const meta = {
  // <TotpSetup> renders its own root; the preview adds none around it.
  tags: ["own-root"],
  title: "Flows/TotpSetup",
  component: AccountPage,
  parameters: { layout: "padded" },
  // The toolbar's colour mode, theme and language reach <TotpSetup> as props.
  render: (args, { globals }) => (
    <AccountPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof AccountPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const AddAuthenticator: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Set up an authenticator app" }));
    await canvas.findByRole("img", { name: "QR code for your authenticator app" });
    let code = "";
    await waitFor(() => {
      code = canvas.getByTestId("totp-code").querySelector("code")?.textContent ?? "";
      expect(code).toMatch(/^\d{6}$/);
    });
    await userEvent.type(canvas.getByLabelText("Code from the app"), `${code}{Enter}`);
    await expect(
      await canvas.findByText("Your authenticator app is added.", {}, { timeout: 5000 }),
    ).toBeVisible();
  }),
};

export const SignInExpired: Story = {
  args: { expiredToken: true },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Set up an authenticator app" }));
    await expect(
      await canvas.findByText("Your sign-in has expired. Sign in again, then add the app."),
    ).toBeVisible();
  }),
};
