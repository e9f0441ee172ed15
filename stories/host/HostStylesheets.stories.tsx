import type { Meta, StoryObj } from "@storybook/react-vite";
// The stylesheets real apps start from, as text: each story puts one on the page for as long as it shows.
import { userEvent, within } from "storybook/test";
import "../../src/theme/styles.css";
import { Flow } from "../flows/Flow";
import { played } from "../flows/played";
import { bootstrapReboot, expectReadable, HostPage, tailwindPreflight, viteIn } from "./hostPage";

interface HostArgs {
  css: string;
  colorMode?: "light" | "dark" | "system";
}

const meta = {
  title: "Host stylesheets/SignIn",
  tags: ["own-root"],
  parameters: { layout: "fullscreen" },
  render: ({ css, colorMode }) => (
    <HostPage css={css}>
      <Flow scenario="totpSetup" latencyMs={50} colorMode={colorMode} />
    </HostPage>
  ),
} satisfies Meta<HostArgs>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The username step (and its errors after an empty submit), then the authenticator set-up with its QR
 * code, each checked inside the host's stylesheet.
 */
const walk = played(async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const canvas = within(canvasElement);
  const root = canvasElement.querySelector("[data-cc-root]") as Element;
  await expectReadable(root);
  await userEvent.click(canvas.getByRole("button", { name: "Continue" }));
  await canvas.findByText("Enter your username or email.");
  await expectReadable(root);
  await userEvent.type(canvas.getByLabelText("Username or email"), "sam");
  await userEvent.type(canvas.getByLabelText("Password", { exact: true }), "Correct-Horse-1{Enter}");
  await canvas.findByRole("img", { name: "QR code for your authenticator app" }, { timeout: 8000 });
  await canvas.findByText("Setup key");
  await expectReadable(root);
});

export const ViteTemplateLight: Story = { args: { css: viteIn("light") }, play: walk };
/** With no colorMode, the card follows the page: dark, on the template's dark page. */
export const ViteTemplateDarkOs: Story = { args: { css: viteIn("dark") }, play: walk };
/** The case that once broke: the OS in dark mode paints the page's headings light, on a light card. */
export const ViteTemplateDarkOsLightCard: Story = {
  args: { css: viteIn("dark"), colorMode: "light" },
  play: walk,
};
export const ViteTemplateDarkOsDarkCard: Story = {
  args: { css: viteIn("dark"), colorMode: "dark" },
  play: walk,
};
export const TailwindPreflight: Story = { args: { css: tailwindPreflight }, play: walk };
export const BootstrapReboot: Story = { args: { css: bootstrapReboot }, play: walk };
