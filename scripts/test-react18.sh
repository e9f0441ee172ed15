#!/usr/bin/env bash
# The unit tests again on React 18.3: a copy of the project (tracked and new files, with node_modules
# copied rather than reinstalled), react and react-dom 18.3.1 swapped in, and the same unit project run.
# React's types stay those of 19, so type checking is the same as in the main run.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work"
cp -a node_modules "$work/"
cd "$work"
npm install --no-save --no-audit --no-fund --ignore-scripts react@18.3.1 react-dom@18.3.1 >/dev/null 2>&1
node -e 'const v = require("react/package.json").version; if (!v.startsWith("18.")) { console.error("react is " + v); process.exit(1); } console.log("React " + v)'
npx vitest run --project unit --typecheck.enabled=false --reporter=dot
