/**
 * npm run bench:render [-- --loads N] [-- --max-loads N] [-- --json FILE] [-- --no-build]
 *
 * Loads the bare React form, our <SignIn> and Amplify's <Authenticator> cold in headless Chromium (a new
 * browser context each time, cache disabled), interleaved so that noise on the machine falls on all
 * three alike, at normal speed and with 4× CPU throttling. Per load it reads:
 *   first frame: time from navigation to the first frame that shows the username field;
 *   script: the page's script execution time until then (DevTools' ScriptDuration);
 *   heap: JS heap in use once the field is shown, after a garbage collection;
 *   keystroke: per key typed in the authenticator-code field (reached by signing in against the fake
 *     Cognito), the time from keydown until the page has handled it: handlers, render, style, layout.
 * Medians over the loads, printed as ratios to the bare form measured in the same run (absolute times
 * depend on the machine, ratios less so), each with its spread: the loads' min, median and max, and how
 * far the ratio could move in another run (a 95 % bootstrap interval over the rounds of loads).
 *
 * How many loads: with --loads N, exactly N per app (CI runs one, to know the benchmark works). Without
 * it, at least 9, then three more rounds at a time until every ratio of <SignIn>'s would hold within
 * ±0.05× between two runs (its interval ±0.035×, since two runs' difference spreads √2 times as
 * wide), or --max-loads (default 30) is reached; the tables say which. Nothing here is a test; no figure
 * fails anything.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../scripts/staticServer.mjs";
import { bundleApp, startBenchmark } from "./bundle.mjs";
import { BENCH_USER, serveBench } from "./server.mjs";

const options = startBenchmark({ loads: { type: "string" }, "max-loads": { type: "string", default: "30" } });
const fixedLoads = options.loads === undefined ? undefined : Number(options.loads);
const maxLoads = Number(options["max-loads"]);
const jsonFile = options.json;
for (const [flag, value] of [
  ["--loads", fixedLoads ?? 1],
  ["--max-loads", maxLoads],
]) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} takes a positive whole number`);
}
const MIN_LOADS = 9;
const STEP = 3;
// Half the width two runs may differ by, over √2: each run's own 95 % interval.
const HOLD = 0.05 / Math.SQRT2;

const APPS = [
  { id: "bare-form", label: "Bare React form (baseline)" },
  { id: "signin", label: "`<SignIn>`" },
  { id: "amplify", label: "Amplify `<Authenticator>`" },
];
const SPEEDS = [
  { rate: 1, label: "normal speed" },
  { rate: 4, label: "4× CPU throttling" },
];
const USERNAME_FIELD = 'input[autocomplete^="username"]';
const KEYS = 14;
const CODE_FIELD = 'input[autocomplete="one-time-code"], input[name="confirmation_code"]';

/**
 * Runs in the page before its own scripts. Marks the first frame with the username field, and times
 * each keystroke in the code field: from keydown (window, capture: before any handler of the page) until
 * the input event has been handled (window, bubble: after React's root listener and the synchronous
 * render it does for a controlled input), its microtasks run, and style and layout are brought up to date.
 * Frames are not waited for: vsync would add up to 16 ms of noise that no page controls.
 */
function probe({ usernameField, codeField }) {
  const marks = { keystrokes: [] };
  window.__bench = marks;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(usernameField)) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      marks.firstFrame = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
  let keydownAt;
  addEventListener(
    "keydown",
    (event) => {
      if (event.target instanceof Element && event.target.matches(codeField)) keydownAt = performance.now();
    },
    true,
  );
  addEventListener("input", (event) => {
    if (keydownAt === undefined || !(event.target instanceof Element) || !event.target.matches(codeField))
      return;
    const start = keydownAt;
    const field = event.target;
    keydownAt = undefined;
    // After the microtasks already queued (a render React scheduled), reading the field's box makes the
    // browser apply the new DOM's style and layout now, so that cost is counted too.
    queueMicrotask(() => {
      field.getBoundingClientRect();
      marks.keystrokes.push(performance.now() - start);
    });
  });
}

async function signInToCodeField(page) {
  await page.locator(USERNAME_FIELD).first().fill(BENCH_USER.username);
  await page.locator('input[type="password"]').first().fill(BENCH_USER.password);
  await page.locator('input[type="password"]').first().press("Enter");
  const code = page.locator(CODE_FIELD).first();
  await code.waitFor({ state: "visible", timeout: 30_000 });
  await code.click();
  return code;
}

async function measureLoad(browser, base, app, rate) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    if (rate > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.addInitScript(probe, { usernameField: USERNAME_FIELD, codeField: CODE_FIELD });
    await page.goto(`${base}/${app.id}/`, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__bench?.firstFrame !== undefined, null, { timeout: 60_000 });
    const metric = (metrics, name) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
    const atFirstFrame = (await cdp.send("Performance.getMetrics")).metrics;
    await cdp.send("HeapProfiler.collectGarbage");
    const afterGc = (await cdp.send("Performance.getMetrics")).metrics;
    const firstFrame = await page.evaluate(() => window.__bench.firstFrame);

    // Five digits, five backspaces, four digits: fourteen keys, none of them a sixth digit, which would
    // complete the code (and <SignIn> would send it). A key takes a few milliseconds, so one load's median
    // needs more than a handful.
    await signInToCodeField(page);
    for (const key of [..."12345", ...Array(5).fill("Backspace"), ..."1234"]) await page.keyboard.press(key);
    await page.waitForFunction((keys) => window.__bench.keystrokes.length >= keys, KEYS, { timeout: 30_000 });
    const keystrokes = await page.evaluate(() => window.__bench.keystrokes);
    const typed = await page.locator(CODE_FIELD).first().inputValue();
    if (typed !== "1234") throw new Error(`${app.id}: the code field holds "${typed}", not the digits typed`);
    return {
      firstFrame,
      script: metric(atFirstFrame, "ScriptDuration") * 1000,
      heap: metric(afterGc, "JSHeapUsedSize"),
      keystroke: median(keystrokes),
    };
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const METRICS = ["firstFrame", "script", "heap", "keystroke"];

/** A fixed seed: the same loads give the same interval, run after run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The ratio of medians (app over the bare form) and its 95 % interval, by resampling whole rounds: a
 * round's three loads ran back to back, so what slowed one slowed the others, and they stay together.
 */
function ratioOf(samples, appId, key) {
  const ratio = (rounds) =>
    median(rounds.map((round) => samples[appId][round][key])) /
    median(rounds.map((round) => samples["bare-form"][round][key]));
  const rounds = samples[appId].map((_, round) => round);
  const next = random(rounds.length * 7919 + key.length);
  const resampled = Array.from({ length: 1000 }, () =>
    ratio(rounds.map(() => rounds[Math.floor(next() * rounds.length)])),
  ).sort((a, b) => a - b);
  return { value: ratio(rounds), low: resampled[25], high: resampled[974] };
}

/** Whether another run would give <SignIn>'s ratios within ±0.05× of these. */
function holds(samples) {
  return ["firstFrame", "script", "keystroke"].every((key) => {
    const { value, low, high } = ratioOf(samples, "signin", key);
    return high - value <= HOLD && value - low <= HOLD;
  });
}

const pages = {};
for (const app of APPS) pages[app.id] = await bundleApp(app.id);
const server = await serveBench(pages);
const browser = await chromium.launch(chromiumLaunchOptions());
const runs = {};
try {
  for (const speed of SPEEDS) {
    const samples = Object.fromEntries(APPS.map((app) => [app.id, []]));
    const round = async () => {
      for (const app of APPS) samples[app.id].push(await measureLoad(browser, server.base, app, speed.rate));
    };
    // A warm-up load per app, not counted: the first launch of each page pays for the browser's start.
    for (const app of APPS) await measureLoad(browser, server.base, app, speed.rate);
    const first = fixedLoads ?? Math.min(MIN_LOADS, maxLoads);
    for (let load = 0; load < first; load++) await round();
    if (fixedLoads === undefined) {
      while (samples.signin.length < maxLoads && !holds(samples)) {
        for (let load = 0; load < STEP && samples.signin.length < maxLoads; load++) await round();
      }
    }
    runs[speed.rate] = { samples, held: fixedLoads === undefined ? holds(samples) : undefined };
  }
} finally {
  await browser.close();
  await server.close();
}

const version = execFileSync(chromiumLaunchOptions().executablePath, ["--version"], {
  stdio: ["ignore", "pipe", "ignore"],
})
  .toString()
  .trim();
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const out = [`## Render cost (${version}; ratios to the bare form in the same run)`, ""];
const results = {};
for (const speed of SPEEDS) {
  const { samples, held } = runs[speed.rate];
  const loads = samples.signin.length;
  const count = `${loads} cold load${loads === 1 ? "" : "s"} per app`;
  const how =
    held === undefined
      ? `${count}, as asked`
      : held
        ? `${count}, enough for \`<SignIn>\`'s ratios to hold within ±0.05× between runs`
        : `${count} (--max-loads): \`<SignIn>\`'s ratios may still move by more than ±0.05×`;
  out.push(
    `### ${speed.label}: ${how}`,
    "",
    "Ratios of the medians, with the range another run would likely give (95 %):",
    "",
    "| App | First frame with the username field | Script until then | JS heap | Per keystroke in the code field |",
    "|---|--:|--:|--:|--:|",
  );
  results[speed.rate] = { loads, held, apps: {} };
  for (const app of APPS) {
    const cells = {};
    const entry = { ratios: {}, spread: {} };
    for (const key of METRICS) {
      const values = samples[app.id].map((sample) => sample[key]);
      entry.spread[key] = { min: Math.min(...values), median: median(values), max: Math.max(...values) };
      if (app.id === "bare-form") {
        cells[key] = "1.00×";
        continue;
      }
      const ratio = ratioOf(samples, app.id, key);
      entry.ratios[key] = ratio;
      cells[key] = `${ratio.value.toFixed(2)}× (${ratio.low.toFixed(2)}–${ratio.high.toFixed(2)})`;
    }
    results[speed.rate].apps[app.id] = entry;
    const heap = `${cells.heap}, ${(entry.spread.heap.median / 1e6).toFixed(1)} MB`;
    out.push(`| ${app.label} | ${cells.firstFrame} | ${cells.script} | ${heap} | ${cells.keystroke} |`);
  }
  out.push(
    "",
    "The loads themselves, in ms: min / median / max (a load's keystroke is the median of its keys):",
    "",
    "| App | First frame | Script until then | Per keystroke |",
    "|---|--:|--:|--:|",
  );
  for (const app of APPS) {
    const { spread } = results[speed.rate].apps[app.id];
    const cell = (key) => `${ms(spread[key].min)} / ${ms(spread[key].median)} / ${ms(spread[key].max)}`;
    out.push(`| ${app.label} | ${cell("firstFrame")} | ${cell("script")} | ${cell("keystroke")} |`);
  }
  out.push("");
}
process.stdout.write(`${out.join("\n")}\n`);
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ chromium: version, results, runs }, null, 2)}\n`);
