#!/usr/bin/env bash
# Every test of the project, in one command (`npm test`):
#   lint, typecheck, no import circle in src/, and no lazy module that reaches the first load's runtime;
#   vitest: unit and type tests (jsdom and node), contract tests against a real cognito-local process and
#     the fake, real-browser tests (a passkey through Chromium's virtual authenticator), and every story
#     as a test in Chromium with axe violations as errors;
#   the library build, every TypeScript block of the README compiled against it, its byte budgets, one run
#   of the render benchmark,
#   the step forms server-rendered and tried in Chromium with JavaScript off (nothing submits),
#   the static Storybook built and checked from a plain file server, the Vite and Next.js example apps
#     (packed package) signing in against cognito-local, the session across two tabs in Chromium, the
#     unit tests again on React 18, publint, attw.
# Every step runs even when an earlier one fails, so one run shows everything that is wrong. The last line
# is `N passed, N failed`: vitest's tests from its JSON report, plus one check per non-vitest step.
set -uo pipefail
cd "$(dirname "$0")/.."
export STORYBOOK_DISABLE_TELEMETRY=1

report=.vitest-reports/results.json
rm -f "$report"
mkdir -p .vitest-reports
steps_passed=0
steps_failed=0
failed_names=()

# Runs a command and shows its output only when it fails, for tools whose success report is long.
quietly() {
  local out
  if out=$("$@" 2>&1); then return 0; fi
  echo "$out"
  return 1
}

step() {
  local name=$1
  shift
  echo "::: $name"
  if "$@"; then
    steps_passed=$((steps_passed + 1))
    echo "::: $name: passed"
  else
    steps_failed=$((steps_failed + 1))
    failed_names+=("$name")
    echo "::: $name: FAILED"
  fi
}

step lint npx biome check .
step typecheck npx tsc -p tsconfig.json --noEmit
step circles node scripts/check-circles.mjs
step lazy-modules node scripts/check-lazy.mjs
echo "::: vitest (unit and type tests, contract tests against cognito-local, story tests)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
vitest_status=$?
if [ "$vitest_status" -eq 0 ]; then echo "::: vitest: passed"; else echo "::: vitest: FAILED"; fi
step build npx tsdown --log-level warn
# Byte budgets are deterministic, so CI enforces them; render times are never asserted, but the render
# benchmark runs once per app here so that `npm run bench:render` is known to work on a fresh machine.
step readme-snippets node scripts/check-readme.mjs
step bench-size-budgets node bench/size.mjs --no-build --check
step bench-render-runs node bench/render.mjs --no-build --loads 1
step storybook-build npx storybook build -o storybook-static --quiet
step storybook-static node scripts/check-storybook-static.mjs
step no-js node scripts/no-js-e2e.mjs
step example-e2e node scripts/example-e2e.mjs
step session-tabs node scripts/session-tabs-e2e.mjs
step react18 bash scripts/test-react18.sh
step publint npx publint --strict
attw() {
  quietly npx attw --pack . --profile esm-only --exclude-entrypoints styles.css styles.layer.css &&
    echo "attw: every entry's types resolve under node16 (ESM) and bundler resolution; CommonJS is not offered"
}
step attw attw

read -r tests_passed tests_failed < <(node -e '
  const fs = require("node:fs");
  const file = process.argv[1];
  if (!fs.existsSync(file)) { console.log("0 1"); process.exit(0); }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  // A run that crashed outside the tests (a config or source error) still counts as a failure.
  const extra = r.success === false && r.numFailedTests === 0 ? 1 : 0;
  // The failed tests by name, to stderr: CI shows only the end of its output, so they come last.
  for (const file of r.testResults) {
    if (file.status === "failed" && file.assertionResults.every((test) => test.status !== "failed"))
      console.error(`failed file: ${file.name}: ${String(file.message).split("\n")[0]}`);
    for (const test of file.assertionResults)
      if (test.status === "failed")
        console.error(`failed test: ${file.name.replace(process.cwd() + "/", "")} > ${test.fullName}: ${String(test.failureMessages[0] ?? "").split("\n")[0].slice(0, 300)}`);
  }
  console.log(`${r.numPassedTests} ${r.numFailedTests + extra}`);
' "$report")
if [ "$vitest_status" -ne 0 ] && [ "$tests_failed" -eq 0 ]; then tests_failed=1; fi
if [ "$tests_passed" -eq 0 ] && [ "$tests_failed" -eq 0 ]; then tests_failed=1; echo "vitest ran no test"; fi

if [ "${#failed_names[@]}" -gt 0 ]; then echo "failed steps: ${failed_names[*]}"; fi
passed=$((tests_passed + steps_passed))
failed=$((tests_failed + steps_failed))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
