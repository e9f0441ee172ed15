/**
 * A seeded, bounded fuzz of everything that reaches the library from outside: Cognito's answers (to the
 * client and through a whole sign-in), messages on the session's channel, values in its storage,
 * SecretCodes and JWTs. Each either ends in a typed error or is ignored: never an uncaught error, a hang
 * (every call settles), a changed prototype, or a session whose state disagrees with getTokens().
 * The seed is fixed, so a failure repeats; change SEED locally to explore further.
 */
import { createCognitoClient, type FetchLike } from "../../src/core/client/client";
import { decodeJwt, sessionClaims } from "../../src/core/session/claims";
import { memoryStorage } from "../../src/core/session/storage";
import { createSession, type SessionStore } from "../../src/core/session/store";
import { localLock } from "../../src/core/session/tabs";
import { createSignIn } from "../../src/core/signIn/store";
import { strayChannel } from "../support/strayChannel";
import { warmCoreModules } from "../support/warmLazyModules";

beforeAll(warmCoreModules);

const SEED = 20261207;
const ROUNDS = 150;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "ChallengeName",
  "Session",
  "ChallengeParameters",
  "AuthenticationResult",
  "AccessToken",
  "IdToken",
  "RefreshToken",
  "ExpiresIn",
  "AvailableChallenges",
  "SecretCode",
  "__type",
  "message",
  "USERNAME",
  "CREDENTIAL_REQUEST_OPTIONS",
  "v",
  "type",
  "tokens",
  "reason",
  "accessToken",
  "refreshToken",
  "idToken",
  "expiresAt",
  "sub",
  "exp",
  "iat",
];
const STRINGS = [
  "",
  "x",
  "PASSWORD",
  "SMS_OTP",
  "SELECT_CHALLENGE",
  "WEB_AUTHN",
  "MFA_SETUP",
  "NotAuthorizedException",
  "com.amazon#CodeMismatchException",
  "signedOut",
  "tokens",
  "refreshed",
  "\u202e\u2069",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "a.b.c",
  "JBSWY3DPEHPK3PXP",
  '{"rpId":"x"}',
  "[]",
  "null",
];

function value(rng: Random, depth = 0): unknown {
  const kind = rng.int(depth > 3 ? 6 : 9);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rng.next() < 0.5;
    case 2:
      return rng.pick([0, -1, 1.5, 1e300, Number.MAX_SAFE_INTEGER, 3600, 60]);
    case 3:
    case 4:
      return rng.pick(STRINGS);
    case 5:
      return "x".repeat(rng.int(3) * 1000);
    case 6:
      return Array.from({ length: rng.int(4) }, () => value(rng, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let i = rng.int(5); i > 0; i--) object[rng.pick(KEYS)] = value(rng, depth + 1);
      return object;
    }
  }
}

/** Valid shapes, then broken: members dropped, retyped, or joined by hostile keys. */
const TEMPLATES: Record<string, unknown>[] = [
  { ChallengeName: "SMS_OTP", Session: "s", ChallengeParameters: { CODE_DELIVERY_DESTINATION: "+***1" } },
  { ChallengeName: "SELECT_CHALLENGE", Session: "s", AvailableChallenges: ["PASSWORD", "EMAIL_OTP"] },
  {
    ChallengeName: "WEB_AUTHN",
    Session: "s",
    ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: '{"challenge":"x"}' },
  },
  {
    ChallengeName: "MFA_SETUP",
    Session: "s",
    ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
  },
  { AuthenticationResult: { AccessToken: "a.b.c", IdToken: "a.b.c", RefreshToken: "r", ExpiresIn: 3600 } },
  { __type: "NotAuthorizedException", message: "Incorrect username or password." },
  { SecretCode: "JBSWY3DPEHPK3PXP", Session: "s" },
];

function mutate(rng: Random, template: unknown, depth = 0): unknown {
  if (typeof template !== "object" || template === null || depth > 3)
    return rng.next() < 0.3 ? value(rng) : template;
  const copy: Record<string, unknown> = Array.isArray(template) ? ([...template] as never) : { ...template };
  for (const key of Object.keys(copy)) {
    const roll = rng.next();
    if (roll < 0.15) delete copy[key];
    else if (roll < 0.35) copy[key] = value(rng);
    else copy[key] = mutate(rng, copy[key], depth + 1);
  }
  if (rng.next() < 0.3) copy[rng.pick(KEYS)] = value(rng);
  return copy;
}

/** An answer as a server, a proxy or a broken network might give it. */
function answer(rng: Random): { status: number; text: string; contentType: string } {
  const roll = rng.next();
  const status = rng.pick([200, 200, 200, 400, 403, 500, 502]);
  const contentType = rng.pick(["application/x-amz-json-1.1", "application/json", "text/html"]);
  if (roll < 0.1) return { status, text: "<html><body>502 Bad Gateway</body></html>", contentType };
  if (roll < 0.2) return { status, text: '{"truncated": ', contentType };
  const body = roll < 0.4 ? value(rng) : mutate(rng, rng.pick(TEMPLATES));
  let text = JSON.stringify(body) ?? "";
  // JSON.stringify writes a __proto__ member only when it is an own key; put one in as text too.
  if (rng.next() < 0.2) text = text.replace(/^\{/, '{"__proto__":{"polluted":true},');
  return { status, text, contentType };
}

const TYPED = new Set([
  "UnknownCognitoError",
  "MalformedResponseError",
  "ResponseValidationError",
  "NetworkError",
  "TimeoutError",
  "SrpError",
  "InvalidAnswerError",
  "InvalidTokenError",
]);
function expectTyped(error: unknown) {
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name === "string" && (TYPED.has(name) || name.endsWith("Exception"))) return;
  throw new Error(`not a typed error: ${String(error)}`, { cause: error });
}

function expectNoPollution() {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function answering(rng: Random): FetchLike {
  return async () => {
    const { status, text, contentType } = answer(rng);
    return new Response(text, { status, headers: { "content-type": contentType } });
  };
}

describe(`fuzz (seed ${SEED})`, () => {
  afterEach(expectNoPollution);

  it("Cognito's answers to the client: a value or a typed error", async () => {
    const rng = random(SEED);
    const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch: answering(rng) });
    for (let round = 0; round < ROUNDS; round++) {
      const call = rng.pick([
        () => client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "u" } }),
        () =>
          client.respondToAuthChallenge({
            challengeName: "SMS_OTP",
            session: "s",
            challengeResponses: { USERNAME: "u", SMS_OTP_CODE: "1" },
          }),
        () => client.associateSoftwareToken({ session: "s" }),
        () => client.verifySoftwareToken({ session: "s", userCode: "123456" }),
      ]);
      const outcome = await call().then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
      if ("error" in outcome) expectTyped(outcome.error);
      else expect(typeof outcome.result).toBe("object");
    }
  });

  it("SecretCodes: base32 or a ResponseValidationError", async () => {
    const rng = random(SEED + 1);
    let secret: unknown;
    const client = createCognitoClient({
      clientId: "c",
      region: "eu-west-1",
      fetch: async () => new Response(JSON.stringify({ SecretCode: secret, Session: "s" })),
    });
    for (let round = 0; round < ROUNDS; round++) {
      secret =
        rng.next() < 0.5
          ? Array.from({ length: rng.int(40) }, () => rng.pick([..."ABCXYZ234567abc=18 &?#:/%\u202e"])).join(
              "",
            )
          : value(rng);
      const outcome = await client.associateSoftwareToken({ session: "s" }).then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
      if ("error" in outcome) expect((outcome.error as Error).name).toBe("ResponseValidationError");
      else expect(outcome.result.secretCode).toMatch(/^[A-Z2-7]+=*$/i);
    }
  });

  it("a whole sign-in against random answers settles, with no request left pending", async () => {
    const rng = random(SEED + 2);
    const client = createCognitoClient({
      clientId: "c",
      userPoolId: "eu-west-1_AbCdEf123",
      endpoint: "http://fuzz.test/",
      fetch: answering(rng),
    });
    for (let round = 0; round < ROUNDS / 3; round++) {
      const store = createSignIn({ client });
      const stop = store.subscribe(() => {});
      await store.start("alice", { password: "Correct-Horse-1" });
      for (let step = 0; step < 3 && store.getState().status === "challenge"; step++) {
        const challenge = store.getState().challenge;
        if (challenge?.name === "SELECT_CHALLENGE") await store.select("PASSWORD", { password: "p" });
        else await store.answer({ code: "123456" } as never);
      }
      const state = store.getState();
      expect(state.pending).toBe(false);
      if (state.error !== undefined) expectTyped(state.error);
      stop();
      store.dispose();
    }
  });

  describe("the session", () => {
    const header = btoa(JSON.stringify({ alg: "none" }));
    const encode = (claims: string) =>
      btoa(claims).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    const validJwt = (sub: string) =>
      `${header}.${encode(JSON.stringify({ sub, exp: 4_000_000_000, username: sub }))}.x`;

    /** A token: a real JWT, one with random claims, or random text. */
    function token(rng: Random): unknown {
      const roll = rng.next();
      if (roll < 0.3) return validJwt(rng.pick(["zoe", "eve"]));
      if (roll < 0.7) {
        const claims =
          JSON.stringify(mutate(rng, { sub: "zoe", exp: 4_000_000_000, iat: 1, "cognito:groups": ["a"] })) ??
          "";
        return `${header}.${encode(unescape(encodeURIComponent(claims)))}.x`;
      }
      return value(rng);
    }

    async function expectAgreement(session: SessionStore) {
      const state = session.getState();
      const tokens = await session.getTokens().catch((error: unknown) => {
        expectTyped(error);
        return "failed" as const;
      });
      if (tokens === "failed") return;
      expect(state.status === "signedIn").toBe(tokens !== undefined);
      if (tokens) expect(sessionClaims(tokens.accessToken)).toBeDefined();
    }

    function sessionWith(rng: Random, storage = memoryStorage()) {
      const { channel, deliver } = strayChannel();
      const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch: answering(rng) });
      const session = createSession({
        client,
        storage,
        channel,
        lock: localLock(),
        // Retries are armed but never fired: each round looks at one moment.
        timers: { setTimeout: () => 0, clearTimeout: () => {} },
      });
      session.start();
      return { session, deliver };
    }

    it("messages on the channel: taken when they are ours, else ignored", async () => {
      const rng = random(SEED + 3);
      const { session, deliver } = sessionWith(rng);
      for (let round = 0; round < ROUNDS; round++) {
        const message =
          rng.next() < 0.6
            ? mutate(rng, {
                v: 1,
                type: rng.pick(["tokens", "signedOut"]),
                reason: "refreshed",
                tokens: {
                  accessToken: token(rng),
                  refreshToken: "r",
                  idToken: token(rng),
                  expiresAt: 4_000_000_000_000,
                },
              })
            : value(rng);
        expect(() => deliver(message)).not.toThrow();
        await expectAgreement(session);
      }
    });

    it("values in storage: read when they are a session's, else passed over", async () => {
      const rng = random(SEED + 4);
      for (let round = 0; round < ROUNDS; round++) {
        const storage = memoryStorage();
        const stored = mutate(rng, {
          accessToken: token(rng),
          refreshToken: "r",
          idToken: token(rng),
          expiresAt: 4_000_000_000_000,
          deviceKey: "d",
        });
        storage.set(
          "cognito-challenge-ui.session.c",
          rng.next() < 0.2 ? String(value(rng)) : (JSON.stringify(stored) ?? ""),
        );
        const { session } = sessionWith(rng, storage);
        await expectAgreement(session);
      }
    });

    it("tokens handed to signIn: held, or refused with InvalidTokenError", async () => {
      const rng = random(SEED + 5);
      for (let round = 0; round < ROUNDS; round++) {
        const { session } = sessionWith(rng);
        const accessToken = token(rng);
        try {
          session.signIn({
            accessToken: accessToken as string,
            idToken: token(rng) as string,
            refreshToken: "r",
            expiresIn: 3600,
          });
        } catch (error) {
          expect((error as Error).name).toBe("InvalidTokenError");
        }
        await expectAgreement(session);
      }
    });

    it("JWTs: claims or nothing, never a throw", () => {
      const rng = random(SEED + 6);
      for (let round = 0; round < ROUNDS * 2; round++) {
        const candidate = token(rng);
        const text = typeof candidate === "string" ? candidate : (JSON.stringify(candidate) ?? "");
        const claims = decodeJwt(text);
        if (claims) {
          expect(Object.getPrototypeOf(claims)).toBe(Object.prototype);
          expect(Object.hasOwn(claims, "__proto__") || Object.hasOwn(claims, "constructor")).toBe(false);
        }
        expect(() => sessionClaims(text, text)).not.toThrow();
        // Not a string at all, as a JavaScript caller or a stored value may hand one over.
        expect(decodeJwt(candidate as string)).toEqual(
          typeof candidate === "string" ? decodeJwt(candidate) : undefined,
        );
      }
    });
  });
});
