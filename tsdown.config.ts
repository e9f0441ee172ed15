import { defineConfig } from "tsdown";

export default defineConfig({
  // The fake Cognito is its own entry so that apps never bundle it with the library.
  entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
  format: ["esm"],
  platform: "neutral",
  target: "es2022",
  dts: true,
  sourcemap: false,
  clean: true,
  // Plain CSS, loaded by the app with `import "cognito-challenge-ui/styles.css"`.
  copy: [{ from: "src/theme/styles.css", to: "dist" }],
  // Peers and dependencies stay imports so apps dedupe them with their own copies.
  deps: {
    neverBundle: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^zod($|\/)/, /^qrcode\.react$/],
  },
});
