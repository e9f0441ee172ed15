/**
 * Plain JavaScript (types in the .d.mts beside it), as vitest.config.ts imports it by file name.
 *
 * A browser command (runs in Node, next to Playwright): the operating system's colour scheme as the page
 * sees it (`prefers-color-scheme`), which no script inside the page can set.
 */
/** @type {typeof import("./colorScheme.d.mts").emulateColorScheme} */
export const emulateColorScheme = async (context, scheme) => {
  await context.page.emulateMedia({ colorScheme: scheme });
};
