#!/usr/bin/env node
/**
 * The drop-in proof, end to end: pack the library, install the tarball into examples/vite-app (a plain
 * React app with no path into src), build it against a real cognito-local process, serve the build
 * statically, and sign in in Chromium with USER_PASSWORD_AUTH then SOFTWARE_TOKEN_MFA, the code computed
 * here from the seeded user's secret.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, realpathSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright";
import { MAX_TOTP_SECRET, PASSWORD, startCognitoLocal, stopCognitoLocal } from "./cognito-local.mjs";
import { chromiumLaunchOptions, serveStatic } from "./staticServer.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const app = path.join(root, "examples/vite-app");
const run = (command, args, options = {}) => execFileSync(command, args, { stdio: "inherit", ...options });

// 1. The package as it would be published.
run("npx", ["tsdown"], { cwd: root, stdio: "ignore" });
for (const file of readdirSync(app)) if (file.endsWith(".tgz")) rmSync(path.join(app, file));
const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", app], {
  cwd: root,
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .at(-1);
renameSync(path.join(app, packed), path.join(app, "cognito-challenge-ui.tgz"));

// 2. A fresh install of the example, from the registry and the tarball only.
rmSync(path.join(app, "node_modules"), { recursive: true, force: true });
run("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], { cwd: app });
const installed = realpathSync(path.join(app, "node_modules/cognito-challenge-ui"));
if (!installed.startsWith(path.join(app, "node_modules")))
  throw new Error(`the example resolved the library to ${installed}`);

const local = await startCognitoLocal();
let server;
let browser;
try {
  // 3. The example built against cognito-local.
  run("npx", ["vite", "build", "--logLevel", "warn"], {
    cwd: app,
    env: {
      ...process.env,
      VITE_COGNITO_ENDPOINT: local.endpoint,
      VITE_COGNITO_CLIENT_ID: local.clientId,
      VITE_COGNITO_AUTH_FLOW: "USER_PASSWORD_AUTH",
    },
  });
  server = await serveStatic(path.join(app, "dist"));

  // 4. A person signing in.
  const { generateTotp } = await import(
    pathToFileURL(path.join(app, "node_modules/cognito-challenge-ui/dist/testing.js")).href
  );
  browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(server.base);
  await page.getByLabel("Username or email").fill("tara");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.keyboard.press("Enter");
  const code = page.getByLabel("Code");
  await code.waitFor({ timeout: 15_000 });
  await code.fill(await generateTotp(MAX_TOTP_SECRET, Date.now()));
  await page.keyboard.press("Enter");
  await page.getByText("Signed in as tara.").waitFor({ timeout: 15_000 });
  if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
  console.log(
    "example app (packed package, built with Vite): signed in against cognito-local with a TOTP code",
  );
} finally {
  await browser?.close();
  await server?.close();
  await stopCognitoLocal(local);
}
if (!existsSync(path.join(app, "dist/index.html"))) process.exit(1);
