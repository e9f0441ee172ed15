/**
 * npm run bench:render [-- --loads N] [-- --json FILE] [-- --no-build]
 *
 * Loads the bare React form, our <SignIn> and Amplify's <Authenticator> cold in headless Chromium (a new
 * browser context each time, cache disabled), interleaved so that noise on the machine falls on all
 * three alike, at normal speed and with 4× CPU throttling. Per load it reads:
 *   first frame: time from navigation to the first frame that shows the username field;
 *   script: the page's script execution time until then (DevTools' ScriptDuration);
 *   heap: JS heap in use once the field is shown, after a garbage collection;
 *   keystroke: per key typed in the authenticator-code field (reached by signing in against the fake
 *     Cognito), the time from keydown until the page has handled it: handlers, render, style, layout.
 * Medians over the loads, printed as ratios to the bare form measured in the same run: absolute times
 * depend on the machine, ratios less so. Nothing here is a test; no figure fails anything.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "../scripts/staticServer.mjs";
import { bundleApp, startBenchmark } from "./bundle.mjs";
import { BENCH_USER, serveBench } from "./server.mjs";

const options = startBenchmark({ loads: { type: "string", default: "9" } });
const loads = Number(options.loads);
const jsonFile = options.json;
if (!Number.isInteger(loads) || loads < 1) throw new Error("--loads takes a positive whole number");

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

    // Five digits: a sixth would complete the code, and <SignIn> would send it.
    await signInToCodeField(page);
    for (const digit of "12345") await page.keyboard.press(digit);
    await page.waitForFunction(() => window.__bench.keystrokes.length >= 5, null, { timeout: 30_000 });
    const keystrokes = await page.evaluate(() => window.__bench.keystrokes);
    const typed = await page.locator(CODE_FIELD).first().inputValue();
    if (typed !== "12345")
      throw new Error(`${app.id}: the code field holds "${typed}", not the digits typed`);
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

const pages = {};
for (const app of APPS) pages[app.id] = await bundleApp(app.id);
const server = await serveBench(pages);
const browser = await chromium.launch(chromiumLaunchOptions());
const results = {};
try {
  for (const speed of SPEEDS) {
    const samples = Object.fromEntries(APPS.map((app) => [app.id, []]));
    // A warm-up load per app, not counted: the first launch of each page pays for the browser's start.
    for (const app of APPS) await measureLoad(browser, server.base, app, speed.rate);
    for (let load = 0; load < loads; load++) {
      for (const app of APPS) samples[app.id].push(await measureLoad(browser, server.base, app, speed.rate));
    }
    results[speed.rate] = Object.fromEntries(
      APPS.map((app) => {
        const of = (key) => median(samples[app.id].map((sample) => sample[key]));
        return [
          app.id,
          {
            firstFrame: of("firstFrame"),
            script: of("script"),
            heap: of("heap"),
            keystroke: of("keystroke"),
          },
        ];
      }),
    );
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
const out = [`## Render cost (${version}; median of ${loads} cold loads each; ratios to the bare form)`, ""];
for (const speed of SPEEDS) {
  const base = results[speed.rate]["bare-form"];
  out.push(
    `### ${speed.label}`,
    "",
    "| App | First frame with the username field | Script until then | JS heap | Per keystroke in the code field |",
    "|---|--:|--:|--:|--:|",
  );
  for (const app of APPS) {
    const r = results[speed.rate][app.id];
    const ratio = (key) => `${(r[key] / base[key]).toFixed(2)}×`;
    const heap = `${ratio("heap")} (${(r.heap / 1e6).toFixed(1)} MB)`;
    out.push(
      `| ${app.label} | ${ratio("firstFrame")} | ${ratio("script")} | ${heap} | ${ratio("keystroke")} |`,
    );
  }
  out.push("");
}
process.stdout.write(`${out.join("\n")}\n`);
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ chromium: version, loads, results }, null, 2)}\n`);
