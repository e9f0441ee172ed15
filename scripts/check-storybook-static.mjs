#!/usr/bin/env node
/**
 * Proves the static Storybook works from a plain file server: serves storybook-static/ with Node's http
 * module (no Storybook, no Vite), opens stories in headless Chromium, and checks that a flow renders and
 * signs in against the built-in fake, and that the docs pages render. Exits non-zero otherwise.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";
import { chromiumLaunchOptions, serveStatic } from "./staticServer.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../storybook-static");
if (!existsSync(path.join(root, "index.html"))) {
  console.error("storybook-static/ is missing: run `npm run build-storybook` first.");
  process.exit(1);
}

const { base, close } = await serveStatic(root);

const browser = await chromium.launch(chromiumLaunchOptions());
const failures = [];
try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));

  const index = await (await fetch(`${base}/index.json`)).json();
  const stories = Object.values(index.entries).filter((entry) => entry.type === "story");
  if (stories.length < 50) failures.push(`only ${stories.length} stories in index.json`);

  // A story's own play function runs in the static build too: it signs in by itself.
  await page.goto(`${base}/iframe.html?id=flows-signin--password-only&viewMode=story`);
  await page.getByText("You are signed in.").waitFor({ timeout: 15_000 });

  // A story without a play function, driven by hand as a person would.
  await page.goto(`${base}/iframe.html?id=flows-signin--forest-theme&viewMode=story`);
  await page.getByLabel("Username or email").fill("alice");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Password", exact: true }).click();
  await page.getByLabel("Password", { exact: true }).fill("Correct-Horse-1");
  await page.keyboard.press("Enter");
  await page.getByText("You are signed in.").waitFor({ timeout: 10_000 });

  await page.goto(`${base}/iframe.html?id=challenges-mfasetupchallenge--qr-code-and-secret&viewMode=story`);
  await page
    .getByRole("img", { name: "QR code for your authenticator app" })
    .locator("svg")
    .waitFor({ timeout: 10_000 });

  await page.goto(`${base}/iframe.html?id=introduction--docs&viewMode=docs`);
  await page.getByRole("heading", { name: "cognito-challenge-ui" }).waitFor({ timeout: 10_000 });
  await page.goto(`${base}/iframe.html?id=challenges-passwordchallenge--docs&viewMode=docs`);
  await page.getByText("Called with the answer").first().waitFor({ timeout: 10_000 });

  console.log(
    `static Storybook: ${stories.length} stories; a flow signed in, the QR code and the docs rendered`,
  );
} catch (error) {
  failures.push(String(error));
  if (process.env.DEBUG_SHOT)
    await browser.contexts()[0]?.pages()[0]?.screenshot({ path: process.env.DEBUG_SHOT });
} finally {
  await browser.close();
  await close();
}
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
