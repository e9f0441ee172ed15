/** What the checks of src/ share (check-circles.mjs, check-lazy.mjs): its files, its imports' files. */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every TypeScript source below `dir`, declarations aside. */
export function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [file] : [];
  });
}

/** The file an import names, for relative imports (packages are outside the question). */
export function resolve(from, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ];
  const js = base.replace(/\.js$/, "");
  if (js !== base) candidates.push(`${js}.ts`, `${js}.tsx`);
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** The source without its comments, so that an example in a comment draws no arrow. */
export const withoutComments = (text) =>
  text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
