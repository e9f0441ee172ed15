/**
 * Fails on any import circle in src/ (`npm test`). Every import counts: static and dynamic, values and
 * types. A circle is a knot no layer can be read without: the files in it can only be understood, moved
 * or split together, and bundlers must guess which runs first. Each circle is printed with the imports
 * that close it; move the shared name to a module of its own (as core/client/operationNames.ts holds the
 * operations' names) rather than import back.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { resolve, sourceFiles, withoutComments } from "./sources.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "src");

// `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`: comments are stripped first, so
// an example in a comment draws no arrow.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
const graph = new Map();
for (const file of sourceFiles(root)) {
  const text = withoutComments(readFileSync(file, "utf8"));
  const targets = new Set();
  for (const match of text.matchAll(IMPORT)) {
    const target = resolve(file, match[1]);
    if (target) targets.add(target);
  }
  graph.set(file, targets);
}

// Tarjan's strongly connected components: each component of more than one file (or a file importing
// itself) is a circle.
let index = 0;
const indices = new Map();
const lowlinks = new Map();
const stack = [];
const onStack = new Set();
const circles = [];
function connect(file) {
  indices.set(file, index);
  lowlinks.set(file, index);
  index += 1;
  stack.push(file);
  onStack.add(file);
  for (const next of graph.get(file) ?? []) {
    if (!indices.has(next)) {
      connect(next);
      lowlinks.set(file, Math.min(lowlinks.get(file), lowlinks.get(next)));
    } else if (onStack.has(next)) {
      lowlinks.set(file, Math.min(lowlinks.get(file), indices.get(next)));
    }
  }
  if (lowlinks.get(file) !== indices.get(file)) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    onStack.delete(member);
    component.push(member);
  } while (member !== file);
  if (component.length > 1 || graph.get(file)?.has(file)) circles.push(component);
}
for (const file of graph.keys()) if (!indices.has(file)) connect(file);

const shown = (file) => path.relative(path.dirname(root), file);
if (circles.length > 0) {
  console.error(`check-circles: ${circles.length} import circle(s) in src/; each must be undone:`);
  for (const circle of circles) {
    const members = new Set(circle);
    console.error(`- ${circle.length} files:`);
    for (const file of circle.sort()) {
      const back = [...(graph.get(file) ?? [])].filter((target) => members.has(target));
      console.error(`    ${shown(file)} imports ${back.map(shown).join(", ")}`);
    }
  }
  process.exit(1);
}
console.log(`check-circles: ${graph.size} files in src/, no import circle`);
