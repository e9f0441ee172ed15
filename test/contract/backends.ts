/**
 * The two backends a contract test runs against: the real cognito-local process, and our fake seeded with
 * the same users. Each test gets the same client, differing only in `fetch` and endpoint.
 */
import { inject } from "vitest";
import { MAX_TOTP_SECRET, SEED_USERS } from "../../scripts/cognito-local.mjs";
import { type CognitoClient, createCognitoClient } from "../../src/core/client/client";
import { CognitoError, UnknownCognitoError } from "../../src/core/client/errors";
import { createFakeCognito, type FakeCognito, type FakeUser } from "../../src/testing/index";

export type BackendName = "cognito-local" | "fake";
export const BACKENDS: BackendName[] = ["cognito-local", "fake"];

export interface Backend {
  name: BackendName;
  client: CognitoClient;
  /** A client of the same backend for another app client id. */
  clientFor(clientId: string): CognitoClient;
  /** The code the backend "sent" by SMS to a user. */
  smsCode(username: string): string;
}

function fakeUsers(): FakeUser[] {
  return SEED_USERS.map((user) => ({
    username: user.username,
    ...(user.email ? { email: user.email } : {}),
    ...(user.emailUnverified ? { emailVerified: false } : {}),
    ...(user.phone ? { phone: user.phone } : {}),
    password: user.password ?? user.temporaryPassword ?? "",
    status: user.unconfirmed ? "UNCONFIRMED" : user.password ? "CONFIRMED" : "FORCE_CHANGE_PASSWORD",
    mfa: { ...(user.sms ? { sms: true } : {}), ...(user.totpSecret ? { totpSecret: user.totpSecret } : {}) },
  }));
}

export function createBackend(name: BackendName): Backend {
  if (name === "cognito-local") {
    const local = inject("cognitoLocal");
    const clientFor = (clientId: string) =>
      createCognitoClient({ clientId, endpoint: local.endpoint, timeoutMs: 10_000 });
    return { name, client: clientFor(local.clientId), clientFor, smsCode: () => local.smsCode };
  }
  // Under realism: the same typed outcome must come from the fake's variety as from cognito-local.
  const fake: FakeCognito = createFakeCognito({
    users: fakeUsers(),
    pool: { mfa: "OPTIONAL" },
    realism: true,
  });
  const clientFor = (clientId: string) =>
    createCognitoClient({ clientId, endpoint: "http://fake.test/", fetch: fake });
  return {
    name,
    client: clientFor(fake.clientId),
    clientFor,
    smsCode: (username) => fake.lastCode(username) ?? "",
  };
}

export { MAX_TOTP_SECRET };

/** What a call ended in, as our client typed it: what both backends must agree on. */
export async function outcome(call: Promise<unknown>) {
  try {
    await call;
    return { ok: true };
  } catch (error) {
    if (error instanceof CognitoError) return { error: error.name };
    if (error instanceof UnknownCognitoError) return { unknownError: error.exceptionName };
    throw error;
  }
}
