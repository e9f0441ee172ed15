#!/usr/bin/env node
/**
 * Before hydration, nothing submits: each step form that can be server-rendered (<SignIn> with each
 * auth flow, <ResetPassword>, <ConfirmAccount>) is rendered on the server, served over HTTP and shown
 * in Debian's Chromium with JavaScript off, as a page looks while its code is loading, failed to load
 * or was blocked. Its fields are filled, Enter is pressed and the submit button clicked, and then the
 * page is sent elsewhere: the server must have seen no request but the page itself, and no URL the
 * browser asked for may hold the password. A plain form with the same fields proves the check can see a
 * submission: there, Enter sends the password in the URL. Needs dist/ (npm test builds it first).
 */
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { chromiumLaunchOptions } from "./staticServer.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const load = (entry) => import(pathToFileURL(path.join(root, "dist", entry)).href);
const { SignIn } = await load("index.js");
const { ResetPassword, ConfirmAccount } = await load("screens.js");

const PASSWORD = "Correct-Horse-1";
const clientOptions = { clientId: "1example23456789", userPoolId: "eu-west-1_AbCdEf123" };
const onSignedIn = () => {};
const pages = {
  "/sign-in-password-auth": createElement(SignIn, {
    onSignedIn,
    clientOptions,
    authFlow: "USER_PASSWORD_AUTH",
  }),
  "/sign-in-srp-auth": createElement(SignIn, { onSignedIn, clientOptions, authFlow: "USER_SRP_AUTH" }),
  "/sign-in-user-auth": createElement(SignIn, { onSignedIn, clientOptions }),
  "/sign-in-user-auth-password": createElement(SignIn, {
    clientOptions,
    preferredChallenge: "PASSWORD",
    srp: true,
  }),
  "/sign-in-custom-auth": createElement(SignIn, { onSignedIn, clientOptions, authFlow: "CUSTOM_AUTH" }),
  "/reset-password": createElement(ResetPassword, { clientOptions }),
  "/confirm-account": createElement(ConfirmAccount, { clientOptions, username: "alice" }),
};
// The control: what a step form would be without the guard (a GET form whose button Enter presses).
const control =
  '<form><input name="username"><input type="password" name="password"><button>Sign in</button></form>';

const seen = [];
const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  let body = "";
  request.on("data", (chunk) => {
    body += chunk;
  });
  request.on("end", () => {
    seen.push({ method: request.method, url: request.url, body });
    const element = pages[url.pathname];
    const html = element
      ? renderToString(element)
      : url.pathname === "/control"
        ? control
        : "<p>elsewhere</p>";
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    // No favicon request: the server is to see the page and nothing else.
    response.end(
      `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>${html}</body></html>`,
    );
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch(chromiumLaunchOptions());
const context = await browser.newContext({ javaScriptEnabled: false });
const failures = [];

/** Fills every field, presses Enter in the last one (if any) and clicks every submit button; returns what went out. */
async function tryToSubmit(pathname) {
  seen.length = 0;
  const asked = [];
  const page = await context.newPage();
  page.on("request", (request) => asked.push(request.url()));
  await page.goto(base + pathname);
  const fields = page.locator("input:not([type=hidden])");
  const count = await fields.count();
  for (let index = 0; index < count; index++) {
    const field = fields.nth(index);
    await field.fill((await field.getAttribute("type")) === "password" ? PASSWORD : "alice");
  }
  // A step of buttons alone (the confirmation's first) has no field to press Enter in.
  if (count > 0) await fields.nth(count - 1).press("Enter");
  const buttons = page.locator("button[type=submit]");
  for (let index = 0; index < (await buttons.count()); index++)
    await buttons
      .nth(index)
      .click({ force: true, noWaitAfter: true })
      .catch(() => {});
  // A submission the browser started has gone out by the time it asks for the next page.
  await page.goto(`${base}/elsewhere`);
  await page.close();
  return { asked, seen: [...seen] };
}

const { asked: controlAsked } = await tryToSubmit("/control");
if (!controlAsked.some((url) => url.includes(PASSWORD)))
  failures.push("the control form's submission was not seen, so the check proves nothing");

for (const pathname of Object.keys(pages)) {
  const { asked, seen: requests } = await tryToSubmit(pathname);
  const leaked = asked.filter((url) => url.includes(PASSWORD));
  if (leaked.length) failures.push(`${pathname}: the password went into ${leaked.join(", ")}`);
  const sent = requests.filter((request) => !["/elsewhere", pathname].includes(request.url ?? ""));
  if (sent.length) failures.push(`${pathname}: the form was sent: ${JSON.stringify(sent)}`);
  if (requests.some((request) => request.body.includes(PASSWORD)))
    failures.push(`${pathname}: the password reached the server`);
}

await browser.close();
server.close();
if (failures.length) {
  for (const failure of failures) console.error(failure);
  process.exit(1);
}
console.log(
  `no-js: ${Object.keys(pages).length} server-rendered step forms in Chromium with JavaScript off sent nothing on Enter or a click (the plain control form sent its password in the URL)`,
);
