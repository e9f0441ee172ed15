/**
 * Bundles the benchmark apps the way an app's production build would (esbuild: minified, tree-shaken,
 * production React, code splitting) and measures what a browser downloads. Shared by both benchmarks:
 * bench:size reads the bytes, bench:render serves the same files.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { brotliCompressSync, gzipSync, constants as zlib } from "node:zlib";
import { build } from "esbuild";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Reads a benchmark's command line (`--json FILE`, `--no-build`, and the benchmark's own `options`),
 * refusing unknown or malformed ones, and builds dist/ first unless told not to.
 */
export function startBenchmark(options = {}) {
  const { values } = parseArgs({
    options: { json: { type: "string" }, "no-build": { type: "boolean" }, ...options },
  });
  if (!values["no-build"]) {
    execFileSync("npx", ["tsdown", "--log-level", "warn"], { cwd: root, stdio: "inherit" });
  }
  return values;
}

/** What every app that uses the library already ships; "over the peers" leaves these out. */
export const PEERS = ["react", "react-dom", "@tanstack/react-query", "zod"];

/**
 * The apps. `peers` names what their "over the peers" build leaves out: ours leave out all four,
 * Amplify and the bare form leave out React (they use neither React Query nor zod).
 */
export const apps = [
  { id: "bare-form", label: "Bare React form (baseline)", peers: ["react", "react-dom"] },
  { id: "peers", label: "Peers alone (react, react-dom, react-query, zod/mini)", peers: PEERS },
  { id: "signin", label: "`<SignIn>`, every challenge", peers: PEERS },
  { id: "signup", label: "`<SignUp>`, with a phone field, then every challenge", peers: PEERS },
  { id: "hooks", label: "Hooks alone (all nine, from `/hooks`)", peers: PEERS },
  { id: "operation-hooks", label: "Operation hooks + provider", peers: PEERS },
  { id: "password-challenge", label: "PasswordChallenge alone", peers: PEERS },
  { id: "provider", label: "Provider and client alone", peers: PEERS },
  {
    id: "session",
    label: "Session: `createSession`, `useSession`, `<SignOutButton>` (tabs, localStorage)",
    peers: PEERS,
  },
  { id: "amplify", label: "Amplify UI `<Authenticator>` + aws-amplify", peers: ["react", "react-dom"] },
];

/** The package as an app installs it: the built `dist/`, not the sources. */
const ourPackage = {
  name: "cognito-challenge-ui from dist",
  setup(context) {
    const files = {
      "": "index.js",
      "/hooks": "hooks.js",
      "/screens": "screens.js",
      "/i18n": "i18n.js",
      "/testing": "testing.js",
      "/sign-up": "sign-up.js",
      "/styles.css": "styles.css",
    };
    context.onResolve({ filter: /^cognito-challenge-ui(\/.*)?$/ }, (args) => {
      const file = files[args.path.slice("cognito-challenge-ui".length)];
      if (!file) return { errors: [{ text: `no such entry: ${args.path}` }] };
      return { path: path.join(root, "dist", file) };
    });
  },
};

function externalsFor(packages) {
  return packages.flatMap((name) => [name, `${name}/*`]);
}

/**
 * Builds one app. With `external`, those packages stay imports (not counted); without, everything is
 * bundled. Returns the emitted files in memory, each marked initial (loaded with the page) or lazy.
 */
export async function bundleApp(id, { external = [] } = {}) {
  const result = await build({
    entryPoints: { [id]: path.join(root, "bench", "apps", `${id}.tsx`) },
    bundle: true,
    minify: true,
    treeShaking: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    loader: { ".css": "css" },
    external: externalsFor(external),
    plugins: [ourPackage],
    outdir: path.join(root, "bench", ".out", id),
    entryNames: "[name]",
    chunkNames: "chunk-[hash]",
    assetNames: "asset-[hash]",
    metafile: true,
    write: false,
    logLevel: "error",
    absWorkingDir: root,
  });
  return describeOutputs(result, id);
}

function describeOutputs(result, id) {
  const outputs = result.metafile.outputs;
  const byPath = new Map(result.outputFiles.map((file) => [path.relative(root, file.path), file]));
  const entry = Object.keys(outputs).find((key) => outputs[key].entryPoint && key.endsWith(`${id}.js`));
  // Initial: the entry and what it imports statically, transitively. Lazy: what surviving code can
  // import() from there. esbuild also emits chunks for import() calls in code it then shook away; no
  // page ever loads those, so they are not counted.
  const initial = new Set();
  const reachable = new Set();
  const visit = (key, set, kinds) => {
    if (set.has(key)) return;
    set.add(key);
    for (const item of outputs[key].imports) {
      if (kinds.includes(item.kind) && !item.external) visit(item.path, set, kinds);
    }
  };
  visit(entry, initial, ["import-statement"]);
  visit(entry, reachable, ["import-statement", "dynamic-import"]);
  const emitted = Object.entries(outputs).filter(([key]) => !key.endsWith(".js") || reachable.has(key));
  return emitted.map(([key, meta]) => {
    const file = byPath.get(key);
    const kind = key.endsWith(".css") ? "css" : key.endsWith(".js") ? "js" : "asset";
    return {
      path: key,
      kind,
      initial: kind !== "js" || initial.has(key),
      label: labelOf(meta),
      // Minified bytes each source module puts in this file, by path relative to the project.
      modules: Object.fromEntries(
        Object.entries(meta.inputs)
          .filter(([, input]) => input.bytesInOutput > 0)
          .map(([input, { bytesInOutput }]) => [input, bytesInOutput]),
      ),
      contents: file.contents,
      ...sizesOf(file.contents),
    };
  });
}

/** Names a lazy chunk by the module that dominates it, so the table can say "QR code" or "SRP". */
function labelOf(meta) {
  const inputs = Object.keys(meta.inputs);
  if (inputs.some((input) => input.includes("node_modules/qrcode.react"))) return "QR code";
  if (inputs.some((input) => input.endsWith("core/protocol.lazy.js"))) return "answer readers (protocol)";
  if (inputs.some((input) => input.endsWith("core/signIn/steps.lazy.js"))) return "the sign-in's later steps";
  if (inputs.some((input) => input.endsWith("i18n/en/exceptions.lazy.js")))
    return "exception messages (English)";
  const biggest = Object.entries(meta.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)[0];
  const name = (file) => path.basename(file).replace(/(\.lazy)?\.(m?js|tsx?)$/, "");
  if (biggest) return name(biggest[0]);
  // A dynamic import of a module that other chunks share: esbuild emits a stub that re-exports it.
  return meta.entryPoint ? `${name(meta.entryPoint)} (import stub)` : "";
}

export function sizesOf(contents) {
  return {
    min: contents.byteLength,
    gzip: gzipSync(contents, { level: 9 }).byteLength,
    brotli: brotliCompressSync(contents, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: contents.byteLength },
    }).byteLength,
  };
}
