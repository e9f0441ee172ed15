#!/usr/bin/env node
/**
 * Every TypeScript block in README.md compiles, as an app would compile it: each block is a module of
 * its own, checked by tsc under the strict settings of Vite's React TypeScript template, against the
 * built package (dist/, resolved through package.json's exports as an install would) rather than src/.
 * Blocks that are files of examples/next-app (their first line names the file) must equal those files,
 * which `next build` type-checks in `npm run test:example`; they are not compiled again here.
 *
 * A block may call the app's own functions (`save`, `render`…): those are declared in the prelude below,
 * so that a snippet can stay short; anything else it uses it must import. Run after `npx tsdown`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const work = path.join(root, ".cache", "readme-check");
const readme = readFileSync(path.join(root, "README.md"), "utf8").split("\n");

if (!existsSync(path.join(root, "dist/index.d.ts"))) {
  console.error("check-readme: build the package first (npx tsdown).");
  process.exit(1);
}

/** The fenced ts/tsx blocks, with the README line each starts on. */
const blocks = [];
for (let line = 0; line < readme.length; line++) {
  const fence = /^```(ts|tsx)\s*$/.exec(readme[line] ?? "");
  if (!fence) continue;
  const start = line + 1;
  while (line + 1 < readme.length && readme[line + 1] !== "```") line++;
  blocks.push({ start: start + 1, language: fence[1], code: readme.slice(start, line + 1).join("\n") });
  line++;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(work, "node_modules"), { recursive: true });
// The package as an app resolves it: by name, through its exports, to dist/.
symlinkSync(root, path.join(work, "node_modules", "cognito-challenge-ui"), "dir");

// The app's own functions that snippets call; everything from the library must be imported.
writeFileSync(
  path.join(work, "prelude.d.ts"),
  `import type { AuthenticationResult } from "cognito-challenge-ui";
declare global {
  /** The app keeps the tokens wherever it decided. */
  function save(tokens: AuthenticationResult): void;
  /** The app draws a state with its own markup. */
  function render(state: unknown): void;
  /** The app signs in with a username and password it was handed (after a reset). */
  function signInWith(username: string, password: string): void;
  /** The app's router. */
  function goTo(path: string): void;
}
`,
);

const files = [];
let exampleFiles = 0;
for (const [index, block] of blocks.entries()) {
  const named = /^\/\/ (app\/[\w/]+\.tsx)/.exec(block.code);
  if (named) {
    const file = path.join(root, "examples/next-app", named[1]);
    const actual = existsSync(file) ? readFileSync(file, "utf8").trimEnd() : undefined;
    if (actual !== block.code.trimEnd()) {
      console.error(`README.md:${block.start}: the block is not examples/next-app/${named[1]} as it stands.`);
      process.exit(1);
    }
    exampleFiles++;
    continue;
  }
  const name = `block-${String(index + 1).padStart(2, "0")}-line-${block.start}.${block.language}`;
  writeFileSync(path.join(work, name), `${block.code}\nexport {};\n`);
  files.push(name);
}

// Vite's React TypeScript template (tsconfig.app.json), with the DOM and Vite's client types.
writeFileSync(
  path.join(work, "tsconfig.json"),
  JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        useDefineForClassFields: true,
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        module: "ESNext",
        types: ["vite/client", "node"],
        typeRoots: [path.join(root, "node_modules/@types"), path.join(root, "node_modules")],
        skipLibCheck: true,
        moduleResolution: "bundler",
        allowImportingTsExtensions: true,
        verbatimModuleSyntax: true,
        moduleDetection: "force",
        noEmit: true,
        jsx: "react-jsx",
        strict: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        erasableSyntaxOnly: true,
        noFallthroughCasesInSwitch: true,
        noUncheckedSideEffectImports: true,
      },
      files: ["prelude.d.ts", ...files],
    },
    null,
    2,
  ),
);

try {
  execFileSync(path.join(root, "node_modules/.bin/tsc"), ["-p", path.join(work, "tsconfig.json")], {
    cwd: work,
    encoding: "utf8",
    stdio: "pipe",
  });
} catch (error) {
  // Point each message at the README line it comes from.
  const output = String(error.stdout ?? "") + String(error.stderr ?? "");
  const pointed = output.replace(
    /block-\d+-line-(\d+)\.tsx?\((\d+),(\d+)\)/g,
    (_, start, line, column) => `README.md:${Number(start) + Number(line) - 1}:${column}`,
  );
  console.error(pointed.trim());
  process.exit(1);
}
console.log(
  `README.md: ${files.length} TypeScript blocks compile against the built package under Vite's strict ` +
    `settings; ${exampleFiles} are examples/next-app's files as they stand (next build checks those)`,
);
