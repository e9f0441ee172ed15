#!/usr/bin/env node
/**
 * Makes a fresh clone runnable with one command: installs node_modules with `npm ci` when they are
 * missing or older than package-lock.json, and with --browser makes sure a Chromium for the story tests
 * exists (Debian's package through apt-get when running as root; otherwise it says the command to run).
 */
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const run = (command) => execSync(command, { stdio: "inherit" });

const marker = "node_modules/.package-lock.json";
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync("package-lock.json").mtimeMs) {
  console.log("Installing dependencies (npm ci)…");
  // Errors only: the benchmark's Amplify devDependency declares React 18 peers that npm then overrides
  // with a warning per package, which says nothing about this library.
  run("npm ci --no-audit --no-fund --loglevel=error");
}

if (process.argv.includes("--browser")) {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    if (!isRoot || !existsSync("/usr/bin/apt-get")) {
      console.error(
        `No Chromium at ${chromium}. Install Debian's: sudo apt-get update && sudo apt-get install -y chromium ` +
          "(or set CHROMIUM_PATH to a Chromium or Chrome binary).",
      );
      process.exit(1);
    }
    console.log("Installing Debian's Chromium for the story tests…");
    run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
  }
}
