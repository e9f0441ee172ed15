#!/usr/bin/env node
/**
 * The session across tabs in real Chromium: two pages of one origin, each with its own session store,
 * sharing Web Locks and a BroadcastChannel, against the fake Cognito served over HTTP with refresh-token
 * rotation on and no grace period. It checks that a sign-in in one tab reaches the other, that two tabs
 * refreshing at the same moment make one GetTokensFromRefreshToken call and end with the same tokens,
 * and that signing out in one tab signs out the other. Needs dist/ (npm test builds it first).
 */
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright";
import { chromiumLaunchOptions } from "./staticServer.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PASSWORD = "Correct-Horse-1";

const bundle = await build({
  entryPoints: [path.join(root, "test/e2e/sessionTabs.page.tsx")],
  bundle: true,
  format: "esm",
  write: false,
  logLevel: "error",
  plugins: [
    {
      name: "the package as built",
      setup(context) {
        context.onResolve({ filter: /^cognito-challenge-ui$/ }, () => ({
          path: path.join(root, "dist/index.js"),
        }));
      },
    },
  ],
});
const script = bundle.outputFiles[0].contents;

const { createFakeCognito } = await import(pathToFileURL(path.join(root, "dist/testing.js")).href);
const fake = createFakeCognito({
  pool: { mfa: "OFF", refreshTokenRotation: { gracePeriodSeconds: 0 }, tokenValidity: { accessSeconds: 90 } },
  users: [{ username: "zoe", password: PASSWORD }],
});
const calls = [];
const server = createServer(async (request, response) => {
  if (request.url === "/cognito/" && request.method === "POST") {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const target = String(request.headers["x-amz-target"] ?? "");
    calls.push(target.split(".")[1]);
    const answer = await fake(`http://127.0.0.1/cognito/`, {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": target },
      body: Buffer.concat(chunks),
    });
    response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "" });
    return response.end(Buffer.from(await answer.arrayBuffer()));
  }
  if (request.url === "/page.js") {
    response.writeHead(200, { "content-type": "text/javascript" });
    return response.end(script);
  }
  response.writeHead(200, { "content-type": "text/html" });
  response.end(
    '<!doctype html><html lang="en"><title>tabs</title><script type="module" src="/page.js"></script>',
  );
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

function check(condition, what) {
  if (!condition) throw new Error(`session across tabs: ${what}`);
}

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const context = await browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(base);
    await page.waitForSelector("body[data-ready]", { state: "attached" });
  }
  const tab = (page, expression) => page.evaluate(expression);

  await tab(first, `window.tabs.signIn("zoe", ${JSON.stringify(PASSWORD)})`);
  await second.waitForFunction(() => window.tabs.status() === "signedIn");
  check((await tab(second, "window.tabs.username()")) === "zoe", "the second tab hears the sign-in");

  // Forty seconds on: less than a minute left of the 90 s access token, so both tabs refresh, at once.
  await Promise.all([tab(first, "window.tabs.skew(40_000)"), tab(second, "window.tabs.skew(40_000)")]);
  const [one, two] = await Promise.all([
    tab(first, "window.tabs.accessToken()"),
    tab(second, "window.tabs.accessToken()"),
  ]);
  const refreshes = calls.filter((name) => name === "GetTokensFromRefreshToken").length;
  check(refreshes === 1, `two tabs made ${refreshes} refresh calls, not 1`);
  check(typeof one === "string" && one === two, "both tabs end with the same new access token");
  check((await tab(second, "window.tabs.status()")) === "signedIn", "no tab was signed out by rotation");

  check((await tab(first, "window.tabs.signOut()")) === "ok", "the sign-out's revocation succeeds");
  await second.waitForFunction(() => window.tabs.status() === "signedOut", null, { timeout: 5000 });
  check(
    (await tab(second, "window.tabs.events()")).at(-1) === "signedOut",
    "the second tab says it signed out",
  );
  console.log(
    "session across tabs (Chromium, two pages): one sign-in heard by both, one refresh for two tabs, one sign-out for both",
  );
} finally {
  await browser.close();
  server.close();
}
