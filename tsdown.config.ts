import { defineConfig } from "tsdown";

export default defineConfig({
  // The fake Cognito is its own entry so that apps never bundle it with the library; SRP is its own so
  // that bundlers keep it out of the page until a sign-in loads it; the screens are their own so that
  // <SignIn> can load each on demand, and the dictionaries for the same reason (src/components/index.ts).
  entry: {
    index: "src/index.ts",
    hooks: "src/hooks.ts",
    screens: "src/screens.ts",
    i18n: "src/i18n.ts",
    protocol: "src/protocol.ts",
    account: "src/account.ts",
    "sign-up": "src/signUp.ts",
    passkeys: "src/passkeys.ts",
    settings: "src/settings.ts",
    srp: "src/srp.ts",
    testing: "src/testing.ts",
  },
  format: ["esm"],
  // One file per source module: with `sideEffects` in package.json, an app's bundler then drops every
  // module it does not use (a whole challenge screen, the QR code), which it cannot do inside one file.
  unbundle: true,
  platform: "neutral",
  target: "es2022",
  dts: true,
  sourcemap: false,
  clean: true,
  // Quiet builds: `npm run bench:size` reports the sizes that matter (what an app's bundle gets), and
  // the declaration plugin's share of build time is no news.
  report: false,
  checks: { pluginTimings: false },
  // The main, hooks, screens, sign-up, passkeys and settings entries hold components or hooks: frameworks with server components (Next.js App Router)
  // must treat it as client code. Each component and hook module keeps its own "use client" from its
  // source. Core, SRP and the testing entry stay plain so servers can use them.
  outputOptions: {
    banner: (chunk) =>
      ["index.js", "hooks.js", "screens.js", "sign-up.js", "passkeys.js", "settings.js"].includes(
        chunk.fileName,
      )
        ? '"use client";'
        : "",
  },

  // Plain CSS, loaded by the app with `import "cognito-challenge-ui/styles.css"`.
  copy: [
    { from: "src/theme/styles.css", to: "dist" },
    { from: "src/theme/styles.layer.css", to: "dist" },
  ],
  // Peers and dependencies stay imports so apps dedupe them with their own copies.
  deps: {
    neverBundle: [
      /^react($|\/)/,
      /^react-dom($|\/)/,
      /^@tanstack\//,
      /^zod($|\/)/,
      /^qrcode\.react$/,
      /^libphonenumber-js($|\/)/,
    ],
  },
});
