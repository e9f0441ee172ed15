import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useState } from "react";
import { expect, userEvent, within } from "storybook/test";
import { SignIn } from "../../src/components/SignIn";
import { SignOutButton, type SignOutButtonProps } from "../../src/components/SignOutButton";
import { createCognitoClient } from "../../src/core/client/client";
import { createSession } from "../../src/core/session/store";
import { CognitoProvider } from "../../src/hooks/CognitoProvider";
import { useSession } from "../../src/hooks/useSession";
import { de } from "../../src/i18n/de";
import { createFakeCognito } from "../../src/testing/index";
import { themePresets } from "../../src/theme/theme";
import { played } from "./played";

const PASSWORD = "Correct-Horse-1";

/** A header that shows who is signed in, with the sign-out buttons; the sign-in when no one is. */
function Account(props: Pick<SignOutButtonProps, "colorMode" | "theme" | "messages">) {
  const { status, claims } = useSession();
  if (status === "signedOut")
    return <SignIn authFlow="USER_PASSWORD_AUTH" onSignedIn={() => {}} {...props} />;
  return (
    // The app's own header, in the app's own colours.
    <header
      style={{
        display: "flex",
        flexWrap: "wrap",
        alignItems: "center",
        gap: "0.75rem",
        fontFamily: "system-ui, sans-serif",
        color: props.colorMode === "dark" ? "#e5e7eb" : "#111827",
      }}
    >
      <span>Signed in as {claims?.email}</span>
      <SignOutButton {...props} />
      <SignOutButton global {...props} />
    </header>
  );
}

/** The session against the fake: "zoe" is signed in when `signedIn`, and signs in by hand otherwise. */
function SessionDemo({
  signedIn = true,
  ...ui
}: { signedIn?: boolean } & Pick<SignOutButtonProps, "colorMode" | "theme" | "messages">) {
  const [setup] = useState(() => {
    const fake = createFakeCognito({
      pool: { mfa: "OFF" },
      users: [{ username: "zoe", password: PASSWORD, email: "zoe@example.com" }],
      latencyMs: 150,
    });
    const client = createCognitoClient({
      clientId: fake.clientId,
      endpoint: "http://fake-cognito.invalid/",
      fetch: fake,
    });
    return { client, session: createSession({ client }) };
  });
  const [ready, setReady] = useState(!signedIn);
  useEffect(() => {
    if (!signedIn) return;
    void setup.client
      .initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "zoe", PASSWORD } })
      .then((answer) => {
        if (answer.authenticationResult) setup.session.signIn(answer.authenticationResult);
        setReady(true);
      });
  }, [setup, signedIn]);
  if (!ready) return <p>Signing zoe in…</p>;
  return (
    <CognitoProvider client={setup.client} session={setup.session}>
      <Account {...ui} />
    </CognitoProvider>
  );
}

const meta = {
  // <SignOutButton> and <SignIn> render their own roots; the preview adds none around them.
  tags: ["own-root"],
  title: "Flows/Session",
  component: SessionDemo,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <SessionDemo
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof SessionDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SignedIn: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("Signed in as zoe@example.com")).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Sign out" }));
    await expect(await canvas.findByRole("heading", { name: "Sign in" })).toBeVisible();
  }),
};

export const SignInThenOut: Story = {
  args: { signedIn: false },
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText("Username or email"), "zoe");
    await userEvent.type(canvas.getByLabelText("Password"), `${PASSWORD}{Enter}`);
    await userEvent.click(await canvas.findByRole("button", { name: "Sign out on every device" }));
    await expect(await canvas.findByRole("heading", { name: "Sign in" })).toBeVisible();
  }),
};
