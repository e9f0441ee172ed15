#!/usr/bin/env node
/**
 * Runs the real cognito-local emulator (a devDependency) for the contract tests and for trying the
 * library against a real HTTP server by hand:
 *
 *   node scripts/cognito-local.mjs start   starts it on 127.0.0.1 with a fresh data directory, seeds a
 *                                          pool, an app client and users (alice, nina, sid, max, ada,
 *                                          tara, una; rhea and cleo for the account steps), prints the
 *                                          details as JSON
 *   node scripts/cognito-local.mjs stop    stops it by its process id
 *
 * Pools, clients, users and passwords are seeded through its API. cognito-local has no API for a user's
 * SMS MFA setting or a pre-verified authenticator (Cognito's AdminSetUserSettings and an enrolled TOTP
 * device), so those few fields are written into its data file while it is stopped, then it is restarted.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "node_modules/cognito-local/lib/bin/start.js");
const stateFile = path.join(root, ".cache/cognito-local.json");

/** Every SMS code cognito-local sends is this (its CODE environment variable), so tests can answer it. */
export const SMS_CODE = "246810";
/** The authenticator secret of the seeded user `max`, so tests can compute its codes. */
export const MAX_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
export const PASSWORD = "Correct-Horse-1";
export const TEMPORARY_PASSWORD = "Temp-Pass-1";

/** The users every contract test can rely on; the fake gets the same ones. */
export const SEED_USERS = [
  { username: "alice", email: "alice@example.com", password: PASSWORD },
  { username: "nina", email: "nina@example.com", temporaryPassword: TEMPORARY_PASSWORD },
  { username: "sid", phone: "+15555550100", password: PASSWORD, sms: true },
  { username: "max", phone: "+15555550199", password: PASSWORD, sms: true, totpSecret: MAX_TOTP_SECRET },
  { username: "ada", email: "ada@example.com", password: PASSWORD },
  { username: "tara", email: "tara@example.com", password: PASSWORD, totpSecret: MAX_TOTP_SECRET },
  { username: "una", email: "una@example.com", password: PASSWORD },
  // The account operations' contract tests: rhea resets her password, cleo signed up and has not
  // confirmed yet (seeded by SignUp, which sends her the code).
  { username: "rhea", email: "rhea@example.com", password: PASSWORD },
  { username: "cleo", email: "cleo@example.com", password: PASSWORD, unconfirmed: true },
  // The account settings' contract tests: vera changes her password and attributes, dell deletes her
  // account, mia turns MFA on and off, ivy changes and verifies her attributes.
  { username: "vera", email: "vera@example.com", password: PASSWORD },
  { username: "dell", email: "dell@example.com", password: PASSWORD },
  { username: "mia", email: "mia@example.com", phone: "+15555550142", password: PASSWORD },
  // Seeded without email_verified here, as every seed is; the fake is told so for her alone.
  { username: "ivy", email: "ivy@example.com", password: PASSWORD, emailUnverified: true },
];

/** A TCP port free on the loopback address now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function call(endpoint, operation, body) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-amz-json-1.1",
      "X-Amz-Target": `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`cognito-local ${operation}: ${json.__type} ${json.message}`);
  return json;
}

function launch(dataDir, port) {
  const log = path.join(dataDir, "cognito-local.log");
  const child = spawn(process.execPath, [bin], {
    cwd: dataDir,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", CODE: SMS_CODE },
    stdio: ["ignore", "ignore", "ignore"],
    detached: true,
  });
  child.unref();
  return { pid: child.pid, log };
}

async function waitUntilUp(endpoint, pid, timeoutMs = 20_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      process.kill(pid, 0);
    } catch {
      throw new Error("cognito-local exited during start-up");
    }
    try {
      await fetch(endpoint, { method: "POST", body: "{}" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`cognito-local did not answer on ${endpoint} within ${timeoutMs} ms`);
}

async function waitUntilGone(pid, timeoutMs = 10_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.kill(pid, "SIGKILL");
}

async function seed(endpoint) {
  const { UserPool } = await call(endpoint, "CreateUserPool", {
    PoolName: "contract",
    MfaConfiguration: "OPTIONAL",
    // As the console's default and the fake's: SignUp's code goes to the email (and says so).
    AutoVerifiedAttributes: ["email"],
  });
  const { UserPoolClient } = await call(endpoint, "CreateUserPoolClient", {
    UserPoolId: UserPool.Id,
    ClientName: "web",
  });
  for (const user of SEED_USERS) {
    const attributes = [
      ...(user.email ? [{ Name: "email", Value: user.email }] : []),
      ...(user.phone ? [{ Name: "phone_number", Value: user.phone }] : []),
    ];
    if (user.unconfirmed) {
      await call(endpoint, "SignUp", {
        ClientId: UserPoolClient.ClientId,
        Username: user.username,
        Password: user.password,
        UserAttributes: attributes,
      });
      continue;
    }
    await call(endpoint, "AdminCreateUser", {
      UserPoolId: UserPool.Id,
      Username: user.username,
      TemporaryPassword: user.temporaryPassword ?? TEMPORARY_PASSWORD,
      MessageAction: "SUPPRESS",
      UserAttributes: attributes,
    });
    if (user.password) {
      await call(endpoint, "AdminSetUserPassword", {
        UserPoolId: UserPool.Id,
        Username: user.username,
        Password: user.password,
        Permanent: true,
      });
    }
  }
  return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId };
}

/** What cognito-local's API cannot set: SMS MFA options and an already verified authenticator. */
function patchMfaSettings(dataDir, userPoolId) {
  const file = path.join(dataDir, ".cognito/db", `${userPoolId}.json`);
  const pool = JSON.parse(readFileSync(file, "utf8"));
  for (const user of SEED_USERS) {
    const stored = pool.Users[user.username];
    const methods = [];
    if (user.sms) {
      stored.MFAOptions = [{ DeliveryMedium: "SMS", AttributeName: "phone_number" }];
      methods.push("SMS_MFA");
    }
    if (user.totpSecret) {
      stored.SoftwareTokenMfaConfiguration = { Secret: user.totpSecret, Verified: true };
      methods.push("SOFTWARE_TOKEN_MFA");
    }
    if (methods.length > 0) stored.UserMFASettingList = methods;
  }
  writeFileSync(file, JSON.stringify(pool));
}

/** Starts a seeded cognito-local; resolves with where it runs and what it holds. */
export async function startCognitoLocal() {
  if (!existsSync(bin)) throw new Error("cognito-local is not installed: run npm ci");
  const dataDir = mkdtempSync(path.join(tmpdir(), "cognito-local-"));
  mkdirSync(path.join(dataDir, ".cognito"));
  // Plain usernames (cognito-local defaults to email usernames).
  writeFileSync(
    path.join(dataDir, ".cognito/config.json"),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } }),
  );
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}/`;

  const first = launch(dataDir, port);
  await waitUntilUp(endpoint, first.pid);
  const ids = await seed(endpoint);
  process.kill(first.pid, "SIGTERM");
  await waitUntilGone(first.pid);
  patchMfaSettings(dataDir, ids.userPoolId);

  const server = launch(dataDir, port);
  await waitUntilUp(endpoint, server.pid);
  return { endpoint, ...ids, pid: server.pid, dataDir, smsCode: SMS_CODE };
}

/** Stops the emulator by its process id and removes its data directory. */
export async function stopCognitoLocal(state) {
  try {
    process.kill(state.pid, "SIGTERM");
    await waitUntilGone(state.pid);
  } catch {
    // Already gone.
  }
  rmSync(state.dataDir, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === "start") {
    const state = await startCognitoLocal();
    mkdirSync(path.dirname(stateFile), { recursive: true });
    writeFileSync(stateFile, JSON.stringify(state, null, 2));
    console.log(JSON.stringify(state, null, 2));
  } else if (command === "stop") {
    if (!existsSync(stateFile)) {
      console.error("cognito-local is not running (no .cache/cognito-local.json).");
      process.exit(1);
    }
    await stopCognitoLocal(JSON.parse(readFileSync(stateFile, "utf8")));
    rmSync(stateFile);
    console.log("cognito-local stopped.");
  } else {
    console.error("usage: node scripts/cognito-local.mjs start|stop");
    process.exit(2);
  }
}
