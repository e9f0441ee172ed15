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
  // The main entry holds components and hooks: frameworks with server components (Next.js App Router)
  // must treat it as client code. The testing entry stays plain so servers can run the fake.
  outputOptions: {
    banner: (chunk) => (chunk.fileName === "index.js" ? '"use client";' : ""),
  },

  // Plain CSS, loaded by the app with `import "cognito-challenge-ui/styles.css"`.
  copy: [{ from: "src/theme/styles.css", to: "dist" }],
  // Peers and dependencies stay imports so apps dedupe them with their own copies.
  deps: {
    neverBundle: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^zod($|\/)/, /^qrcode\.react$/],
  },
});
