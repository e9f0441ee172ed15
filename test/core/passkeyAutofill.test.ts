import { parseChallenge } from "../../src/core/challenges";
import { createCognitoClient } from "../../src/core/client/client";
import {
  type PasskeyAutofillRequest,
  waitForAutofilledPasskey,
} from "../../src/core/signIn/passkeyAutofill.lazy";
import type { CredentialsLike } from "../../src/core/webauthn/webauthn.lazy";
import { createFakeCognito, scenarios } from "../../src/testing/index";
import { conditionalCredentials } from "../support/conditionalCredentials";

const VALIDITY = 3 * 60_000;

/** The fake behind a real client, counting what went over the wire by operation. */
function setup(now = { ms: 1_700_000_000_000 }) {
  const options = scenarios.passkey.options();
  const fake = createFakeCognito({
    ...options,
    // Pat signs in with a password or an emailed code, and has no passkey.
    users: [
      ...options.users,
      { username: "pat", password: "Correct-Horse-1", firstFactors: ["PASSWORD", "EMAIL_OTP"] },
    ],
    clock: () => now.ms,
  });
  const sent: string[] = [];
  const client = createCognitoClient({
    clientId: fake.clientId,
    endpoint: "http://fake.test/",
    fetch: (url, init) => {
      sent.push(String(new Headers(init.headers).get("x-amz-target")).split(".").pop() ?? "");
      return fake(url, init);
    },
  });
  return { fake, sent, client, now };
}

function request(
  context: ReturnType<typeof setup>,
  credentials: CredentialsLike | undefined,
  signal: AbortSignal,
  username = "pia",
): PasskeyAutofillRequest {
  return {
    credentials,
    // What useSignIn hands in: InitiateAuth for the user with WEB_AUTHN preferred, WEB_AUTHN or nothing.
    async issueChallenge(callSignal) {
      const response = await context.client.initiateAuth(
        { authFlow: "USER_AUTH", authParameters: { USERNAME: username, PREFERRED_CHALLENGE: "WEB_AUTHN" } },
        { signal: callSignal },
      );
      const challenge = parseChallenge(response, username);
      return challenge?.name === "WEB_AUTHN" ? challenge : undefined;
    },
    clock: () => context.now.ms,
    sessionValidityMs: VALIDITY,
    signal,
  };
}

function challengeOf(options: CredentialRequestOptions): string {
  return btoa(String.fromCharCode(...new Uint8Array(options.publicKey?.challenge as ArrayBuffer)));
}

afterEach(() => {
  vi.useRealTimers();
});

it("asks Cognito for the user's passkey options and offers them as a conditional request", async () => {
  const context = setup();
  const { credentials, requests } = conditionalCredentials();
  const offer = waitForAutofilledPasskey(request(context, credentials, new AbortController().signal));
  await vi.waitFor(() => expect(requests).toHaveLength(1));
  expect(context.sent).toEqual(["InitiateAuth"]);
  expect(requests[0]?.options.mediation).toBe("conditional");
  const assertion = context.fake.passkeyAssertion("pia");
  requests[0]?.choose(assertion as object);
  const chosen = await offer;
  expect(chosen?.challenge.name).toBe("WEB_AUTHN");
  expect(chosen?.challenge.session).toEqual(expect.any(String));
  expect(chosen?.credential).toEqual(assertion);
});

it("sends nothing where the browser cannot autofill passkeys", async () => {
  const context = setup();
  const { credentials, requests } = conditionalCredentials(false);
  const { get } = credentials;
  expect(await waitForAutofilledPasskey(request(context, credentials, new AbortController().signal))).toBe(
    undefined,
  );
  expect(await waitForAutofilledPasskey(request(context, { get }, new AbortController().signal))).toBe(
    undefined,
  );
  expect(await waitForAutofilledPasskey(request(context, undefined, new AbortController().signal))).toBe(
    undefined,
  );
  expect(context.sent).toEqual([]);
  expect(requests).toEqual([]);
});

it("offers nothing for a user without a passkey: Cognito's other challenge is left unanswered", async () => {
  const context = setup();
  const { credentials, requests } = conditionalCredentials();
  expect(
    await waitForAutofilledPasskey(request(context, credentials, new AbortController().signal, "pat")),
  ).toBe(undefined);
  expect(context.sent).toEqual(["InitiateAuth"]);
  expect(context.fake.deliveries).toEqual([]);
  expect(requests).toEqual([]);
});

it("ends quietly when Cognito refuses the offer", async () => {
  const context = setup();
  context.fake.failNext("InitiateAuth", { error: "TooManyRequestsException" });
  const { credentials, requests } = conditionalCredentials();
  expect(await waitForAutofilledPasskey(request(context, credentials, new AbortController().signal))).toBe(
    undefined,
  );
  expect(context.sent).toEqual(["InitiateAuth"]);
  expect(requests).toEqual([]);
});

it("renews the offer with a fresh session before Cognito's expires", async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const context = setup();
  const { credentials, requests } = conditionalCredentials();
  const offer = waitForAutofilledPasskey(request(context, credentials, new AbortController().signal));
  await vi.waitFor(() => expect(requests).toHaveLength(1));
  const first = requests[0];

  context.now.ms += VALIDITY - 16_000;
  await vi.advanceTimersByTimeAsync(VALIDITY - 16_000);
  expect(first?.options.signal?.aborted).toBe(false);
  expect(context.sent).toEqual(["InitiateAuth"]);

  context.now.ms += 2_000;
  await vi.advanceTimersByTimeAsync(2_000);
  expect(first?.options.signal?.aborted).toBe(true);
  await vi.waitFor(() => expect(requests).toHaveLength(2));
  expect(context.sent).toEqual(["InitiateAuth", "InitiateAuth"]);
  const second = requests[1];
  expect(challengeOf(second?.options as CredentialRequestOptions)).not.toBe(
    challengeOf(first?.options as CredentialRequestOptions),
  );
  second?.choose({ id: "chosen" });
  expect((await offer)?.credential).toEqual({ id: "chosen" });
});

it("waits for a hidden page to be seen before asking Cognito", async () => {
  const visibility = vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
  try {
    const context = setup();
    const { credentials, requests } = conditionalCredentials();
    void waitForAutofilledPasskey(request(context, credentials, new AbortController().signal));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(context.sent).toEqual([]);
    visibility.mockReturnValue("visible");
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(context.sent).toEqual(["InitiateAuth"]);
  } finally {
    visibility.mockRestore();
  }
});

it("aborting ends the browser's request and the offer", async () => {
  const context = setup();
  const { credentials, requests } = conditionalCredentials();
  const controller = new AbortController();
  const offer = waitForAutofilledPasskey(request(context, credentials, controller.signal));
  await vi.waitFor(() => expect(requests).toHaveLength(1));
  controller.abort();
  expect(await offer).toBe(undefined);
  expect(requests[0]?.options.signal?.aborted).toBe(true);
  expect(context.sent).toEqual(["InitiateAuth"]);
});
