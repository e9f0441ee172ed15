import type { BrowserCommand } from "vitest/node";

/** Makes the page's `prefers-color-scheme` light or dark, as the operating system would. */
export const emulateColorScheme: BrowserCommand<["light" | "dark"]>;
