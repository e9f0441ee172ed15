import type { Meta, StoryObj } from "@storybook/react-vite";
import { within } from "storybook/test";
import "../../src/theme/styles.css";
import { ChangePasswordPage } from "../flows/changePasswordPage";
import { ContactDetailsPage } from "../flows/contactDetailsPage";
import { DeleteAccountPage } from "../flows/deleteAccountPage";
import { DevicesPage } from "../flows/devicesPage";
import { played } from "../flows/played";
import { bootstrapReboot, expectReadable, HostPage, tailwindPreflight, viteIn } from "./hostPage";

interface HostArgs {
  css: string;
}

/** The account page's sections, one under another, inside an app's own stylesheet. */
function SettingsInHost({ css }: HostArgs) {
  return (
    <HostPage css={css}>
      <ContactDetailsPage />
      <ChangePasswordPage passwordPolicy={{ minLength: 10, requireNumbers: true }} />
      <DevicesPage />
      <DeleteAccountPage />
    </HostPage>
  );
}

const meta = {
  title: "Host stylesheets/Settings",
  tags: ["own-root"],
  parameters: { layout: "fullscreen" },
  component: SettingsInHost,
} satisfies Meta<typeof SettingsInHost>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every section loaded, then each checked readable inside the host's stylesheet. */
const walk = played(async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const canvas = within(canvasElement);
  await canvas.findByText("This device", {}, { timeout: 5000 });
  await canvas.findByLabelText("Current password", {}, { timeout: 5000 });
  await canvas.findByLabelText("Type delete to confirm", {}, { timeout: 5000 });
  await canvas.findByRole("button", { name: "Change Email" }, { timeout: 5000 });
  for (const root of canvasElement.querySelectorAll("[data-cc-root]")) await expectReadable(root);
});

export const ViteTemplateLight: Story = { args: { css: viteIn("light") }, play: walk };
export const ViteTemplateDark: Story = { args: { css: viteIn("dark") }, play: walk };
export const TailwindPreflight: Story = { args: { css: tailwindPreflight }, play: walk };
export const BootstrapReboot: Story = { args: { css: bootstrapReboot }, play: walk };
