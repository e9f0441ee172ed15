#!/usr/bin/env node
/**
 * Proves the static Storybook works from a plain file server: serves storybook-static/ with Node's http
 * module (no Storybook, no Vite), opens stories in headless Chromium, and checks what a person sees:
 * every story renders one root, a flow waits for a person and signs in by hand against the built-in fake,
 * the Unstyled story is unstyled, the landing page's live sign-in works, and the docs pages render.
 * Exits non-zero otherwise.
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

/** Signs in as a person would: alice, then her password (her only way in, so asked for at once). */
async function signInAsAlice(page) {
  await page.getByLabel("Username or email").fill("alice");
  await page.keyboard.press("Enter");
  await page.getByLabel("Password", { exact: true }).fill("Correct-Horse-1");
  await page.keyboard.press("Enter");
  await page.getByText("You are signed in.").waitFor({ timeout: 10_000 });
}

const browser = await chromium.launch(chromiumLaunchOptions());
const failures = [];
try {
  const page = await browser.newPage();
  page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));

  const index = await (await fetch(`${base}/index.json`)).json();
  const stories = Object.values(index.entries).filter((entry) => entry.type === "story");
  if (stories.length < 50) failures.push(`only ${stories.length} stories in index.json`);

  // Every story renders its roots as apps get them: at least one, and none inside another (none added
  // around <SignIn>'s own). A page may have several side by side (two sign-out buttons). The live
  // story renders no <SignIn> until an endpoint is configured.
  const rootless = new Set(["flows-live--live-endpoint"]);
  for (const story of stories) {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    const expected = rootless.has(story.id) ? 0 : 1;
    const shown = expected === 1 ? "#storybook-root [data-cc-root]" : "#storybook-root > *";
    await page.locator(shown).first().waitFor({ timeout: 10_000 });
    const roots = await page.locator("#storybook-root [data-cc-root]").count();
    const nested = await page.locator("#storybook-root [data-cc-root] [data-cc-root]").count();
    if (nested > 0) failures.push(`${story.id}: a root inside another`);
    if (expected === 0 ? roots !== 0 : roots < 1)
      failures.push(`${story.id}: ${roots} roots, expected ${expected}`);
  }

  // A flow story waits for a person: left alone for ten seconds, it is still on its first step.
  await page.goto(`${base}/iframe.html?id=flows-signin--password-only&viewMode=story`);
  await page.getByLabel("Username or email").waitFor({ timeout: 10_000 });
  await page.waitForTimeout(10_000);
  if (
    !(await page.getByLabel("Username or email").isVisible()) ||
    (await page.getByRole("status").count()) > 0
  )
    failures.push("flows-signin--password-only moved on by itself");

  // Unstyled is unstyled: no rule of our stylesheet that styles anything (beyond defining the --cc-*
  // tokens, which an app may use in its own CSS) applies to any element of the story.
  await page.goto(`${base}/iframe.html?id=flows-signin--unstyled&viewMode=story`);
  await page.getByLabel("Username or email").waitFor({ timeout: 10_000 });
  const styled = await page.evaluate(() => {
    const rules = [];
    const collect = (list) => {
      for (const rule of list) {
        if (rule.cssRules && !(rule instanceof CSSStyleRule)) collect(rule.cssRules);
        else if (rule instanceof CSSStyleRule && rule.selectorText.includes("data-cc-root")) {
          const styling = [...rule.style].some((property) => !property.startsWith("--cc-"));
          if (styling) rules.push(rule.selectorText);
        }
      }
    };
    for (const sheet of document.styleSheets) {
      try {
        collect(sheet.cssRules);
      } catch {
        // A cross-origin sheet: not ours.
      }
    }
    const elements = [...document.querySelectorAll("#storybook-root *")];
    return rules.filter((selector) => elements.some((element) => element.matches(selector)));
  });
  if (styled.length > 0) failures.push(`the Unstyled story is styled by: ${styled.join(" | ")}`);

  // A story without a play function, driven by hand as a person would.
  await page.goto(`${base}/iframe.html?id=flows-signin--forest-theme&viewMode=story`);
  await signInAsAlice(page);

  await page.goto(`${base}/iframe.html?id=challenges-mfasetupchallenge--qr-code-and-secret&viewMode=story`);
  await page
    .getByRole("img", { name: "QR code for your authenticator app" })
    .locator("svg")
    .waitFor({ timeout: 10_000 });

  await page.goto(`${base}/iframe.html?id=introduction--docs&viewMode=docs`);
  await page.getByRole("heading", { name: "cognito-challenge-ui" }).waitFor({ timeout: 10_000 });
  await page.goto(`${base}/iframe.html?id=challenges-passwordchallenge--docs&viewMode=docs`);
  await page.getByText("Called with the answer").first().waitFor({ timeout: 10_000 });

  // The landing page: a live <SignIn> against the fake, with its scenario picker and the codes panel, and
  // links to every flow that lead to stories that exist.
  await page.goto(`${base}/iframe.html?id=introduction--docs&viewMode=docs`);
  await page.getByLabel("Scenario").waitFor({ timeout: 10_000 });
  const ids = new Set(stories.map((story) => story.id));
  const linked = await page
    .locator('a[href*="?path=/story/"]')
    .evaluateAll((links) =>
      links.map((link) => new URL(link.href).searchParams.get("path")?.replace("/story/", "") ?? ""),
    );
  if (linked.length < 10) failures.push(`the landing page links to ${linked.length} flows`);
  for (const id of linked)
    if (!ids.has(id)) failures.push(`the landing page links to a missing story: ${id}`);
  await page.getByLabel("Scenario").selectOption("passwordOnly");
  await signInAsAlice(page);

  console.log(
    `static Storybook: ${stories.length} stories, no root inside another; a flow waits for a person and signs in by ` +
      "hand, Unstyled is unstyled, the landing page signs in, the QR code and the docs rendered",
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
