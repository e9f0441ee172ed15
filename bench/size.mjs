/**
 * npm run bench:size [-- --check] [-- --json FILE] [-- --no-build]
 *
 * Builds the library (dist/), bundles each benchmark app twice with esbuild (everything bundled: what a
 * browser downloads; and with the peers left out: what the app adds to an app that has them), and
 * prints min, gzip and brotli sizes. With --check, exits 1 when a budget's ceiling is exceeded.
 */
import { writeFileSync } from "node:fs";
import { budgets } from "./budgets.mjs";
import { apps, bundleApp, startBenchmark } from "./bundle.mjs";

const { check, json: jsonFile } = startBenchmark({ check: { type: "boolean" } });

function total(files, pick, key) {
  return files.filter(pick).reduce((sum, file) => sum + file[key], 0);
}

function summarize(files) {
  const js = (file) => file.kind === "js";
  return {
    initialGzip: total(files, (f) => js(f) && f.initial, "gzip"),
    jsGzip: total(files, js, "gzip"),
    jsBrotli: total(files, js, "brotli"),
    jsMin: total(files, js, "min"),
    cssGzip: total(files, (f) => f.kind === "css", "gzip"),
    cssBrotli: total(files, (f) => f.kind === "css", "brotli"),
    lazy: files
      .filter((f) => js(f) && !f.initial)
      .map((f) => ({ label: f.label, gzip: f.gzip, brotli: f.brotli }))
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
      : now > budget.target
        ? `within ceiling, ${kb(now - budget.target)} KB over target`
        : "meets target";
  if (now > budget.ceiling) failed = true;
  out.push(`| ${budget.label} | ${kb(now)} | ${kb(budget.target)} | ${kb(budget.ceiling)} | ${status} |`);
}
process.stdout.write(`${out.join("\n")}\n`);

if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(sizes, null, 2)}\n`);
if (check && failed) {
  for (const budget of budgets) {
    const now = budget.measure(sizes);
    if (now > budget.ceiling) {
      process.stderr.write(`budget exceeded: ${budget.label} is ${now} bytes, ceiling ${budget.ceiling}\n`);
    }
  }
  process.exit(1);
}
