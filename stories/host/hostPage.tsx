// A page with a real app's stylesheet (the Vite template's, Tailwind's preflight, Bootstrap's reboot), for
// the host-stylesheet stories: the stylesheets as text, each put on the page while its story shows.
import bootstrapReboot from "bootstrap/dist/css/bootstrap-reboot.css?raw";
import viteIndex from "create-vite/template-react-ts/src/index.css?raw";
import { type ReactNode, useLayoutEffect } from "react";
import { expect } from "storybook/test";
import tailwindPreflight from "tailwindcss/preflight.css?raw";
import { layoutProblems, lowContrastTexts } from "../checks";

export { bootstrapReboot, tailwindPreflight };

/**
 * The Vite template's index.css with the operating system's colour scheme fixed, as a story cannot set it:
 * its dark rules on or off, and its `color-scheme: light dark` resolved to the one the system would pick.
 */
export const viteIn = (scheme: "light" | "dark") =>
  viteIndex
    .replaceAll("(prefers-color-scheme: dark)", scheme === "dark" ? "all" : "not all")
    .replace("color-scheme: light dark", `color-scheme: ${scheme}`);

export function HostPage({ css, children }: { css: string; children: ReactNode }) {
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

/** Every text readable, titles and labels at the start, nothing wider than the card. */
export async function expectReadable(root: Element) {
  await expect(lowContrastTexts(root)).toEqual([]);
  await expect(layoutProblems(root)).toEqual([]);
}
