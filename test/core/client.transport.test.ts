import { createCognitoClient, type FetchLike, resolveEndpoint } from "../../src/core/client/client";
import { AbortError, CognitoError, NetworkError, TimeoutError } from "../../src/core/client/errors";
import { associateSoftwareTokenOperation } from "../../src/core/client/operations/associateSoftwareToken";
import { initiateAuthOperation } from "../../src/core/client/operations/initiateAuth";
import { verifySoftwareTokenOperation } from "../../src/core/client/operations/verifySoftwareToken";
import type { AuthResponse } from "../../src/core/types";
import { recordingFetch } from "../support/recordingFetch";

const tokens = {
  AuthenticationResult: {
    AccessToken: "a",
    IdToken: "i",
    RefreshToken: "r",
    ExpiresIn: 3600,
    TokenType: "Bearer",
  },
};
const passwordAuth = {
  authFlow: "USER_PASSWORD_AUTH",
  authParameters: { USERNAME: "alice", PASSWORD: "pw" },
} as const;

/** A fetch that never answers, and (like some polyfills) ignores its signal. */
const hangingFetch: FetchLike = () => new Promise<Response>(() => {});

describe("endpoint", () => {
  it.each([
    [{ region: "eu-west-1" }, "https://cognito-idp.eu-west-1.amazonaws.com/"],
    [{ userPoolId: "ap-southeast-2_AbC123" }, "https://cognito-idp.ap-southeast-2.amazonaws.com/"],
    [{ userPoolId: "cn-north-1_AbC123" }, "https://cognito-idp.cn-north-1.amazonaws.com.cn/"],
    [
      { region: "us-gov-west-1", userPoolId: "eu-west-1_x" },
      "https://cognito-idp.us-gov-west-1.amazonaws.com/",
    ],
    [{ endpoint: "http://localhost:9229", region: "eu-west-1" }, "http://localhost:9229"],
    [{ endpoint: "/api/cognito" }, "/api/cognito"],
  ])("%o → %s", (options, url) => {
    expect(resolveEndpoint(options)).toBe(url);
  });

  it.each([{}, { region: "Europe" }, { userPoolId: "nounderscore" }, { endpoint: " " }])(
    "refuses %o with a clear message",
    (options) => {
      expect(() => createCognitoClient({ clientId: "c", ...options })).toThrow(/createCognitoClient/);
    },
  );

  it("posts to the resolved endpoint", async () => {
    const { fetch, requests } = recordingFetch({ body: tokens });
    await createCognitoClient({ clientId: "c", userPoolId: "eu-central-1_X", fetch }).initiateAuth(
      passwordAuth,
    );
    expect(requests[0]?.url).toBe("https://cognito-idp.eu-central-1.amazonaws.com/");
  });
});

describe("headers", () => {
  it("sends no-store and the app's extra headers, which cannot replace the protocol's", async () => {
    const { fetch, requests } = recordingFetch({ body: tokens });
    const client = createCognitoClient({
      clientId: "c",
      region: "eu-west-1",
      fetch,
      headers: { "X-Proxy-Key": "k", "Content-Type": "text/plain", "X-Amz-Target": "Evil.Op" },
    });
    await client.initiateAuth(passwordAuth);
    expect(requests[0]?.headers).toMatchObject({
      "x-proxy-key": "k",
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth",
      "cache-control": "no-store",
    });
  });
});

describe("SECRET_HASH", () => {
  it("is computed by the callback for the username and added to AuthParameters and ChallengeResponses", async () => {
    const { fetch, requests } = recordingFetch({ body: tokens });
    const secretHash = vi.fn(async (username: string) => `hash-of-${username}`);
    const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch, secretHash });
    await client.initiateAuth(passwordAuth);
    await client.respondToAuthChallenge({
      challengeName: "SMS_OTP",
      session: "s",
      challengeResponses: { USERNAME: "user-id-for-srp", SMS_OTP_CODE: "1" },
    });
    expect(requests[0]?.body).toMatchObject({
      AuthParameters: { USERNAME: "alice", SECRET_HASH: "hash-of-alice" },
    });
    expect(requests[1]?.body).toMatchObject({
      ChallengeResponses: { USERNAME: "user-id-for-srp", SECRET_HASH: "hash-of-user-id-for-srp" },
    });
  });

  it("is not sent without a callback, and an explicit one is kept", async () => {
    const { fetch, requests } = recordingFetch({ body: tokens });
    await createCognitoClient({ clientId: "c", region: "eu-west-1", fetch }).initiateAuth(passwordAuth);
    await createCognitoClient({
      clientId: "c",
      region: "eu-west-1",
      fetch,
      secretHash: () => "computed",
    }).initiateAuth({
      ...passwordAuth,
      authParameters: { ...passwordAuth.authParameters, SECRET_HASH: "given" },
    });
    expect(requests[0]?.body).not.toHaveProperty("AuthParameters.SECRET_HASH");
    expect(requests[1]?.body).toHaveProperty("AuthParameters.SECRET_HASH", "given");
  });
});

describe("transport failures", () => {
  it("a rejected fetch is a NetworkError with the cause kept", async () => {
    const cause = new TypeError("Failed to fetch");
    const client = createCognitoClient({
      clientId: "c",
      region: "eu-west-1",
      fetch: () => Promise.reject(cause),
    });
    const error = await client.initiateAuth(passwordAuth).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBe(cause);
  });

  it("a body that fails while reading is a NetworkError", async () => {
    const broken = new Response(
      new ReadableStream({
        start(controller) {
          controller.error(new Error("connection reset"));
        },
      }),
    );
    const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch: async () => broken });
    await expect(client.initiateAuth(passwordAuth)).rejects.toBeInstanceOf(NetworkError);
  });

  it("a call that takes longer than timeoutMs is a TimeoutError, even if fetch ignores its signal", async () => {
    let seenSignal: AbortSignal | undefined;
    const client = createCognitoClient({
      clientId: "c",
      region: "eu-west-1",
      timeoutMs: 20,
      fetch: (_url, init) => {
        seenSignal = init.signal ?? undefined;
        return hangingFetch(_url, init);
      },
    });
    const error = await client.initiateAuth(passwordAuth).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 20, operation: "InitiateAuth" });
    expect(seenSignal?.aborted).toBe(true);
  });

  it("a slow secretHash counts against the timeout", async () => {
    const client = createCognitoClient({
      clientId: "c",
      region: "eu-west-1",
      timeoutMs: 20,
      fetch: recordingFetch({ body: tokens }).fetch,
      secretHash: () => new Promise<string>(() => {}),
    });
    await expect(client.initiateAuth(passwordAuth)).rejects.toBeInstanceOf(TimeoutError);
  });

  it("the caller's signal aborts a call in flight with AbortError", async () => {
    const controller = new AbortController();
    const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch: hangingFetch });
    const pending = client.initiateAuth(passwordAuth, { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(await pending).toBeInstanceOf(AbortError);
  });

  it("an already aborted signal sends nothing", async () => {
    const { fetch, requests } = recordingFetch({ body: tokens });
    const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch });
    await expect(client.initiateAuth(passwordAuth, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortError,
    );
    expect(requests).toHaveLength(0);
  });

  it("a Cognito error answered before the timeout is not a TimeoutError", async () => {
    const { fetch } = recordingFetch({
      status: 400,
      body: { __type: "NotAuthorizedException", message: "m" },
    });
    const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch, timeoutMs: 5000 });
    await expect(client.initiateAuth(passwordAuth)).rejects.toBeInstanceOf(CognitoError);
  });
});

describe("successful answers", () => {
  it("are converted to camelCase", async () => {
    const { fetch } = recordingFetch(
      {
        body: {
          ChallengeName: "SELECT_CHALLENGE",
          Session: "s1",
          ChallengeParameters: {},
          AvailableChallenges: ["PASSWORD", "EMAIL_OTP"],
        },
      },
      {
        body: {
          ...tokens,
          AuthenticationResult: {
            ...tokens.AuthenticationResult,
            NewDeviceMetadata: { DeviceKey: "k", DeviceGroupKey: "g" },
          },
        },
      },
      { body: { SecretCode: "JBSWY3DPEHPK3PXP", Session: "s2" } },
      { body: { Status: "SUCCESS", Session: "s3" } },
    );
    const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch });
    expect(await client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "u" } })).toEqual({
      challengeName: "SELECT_CHALLENGE",
      session: "s1",
      challengeParameters: {},
      availableChallenges: ["PASSWORD", "EMAIL_OTP"],
    });
    expect(
      await client.respondToAuthChallenge({
        challengeName: "PASSWORD",
        session: "s1",
        challengeResponses: { USERNAME: "u", PASSWORD: "p" },
      }),
    ).toEqual({
      authenticationResult: {
        accessToken: "a",
        idToken: "i",
        refreshToken: "r",
        expiresIn: 3600,
        tokenType: "Bearer",
        newDeviceMetadata: { deviceKey: "k", deviceGroupKey: "g" },
      },
    });
    expect(await client.associateSoftwareToken({ session: "s1" })).toEqual({
      secretCode: "JBSWY3DPEHPK3PXP",
      session: "s2",
    });
    expect(await client.verifySoftwareToken({ session: "s2", userCode: " 123456 " })).toEqual({
      status: "SUCCESS",
      session: "s3",
    });
  });

  it.each([
    ["AssociateSoftwareToken without SecretCode", { Session: "s" }],
    ["VerifySoftwareToken with an unknown Status", { Status: "MAYBE" }],
  ])("%s is a ResponseValidationError", async (name, body) => {
    const { fetch } = recordingFetch({ body });
    const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch });
    const call = name.startsWith("Associate")
      ? client.associateSoftwareToken({ session: "s" })
      : client.verifySoftwareToken({ session: "s", userCode: "1" });
    await expect(call).rejects.toMatchObject({ name: "ResponseValidationError" });
  });
});

describe("the way back to the wire, for fixtures", () => {
  it.each([
    {
      challengeName: "SELECT_CHALLENGE",
      session: "s",
      challengeParameters: { USER_ID_FOR_SRP: "u" },
      availableChallenges: ["PASSWORD", "EMAIL_OTP"],
    },
    {
      authenticationResult: {
        accessToken: "a",
        idToken: "i",
        refreshToken: "r",
        expiresIn: 3600,
        tokenType: "Bearer",
        newDeviceMetadata: { deviceKey: "k", deviceGroupKey: "g" },
      },
    },
  ] as AuthResponse[])(
    "an auth response survives toWire → the client's parsing unchanged",
    async (response) => {
      const wire = initiateAuthOperation.responseToWire(response);
      expect(Object.keys(wire).every((key) => /^[A-Z]/.test(key))).toBe(true);
      const { fetch } = recordingFetch({ body: wire });
      const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch });
      expect(await client.initiateAuth(passwordAuth)).toEqual(response);
    },
  );

  it("associate and verify responses too", () => {
    expect(associateSoftwareTokenOperation.responseToWire({ secretCode: "S", session: "x" })).toEqual({
      SecretCode: "S",
      Session: "x",
    });
    expect(verifySoftwareTokenOperation.responseToWire({ status: "SUCCESS" })).toEqual({ Status: "SUCCESS" });
    expect(associateSoftwareTokenOperation.parseResponse({ SecretCode: "S", Session: "x" })).toEqual({
      ok: true,
      value: { secretCode: "S", session: "x" },
    });
  });
});
