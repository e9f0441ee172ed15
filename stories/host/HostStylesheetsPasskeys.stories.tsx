import type { Meta, StoryObj } from "@storybook/react-vite";
import { userEvent, within } from "storybook/test";
import "../../src/theme/styles.css";
import { PasskeysPage } from "../flows/passkeysPage";
import { played } from "../flows/played";
import { bootstrapReboot, expectReadable, HostPage, tailwindPreflight, viteIn } from "./hostPage";

interface HostArgs {
  css: string;
}

function PasskeysInHost({ css }: HostArgs) {
  return (
    <HostPage css={css}>
      <PasskeysPage />
    </HostPage>
  );
}

const meta = {
  title: "Host stylesheets/Passkeys",
  tags: ["own-root"],
  parameters: { layout: "fullscreen" },
  component: PasskeysInHost,
} satisfies Meta<typeof PasskeysInHost>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The list, then a removal's question, each checked inside the host's stylesheet. */
const walk = played(async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole("button", { name: /Remove .*YubiKey/ }));
  await canvas.findByRole("button", { name: "Keep it" });
  await expectReadable(canvasElement.querySelector("[data-cc-root]") as Element);
});

export const ViteTemplateLight: Story = { args: { css: viteIn("light") }, play: walk };
export const ViteTemplateDark: Story = { args: { css: viteIn("dark") }, play: walk };
export const TailwindPreflight: Story = { args: { css: tailwindPreflight }, play: walk };
export const BootstrapReboot: Story = { args: { css: bootstrapReboot }, play: walk };
