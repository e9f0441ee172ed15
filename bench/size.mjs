/**
 * npm run bench:size [-- --check] [-- --modules] [-- --json FILE] [-- --no-build]
 *
 * Builds the library (dist/), bundles each benchmark app twice with esbuild (everything bundled: what a
 * browser downloads; and with the peers left out: what the app adds to an app that has them), and
 * prints min, gzip and brotli sizes. With --check, exits 1 when a budget's ceiling is exceeded. With
 * --modules, also lists the modules that fill the initial chunk of <SignIn> and of the hooks.
 */
import { writeFileSync } from "node:fs";
import { budgets } from "./budgets.mjs";
import { apps, bundleApp, startBenchmark } from "./bundle.mjs";

const {
  check,
  modules: listModules,
  json: jsonFile,
} = startBenchmark({ check: { type: "boolean" }, modules: { type: "boolean" } });

function total(files, pick, key) {
  return files.filter(pick).reduce((sum, file) => sum + file[key], 0);
}

/** Minified bytes per module over the initial JS files, largest first, with `dist/` left off the path. */
function initialModules(files) {
  const bytes = new Map();
  for (const file of files.filter((f) => f.kind === "js" && f.initial)) {
    for (const [module, size] of Object.entries(file.modules)) {
      const name = module.replace(/^dist\//, "");
      bytes.set(name, (bytes.get(name) ?? 0) + size);
    }
  }
  return [...bytes].sort((a, b) => b[1] - a[1]);
}

/** Minified bytes per module over every JS file, with `dist/` left off the path. */
function allModules(files) {
  const bytes = {};
  for (const file of files.filter((f) => f.kind === "js")) {
    for (const [module, size] of Object.entries(file.modules)) {
      const name = module.replace(/^dist\//, "");
      bytes[name] = (bytes[name] ?? 0) + size;
    }
  }
  return bytes;
}

/**
 * The journeys besides sign-in, by the modules only they use. An app that renders `<SignIn>` alone
 * must bundle none of them, not even in a lazy chunk; each new journey adds its line here.
 */
const otherJourneys = [
  {
    label: "Authenticator set-up on an account page (`<TotpSetup>`, `useTotpSetup`)",
    modules: [
      /^components\/TotpSetup\//,
      /^hooks\/useTotpSetup/,
      /^core\/totp\/(enrollment|createTotpEnrollment|lazy|turnOn)/,
    ],
  },
  {
    label: "The session after sign-in (refresh, sign-out, the user)",
    modules: [
      /^core\/session\//,
      /^core\/client\/operations\/tokens/,
      /^core\/commands\/(getTokensFromRefreshToken|revokeToken|globalSignOut|getUser)/,
    ],
  },
  {
    label: "Sign-up (`<SignUp>`, `useSignUp`, the phone field and its metadata)",
    modules: [
      /^components\/(SignUp|PhoneField)\//,
      /^hooks\/useSignUp/,
      /^core\/signUp\//,
      /^core\/commands\/signUp/,
      /^core\/client\/operations\/signUp/,
      /libphonenumber-js/,
    ],
  },
  {
    label:
      "Passkeys (`/passkeys`: `<Passkeys>`, the offer after sign-in, the enrolment and the list, their commands and English)",
    modules: [
      /^components\/(Passkeys|PasskeyOffer)\//,
      /^i18n\/en\/(passkeys|passkeyOffer|passkeyErrors)/,
      /^core\/passkeys\//,
      /^hooks\/usePasskey(Enrolment|List)/,
      /^core\/commands\/(startWebAuthnRegistration|completeWebAuthnRegistration|listWebAuthnCredentials|deleteWebAuthnCredential|getUserAuthFactors)/,
      /^core\/client\/(operations\/passkeys|passkeyExceptions)/,
      /^core\/webauthn\/creation/,
    ],
  },
  {
    label: "Account settings (`/settings`: its sections, their journeys and hooks, the operations)",
    modules: [
      /^components\/(ChangePassword|DevicesAndSessions|DeleteAccount|ContactDetails|TwoFactor|FreshSignIn|Profile|AccountSettings|AttributeField)\//,
      /^core\/settings\//,
      /^hooks\/(usePasswordChange|useDevicesAndSessions|useAccountDeletion|useContactDetails|useTwoFactor|useProfile)/,
      /^i18n\/en\/(changePassword|devices|deleteAccount|contacts|twoFactor|freshSignIn|profile|accountSettings)/,
      /^core\/commands\/(changePassword|updateUserAttributes|getUserAttributeVerificationCode|verifyUserAttribute|setUserMfaPreference|listDevices|forgetDevice|listUserSessions|revokeUserSession|deleteUser)/,
      /^core\/client\/(operations\/settings|settingsExceptions)/,
    ],
  },
  {
    label: "The fake Cognito and its outbox (`/testing`), for demos and tests",
    modules: [/^testing[./]/, /^components\/FakeCognitoOutbox\//],
  },
];

function summarize(files) {
  const js = (file) => file.kind === "js";
  return {
    modules: allModules(files),
    initialModules: initialModules(files),
    initialGzip: total(files, (f) => js(f) && f.initial, "gzip"),
    jsGzip: total(files, js, "gzip"),
    jsBrotli: total(files, js, "brotli"),
    jsMin: total(files, js, "min"),
    cssGzip: total(files, (f) => f.kind === "css", "gzip"),
    cssBrotli: total(files, (f) => f.kind === "css", "brotli"),
    lazy: files
      .filter((f) => js(f) && !f.initial)
      .map((f) => ({ label: f.label, gzip: f.gzip, brotli: f.brotli, min: f.min }))
      .sort((a, b) => b.gzip - a.gzip),
  };
}

const sizes = {};
for (const app of apps) {
  const [whole, overPeers] = await Promise.all([
    bundleApp(app.id),
    bundleApp(app.id, { external: app.peers }),
  ]);
  sizes[app.id] = { label: app.label, whole: summarize(whole), overPeers: summarize(overPeers) };
}

const kb = (bytes) => (bytes / 1000).toFixed(1);
const amplify = sizes.amplify.overPeers;
const amplifyBytes = amplify.jsGzip + amplify.cssGzip;

const out = [];
out.push("## Bytes (KB = 1,000 bytes; gzip -9 and brotli -11 of esbuild's minified output)", "");
out.push(
  "| App | Whole page JS gzip | JS brotli | Over the peers: initial JS gzip | lazy JS gzip | CSS gzip | total gzip | vs Amplify |",
  "|---|--:|--:|--:|--:|--:|--:|--:|",
);
for (const app of apps) {
  const { whole, overPeers } = sizes[app.id];
  const own = overPeers.jsGzip + overPeers.cssGzip;
  const lazy = overPeers.lazy.map((chunk) => `${kb(chunk.gzip)} ${chunk.label}`).join(" + ") || "–";
  const ratio = app.id === "peers" ? "–" : `${((own / amplifyBytes) * 100).toFixed(1)} %`;
  out.push(
    `| ${app.label} | ${kb(whole.jsGzip)} | ${kb(whole.jsBrotli)} | ${kb(overPeers.initialGzip)} | ${lazy} | ${kb(overPeers.cssGzip)} | ${kb(own)} | ${ratio} |`,
  );
}
out.push(
  "",
  "Whole page: everything bundled, React included. Over the peers: built with the peers left out",
  "(react, react-dom, @tanstack/react-query, zod for ours; react, react-dom for Amplify and the bare form),",
  "which is what each adds to an app that already has them. vs Amplify: total over the peers, JS and CSS.",
  "",
  "## Budgets (min+gzip over the peers)",
  "",
  "| Budget | Now | Target | CI ceiling | |",
  "|---|--:|--:|--:|---|",
);
let failed = false;
for (const budget of budgets) {
  const now = budget.measure(sizes);
  const status =
    now > budget.ceiling
      ? "OVER CEILING (fails CI)"
      : budget.target === undefined
        ? "within ceiling (no target)"
        : now > budget.target
          ? `within ceiling, ${kb(now - budget.target)} KB over target`
          : "meets target";
  if (now > budget.ceiling) failed = true;
  const target = budget.target === undefined ? "–" : kb(budget.target);
  out.push(`| ${budget.label} | ${kb(now)} | ${target} | ${kb(budget.ceiling)} | ${status} |`);
}
const signin = sizes.signin.overPeers;
out.push(
  "",
  "## What `<SignIn>` loads, and when (over the peers)",
  "",
  "| Part | Loads | gzip | brotli |",
  "|---|---|--:|--:|",
  `| First screen (the username step): initial JS + CSS | with the page | ${kb(signin.initialGzip + signin.cssGzip)} | – |`,
);
for (const chunk of signin.lazy) {
  out.push(`| ${chunk.label} | on first use | ${kb(chunk.gzip)} | ${kb(chunk.brotli)} |`);
}
out.push(
  "",
  "## Journeys an app that renders only `<SignIn>` pays for",
  "",
  "| Journey | Minified bytes in `<SignIn>`'s bundle, any chunk |",
  "|---|--:|",
);
const journeyLeaks = [];
for (const journey of otherJourneys) {
  const leaked = Object.entries(signin.modules).filter(([name]) => journey.modules.some((m) => m.test(name)));
  const bytes = leaked.reduce((sum, [, size]) => sum + size, 0);
  if (bytes > 0) journeyLeaks.push(`${journey.label}: ${leaked.map(([name]) => name).join(", ")}`);
  out.push(`| ${journey.label} | ${bytes} |`);
}
if (listModules) {
  for (const id of ["signin", "hooks", "session"]) {
    const modules = sizes[id].overPeers.initialModules;
    const all = modules.reduce((sum, [, size]) => sum + size, 0);
    out.push("", `## Initial chunk of ${sizes[id].label}, by module (minified bytes, before gzip)`, "");
    out.push("| Module | Bytes | Share |", "|---|--:|--:|");
    for (const [name, size] of modules.slice(0, 20)) {
      out.push(`| ${name} | ${size} | ${((size / all) * 100).toFixed(1)} % |`);
    }
    const rest = modules.slice(20);
    if (rest.length) {
      const size = rest.reduce((sum, [, bytes]) => sum + bytes, 0);
      out.push(`| ${rest.length} more | ${size} | ${((size / all) * 100).toFixed(1)} % |`);
    }
    out.push(`| all | ${all} | 100 % |`);
  }
}
process.stdout.write(`${out.join("\n")}\n`);

if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(sizes, null, 2)}\n`);
if (check && journeyLeaks.length > 0) {
  for (const leak of journeyLeaks) process.stderr.write(`<SignIn> alone bundles another journey: ${leak}\n`);
  failed = true;
}
if (check && failed) {
  for (const budget of budgets) {
    const now = budget.measure(sizes);
    if (now > budget.ceiling) {
      process.stderr.write(`budget exceeded: ${budget.label} is ${now} bytes, ceiling ${budget.ceiling}\n`);
    }
  }
  process.exit(1);
}
