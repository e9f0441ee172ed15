import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ConfirmAccount, type ConfirmAccountProps } from "../../src/components/ConfirmAccount";
import { FakeCognitoOutbox } from "../../src/components/FakeCognitoOutbox";
import { de } from "../../src/i18n/de";
import { createFakeCognito, type FakeCognito } from "../../src/testing/index";
import { themePresets } from "../../src/theme/theme";
import { nextPanelCode, panelCode } from "./panelCode";
import { played } from "./played";

type PageArgs = Pick<ConfirmAccountProps, "colorMode" | "theme" | "messages">;

/**
 * A confirmation page against the fake: cleo signed up and never entered the code (it is in the outbox);
 * a new one can be sent.
 */
function ConfirmPage(props: PageArgs) {
  const [fake] = useState<FakeCognito>(() =>
    createFakeCognito({
      users: [
        { username: "cleo", email: "cleo@example.com", password: "Correct-Horse-1", status: "UNCONFIRMED" },
      ],
      latencyMs: 200,
    }),
  );
  const [done, setDone] = useState(false);
  return (
    <div>
      <ConfirmAccount
        clientOptions={{ clientId: fake.clientId, endpoint: "http://fake-cognito.invalid/", fetch: fake }}
        username="cleo"
        onConfirmed={() => setDone(true)}
        onBackToSignIn={() => setDone(false)}
        {...props}
      />
      <p hidden={!done} data-testid="confirmed">
        onConfirmed was called for cleo
      </p>
      <FakeCognitoOutbox fake={fake} username="cleo" />
    </div>
  );
}

const meta = {
  tags: ["own-root"],
  title: "Flows/ConfirmAccount",
  component: ConfirmPage,
  parameters: { layout: "padded" },
  render: (args, { globals }) => (
    <ConfirmPage
      colorMode={globals.colorMode}
      theme={themePresets[globals.theme as keyof typeof themePresets]}
      messages={globals.language === "de" ? de : undefined}
      {...args}
    />
  ),
} satisfies Meta<typeof ConfirmPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** By keyboard: a new code, the code, done. */
export const NewCode: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const signUpCode = await panelCode(canvasElement, "last-code");
    const send = canvas.getByRole("button", { name: "Send me a code" });
    await waitFor(() => expect(send).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.getByLabelText("Code")).toHaveFocus());
    await userEvent.keyboard(`${await nextPanelCode(canvasElement, signUpCode)}{Enter}`);
    await expect(await canvas.findByText("You can sign in now.")).toBeVisible();
    await expect(canvas.getByTestId("confirmed")).toBeVisible();
  }),
};

/** The code the sign-up sent: "I already have a code" sends nothing. */
export const CodeFromSignUp: Story = {
  play: played(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "I already have a code" }));
    await expect(await canvas.findByText("Enter the code we sent when you signed up.")).toBeVisible();
  }),
};

export const German: Story = { args: { messages: de } };
