import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions } from "./scripts/staticServer.mjs";
import { emulateColorScheme } from "./test/browser/colorScheme.mjs";
import { addVirtualPasskey, enableVirtualAuthenticator } from "./test/browser/virtualAuthenticator.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          globals: true,
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/contract/**", "test/browser/**", "**/node_modules/**"],
          setupFiles: ["test/setup.ts"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
        },
      },
      {
        extends: true,
        test: {
          // The same flows against a real cognito-local process (started by globalSetup) and the fake.
          name: "contract",
          environment: "node",
          globals: true,
          include: ["test/contract/**/*.contract.test.{ts,tsx}"],
          setupFiles: ["test/setup.ts"],
          globalSetup: ["test/contract/globalSetup.ts"],
          // One cognito-local serves every file; its users change as flows run (new passwords, MFA).
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Real-browser tests that need what jsdom lacks, e.g. WebAuthn through a virtual authenticator.
          name: "browser",
          include: ["test/browser/**/*.browser.test.tsx"],
          setupFiles: ["test/setup.ts"],
          globals: true,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: "chromium" }],
            commands: { addVirtualPasskey, enableVirtualAuthenticator, emulateColorScheme },
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(root, ".storybook") })],
        // Optimized up front: a dependency discovered mid-run reloads the page under the tests.
        optimizeDeps: {
          include: [
            "zod/mini",
            "qrcode.react",
            "@tanstack/react-query",
            "react",
            "react-dom",
            "react-dom/client",
          ],
        },
        test: {
          name: "stories",
          browser: {
            enabled: true,
            headless: true,
            // Debian's Chromium (browsers cannot be downloaded here); CHROMIUM_PATH overrides it.
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
    ],
  },
});
