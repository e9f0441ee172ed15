/**
 * Holds the line between the first load and what loads on demand (`npm test`; ARCHITECTURE.md, "Rules
 * that keep it this way"):
 * - every `import()` in src/ is in a registry (a module named lazy.ts), and names a `*.lazy` module (or a
 *   package);
 * - no `*.lazy` module imports, itself or through the modules it imports, a module of the first load's
 *   runtime (what creates and runs journeys, sends calls, holds the client): bundlers split a module that
 *   the first load and a chunk loaded on demand both import into a chunk of its own, which every page
 *   then loads. A lazy module exports values; what it needs of the runtime it is handed.
 * Type imports are free: they leave no code.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { resolve, sourceFiles, withoutComments } from "./sources.mjs";

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(repo, "src");

/** The first load's runtime, which no lazy module may reach. */
const RUNTIME = [
  /^core\/journey\/createJourney\.ts$/,
  /^core\/store\/(singleFlight|state)\.ts$/,
  /^core\/client\/client\.ts$/,
  /^core\/lazy\.ts$/,
  /^core\/signIn\/(signIn|store)\.ts$/,
  /^core\/session\/(session|store)\.ts$/,
  /^core\/[^/]+\/create[A-Z]\w*\.ts$/,
  // Every hook, but the one the step layout uses to hold submits until hydration.
  /^hooks\/(?!useHydrated\.ts$)/,
  /^components\/lazy\.ts$/,
  /^components\/SignIn\/SignIn\.tsx$/,
];

const name = (file) => path.relative(src, file).split(path.sep).join("/");

// Static imports and re-exports that leave code: not `import type`/`export type`, and not a list of
// `type` names only.
const STATIC =
  /\b(import|export)\s+(type\s+)?([^"';]*?)\s*from\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g;
const DYNAMIC = /(?<!typeof\s)\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

function valueImports(file, text) {
  const targets = [];
  for (const match of text.matchAll(STATIC)) {
    const specifier = match[4] ?? match[5];
    if (match[2]) continue;
    const clause = match[3] ?? "";
    const braces = clause.match(/^\{([\s\S]*)\}$/);
    if (braces?.[1].split(",").every((part) => !part.trim() || /^type\s/.test(part.trim()))) continue;
    const target = resolve(file, specifier);
    if (target) targets.push(target);
  }
  return targets;
}

const texts = new Map(sourceFiles(src).map((file) => [file, withoutComments(readFileSync(file, "utf8"))]));
const problems = [];

for (const [file, text] of texts) {
  for (const match of text.matchAll(DYNAMIC)) {
    const specifier = match[1];
    if (path.basename(file) !== "lazy.ts")
      problems.push(
        `${name(file)}: import("${specifier}") outside a registry. Move it to the layer's lazy.ts.`,
      );
    else if (specifier.startsWith(".") && !/\.lazy$/.test(specifier))
      problems.push(
        `${name(file)}: import("${specifier}") names no *.lazy module. Name the module *.lazy.ts(x).`,
      );
  }
}

const isRuntime = (file) => RUNTIME.some((pattern) => pattern.test(name(file)));
for (const file of texts.keys()) {
  if (!/\.lazy\.tsx?$/.test(file)) continue;
  // Breadth first, so that the chain printed is a shortest one.
  const via = new Map([[file, undefined]]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current !== file && isRuntime(current)) {
      const chain = [];
      for (let step = current; step; step = via.get(step)) chain.unshift(name(step));
      problems.push(
        `${name(file)} reaches the first load's runtime: ${chain.join(" → ")}. A module that loads on demand and imports one the first load has is split by bundlers into a chunk every page loads; hand it in instead (as <SignIn> runs the account journeys with useJourney).`,
      );
      break;
    }
    for (const next of valueImports(current, texts.get(current) ?? "")) {
      if (!via.has(next)) {
        via.set(next, current);
        queue.push(next);
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`check-lazy: ${problems.length} problem(s)\n${problems.map((p) => `- ${p}`).join("\n")}`);
  process.exit(1);
}
const lazy = [...texts.keys()].filter((file) => /\.lazy\.tsx?$/.test(file)).length;
console.log(`check-lazy: ${lazy} lazy modules reach no runtime, every import() is in a registry`);
