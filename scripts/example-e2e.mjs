#!/usr/bin/env node
/**
 * The drop-in proof, end to end, for each app in examples/: pack the library (checking the tarball holds
 * what an install needs, LICENSE included), install the tarball into the app (no path into src), build
 * it against a real cognito-local process, serve the build, and sign in in Chromium as a person would:
 * - examples/vite-app, built with Vite and served statically: USER_PASSWORD_AUTH, then SOFTWARE_TOKEN_MFA
 *   with the code computed here from the seeded user's secret;
 * - examples/next-app, an App Router app built with `next build` (which also renders <SignIn> on the
 *   server) and served by `next start`: USER_PASSWORD_AUTH.
 */
import { execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright";
import {
  freePort,
  MAX_TOTP_SECRET,
  PASSWORD,
  startCognitoLocal,
  stopCognitoLocal,
} from "./cognito-local.mjs";
import { chromiumLaunchOptions, serveStatic } from "./staticServer.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = (command, args, options = {}) => execFileSync(command, args, { stdio: "inherit", ...options });
const quiet = { stdio: ["ignore", "ignore", "inherit"] };

// 1. The package as it would be published (npm pack builds dist/ first, through prepack).
const packDir = path.join(root, ".cache", "pack");
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", packDir], {
  cwd: root,
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .at(-1);
const tarball = path.join(packDir, packed);
const contents = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
for (const needed of [
  "package/LICENSE",
  "package/README.md",
  "package/dist/index.js",
  "package/dist/styles.css",
]) {
  if (!contents.includes(needed)) throw new Error(`the packed tarball lacks ${needed}`);
}

/** A fresh install of an example, from the registry and the tarball only. */
function install(app) {
  for (const file of readdirSync(app)) if (file.endsWith(".tgz")) rmSync(path.join(app, file));
  copyFileSync(tarball, path.join(app, "cognito-challenge-ui.tgz"));
  rmSync(path.join(app, "node_modules"), { recursive: true, force: true });
  run("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], {
    cwd: app,
    ...quiet,
  });
  const installed = realpathSync(path.join(app, "node_modules/cognito-challenge-ui"));
  if (!installed.startsWith(path.join(app, "node_modules")))
    throw new Error(`the example resolved the library to ${installed}`);
}

/** Resolves once `url` answers, or fails after `ms`. */
async function answering(url, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Opens `url` in Chromium and signs in; fails on any page error. */
async function signIn(browser, url, { username, totp, done }) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.keyboard.press("Enter");
  if (totp) {
    const code = page.getByLabel("Code", { exact: true });
    await code.waitFor({ timeout: 15_000 });
    await code.fill(await totp());
    await page.keyboard.press("Enter");
  }
  await page.getByText(done).waitFor({ timeout: 15_000 });
  if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
  await page.close();
}

/**
 * A real app's bundler splits <SignIn> as bench:size says: what index.html loads (its module script and
 * the chunks it preloads) holds none of the screens after the username step, and the build still has
 * them, in chunks of their own.
 */
function checkFirstLoad(dist) {
  const html = readFileSync(path.join(dist, "index.html"), "utf8");
  const loaded = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  if (loaded.length === 0) throw new Error("index.html loads no script");
  const firstLoad = loaded.map((file) => readFileSync(path.join(dist, file), "utf8")).join("\n");
  const everything = readdirSync(path.join(dist, "assets"))
    .filter((file) => file.endsWith(".js"))
    .map((file) => readFileSync(path.join(dist, "assets", file), "utf8"))
    .join("\n");
  // One string from each of three screens, and one from the exceptions' English.
  for (const text of [
    "Verify and finish",
    "Choose a new password",
    "How do you want to sign in?",
    "That code is not right.",
  ]) {
    if (firstLoad.includes(text)) throw new Error(`the Vite app's first load carries "${text}"`);
    if (!everything.includes(text)) throw new Error(`the Vite build lost "${text}"`);
  }
  console.log(
    `examples/vite-app: the first load (${loaded.length} files) carries no screen beyond the username step`,
  );
}

const vite = path.join(root, "examples/vite-app");
const next = path.join(root, "examples/next-app");
install(vite);
install(next);

const local = await startCognitoLocal();
let server;
let nextServer;
let browser;
try {
  browser = await chromium.launch(chromiumLaunchOptions());

  // 2. The Vite app, built against cognito-local and served statically.
  run("npx", ["vite", "build", "--logLevel", "warn"], {
    cwd: vite,
    env: {
      ...process.env,
      VITE_COGNITO_ENDPOINT: local.endpoint,
      VITE_COGNITO_CLIENT_ID: local.clientId,
      VITE_COGNITO_AUTH_FLOW: "USER_PASSWORD_AUTH",
    },
  });
  if (!existsSync(path.join(vite, "dist/index.html"))) throw new Error("the Vite build wrote no index.html");
  checkFirstLoad(path.join(vite, "dist"));
  server = await serveStatic(path.join(vite, "dist"));
  const { generateTotp } = await import(
    pathToFileURL(path.join(vite, "node_modules/cognito-challenge-ui/dist/testing.js")).href
  );
  await signIn(browser, server.base, {
    username: "tara",
    totp: () => generateTotp(MAX_TOTP_SECRET, Date.now()),
    done: "Signed in as tara.",
  });
  console.log(
    "examples/vite-app (packed package, built with Vite): signed in against cognito-local with a TOTP code",
  );

  // 3. The Next.js app: `next build` type-checks it and renders <SignIn> on the server; `next start` serves it.
  const nextEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_PUBLIC_COGNITO_ENDPOINT: local.endpoint,
    NEXT_PUBLIC_COGNITO_CLIENT_ID: local.clientId,
    NEXT_PUBLIC_COGNITO_AUTH_FLOW: "USER_PASSWORD_AUTH",
  };
  rmSync(path.join(next, ".next"), { recursive: true, force: true });
  run("npx", ["next", "build"], { cwd: next, env: nextEnv, ...quiet });
  const port = await freePort();
  nextServer = spawn("npx", ["next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: next,
    env: nextEnv,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}/`;
  await answering(base);
  const html = await (await fetch(base)).text();
  if (!html.includes("Username or email")) throw new Error("next start served no server-rendered <SignIn>");
  await signIn(browser, base, { username: "alice", done: "Signed in." });
  console.log("examples/next-app (packed package, next build, App Router): signed in against cognito-local");
} finally {
  await browser?.close();
  await server?.close();
  if (nextServer?.pid) {
    try {
      process.kill(-nextServer.pid);
    } catch {
      // Already gone.
    }
  }
  await stopCognitoLocal(local);
}
