import type { Meta, StoryObj } from "@storybook/react-vite";
// The stylesheets real apps start from, as text: each story puts one on the page for as long as it shows.
import bootstrapReboot from "bootstrap/dist/css/bootstrap-reboot.css?raw";
import viteIndex from "create-vite/template-react-ts/src/index.css?raw";
import { type ReactNode, useLayoutEffect } from "react";
import { expect, userEvent, within } from "storybook/test";
import tailwindPreflight from "tailwindcss/preflight.css?raw";
import "../../src/theme/styles.css";
import { layoutProblems, lowContrastTexts } from "../checks";
import { Flow } from "../flows/Flow";
import { played } from "../flows/played";

/**
 * The Vite template's index.css with the operating system's colour scheme fixed, as a story cannot set it:
 * its dark rules on or off, and its `color-scheme: light dark` resolved to the one the system would pick.
 */
const viteIn = (scheme: "light" | "dark") =>
  viteIndex
    .replaceAll("(prefers-color-scheme: dark)", scheme === "dark" ? "all" : "not all")
    .replace("color-scheme: light dark", `color-scheme: ${scheme}`);

function HostPage({ css, children }: { css: string; children: ReactNode }) {
  useLayoutEffect(() => {
    const style = document.createElement("style");
    style.dataset.host = "";
    style.textContent = css;
    document.head.append(style);
    return () => style.remove();
  }, [css]);
  // The Vite template styles #root (centred text, a border): the app's content sits in it.
  return <div id="root">{children}</div>;
}

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

/** Every text readable, titles and labels at the start, nothing wider than the card. */
async function expectReadable(root: Element) {
  await expect(lowContrastTexts(root)).toEqual([]);
  await expect(layoutProblems(root)).toEqual([]);
}

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
