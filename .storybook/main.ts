import type { StorybookConfig } from "@storybook/react-vite";

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  // Storybook's own getting-started checklist is for people writing their first stories, not for people
  // trying this library: it sat atop the sidebar.
  features: { sidebarOnboardingChecklist: false },
  // Docs tables come from the library's components only (not from stories or this folder).
  typescript: {
    reactDocgen: "react-docgen-typescript",
    reactDocgenTypescriptOptions: { include: ["src/**/*.tsx"] },
  },
  viteFinal: (vite) => ({
    ...vite,
    // Warnings and errors only: the list of every asset Storybook builds is not ours to read.
    logLevel: "warn",
    // Optimized up front, so a cold first load of `npm start` does not wait for Vite to discover them
    // (which once showed Storybook's "Server timed out" toast).
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [
        ...(vite.optimizeDeps?.include ?? []),
        "zod/mini",
        "qrcode.react",
        "@tanstack/react-query",
        "react",
        "react-dom",
        "react-dom/client",
      ],
    },
    build: {
      ...vite.build,
      // Storybook's own bundles (axe, the docs blocks) are large; that says nothing about the library's size,
      // which `npm run bench:size` measures.
      chunkSizeWarningLimit: 4_000,
      rolldownOptions: {
        ...vite.build?.rolldownOptions,
        onLog(level, log, handler) {
          // Our modules keep "use client" for frameworks with server components; in Storybook's single
          // browser bundle the directive means nothing, so dropping it is right.
          if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
          handler(level, log);
        },
      },
    },
  }),
};

export default config;
