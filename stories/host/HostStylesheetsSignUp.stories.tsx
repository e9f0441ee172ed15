import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { userEvent, within } from "storybook/test";
import "../../src/theme/styles.css";
import { SignUp } from "../../src/components/SignUp";
import { createFakeCognito } from "../../src/testing/index";
import { played } from "../flows/played";
import { bootstrapReboot, expectReadable, HostPage, tailwindPreflight, viteIn } from "./hostPage";

interface HostArgs {
  css: string;
}

/** <SignUp> with every kind of field it draws: text, email, a phone with its country, a select, a date, checkboxes. */
function SignUpInHost({ css }: HostArgs) {
  const [fake] = useState(() => createFakeCognito({ users: [], latencyMs: 50 }));
  return (
    <HostPage css={css}>
      <SignUp
        clientOptions={{ clientId: fake.clientId, endpoint: "http://fake-cognito.invalid/", fetch: fake }}
        attributes={[
          { name: "email", label: "Email", type: "email", required: true },
          { name: "phone_number", label: "Mobile phone", type: "tel" },
          {
            name: "custom:team",
            label: "Team",
            type: "select",
            options: [
              { value: "red", label: "Red" },
              { value: "blue", label: "Blue" },
            ],
          },
          { name: "birthdate", label: "Date of birth", type: "date" },
          { name: "custom:newsletter", label: "Send me the newsletter", type: "checkbox" },
        ]}
        passwordPolicy={{ minLength: 8, requireNumbers: true }}
        consent={{ label: "I accept the terms of use" }}
        defaultCountry="GB"
        onSignedIn={() => {}}
      />
    </HostPage>
  );
}

const meta = {
  title: "Host stylesheets/SignUp",
  tags: ["own-root"],
  parameters: { layout: "fullscreen" },
  component: SignUpInHost,
} satisfies Meta<typeof SignUpInHost>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The form, then its field errors after an empty submit, each checked inside the host's stylesheet. */
const walk = played(async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const canvas = within(canvasElement);
  const root = canvasElement.querySelector("[data-cc-root]") as Element;
  await canvas.findByRole("combobox", { name: "Country or calling code" });
  await expectReadable(root);
  await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
  await canvas.findByText("Accept this to create an account.");
  await expectReadable(root);
});

export const ViteTemplateLight: Story = { args: { css: viteIn("light") }, play: walk };
export const ViteTemplateDark: Story = { args: { css: viteIn("dark") }, play: walk };
export const TailwindPreflight: Story = { args: { css: tailwindPreflight }, play: walk };
export const BootstrapReboot: Story = { args: { css: bootstrapReboot }, play: walk };
