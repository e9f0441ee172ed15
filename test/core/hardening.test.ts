/**
 * Server data and the app's callbacks, read as an attacker or a careless network would send them: a
 * SecretCode that is no base32, JWT claims that name a prototype, bidi controls in text from elsewhere,
 * a `secretHash` that rejects, and threat protection's context data on the calls that take it.
 */
import { forgotPassword } from "../../src/core/account/operations";
import { createCognitoClient } from "../../src/core/client/client";
import { NetworkError, ResponseValidationError } from "../../src/core/client/errors";
import { contextDataFromAwsScript, contextDataScriptUrl } from "../../src/core/contextData/contextData";
import { decodeJwt, sessionClaims } from "../../src/core/session/claims";
import { totpUri } from "../../src/core/totp/totp";
import { isolate, withoutBidiControls } from "../../src/i18n/format";
import { createFakeCognito, scenarios } from "../../src/testing/index";
import { recordingFetch } from "../support/recordingFetch";

const base64url = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const jwt = (claims: unknown) => `${base64url({ alg: "none" })}.${base64url(claims)}.sig`;

describe("a SecretCode and the otpauth:// link", () => {
  it.each([
    ["a query of its own", "JBSWY3DP&issuer=Evil"],
    ["a fragment", "JBSWY3DP#x"],
    ["no base32 at all", "not base32!"],
    ["an empty one", ""],
  ])("a SecretCode with %s is a ResponseValidationError", async (_, secretCode) => {
    const { fetch } = recordingFetch({ body: { SecretCode: secretCode, Session: "s" } });
    const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch });
    const error = await client.associateSoftwareToken({ session: "s" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual(["SecretCode"]);
  });

  it("a base32 SecretCode is read as it came, padding and all", async () => {
    const { fetch } = recordingFetch({ body: { SecretCode: "jbswy3dpehpk3pxp====", Session: "s" } });
    const client = createCognitoClient({ clientId: "c", region: "eu-west-1", fetch });
    expect(await client.associateSoftwareToken({ session: "s" })).toEqual({
      secretCode: "jbswy3dpehpk3pxp====",
      session: "s",
    });
  });

  it("every part of the URI is encoded, the secret too", () => {
    const uri = totpUri({ secret: "AB&issuer#x", issuer: "Acme & Co", account: "zoe?x=1" });
    const url = new URL(uri);
    expect([...url.searchParams.keys()]).toEqual(["secret", "issuer"]);
    expect(url.searchParams.get("secret")).toBe("AB&ISSUER#X");
    expect(url.searchParams.get("issuer")).toBe("Acme & Co");
    expect(url.hash).toBe("");
  });
});

describe("JWT claims", () => {
  it("a claim named __proto__ or constructor is dropped, and no prototype changes", () => {
    const token =
      `${base64url({ alg: "none" })}.` +
      btoa(
        '{"sub":"s","exp":1,"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},"username":"u"}',
      )
        .replace(/\+/g, "-")
        .replace(/\//g, "_")
        .replace(/=+$/, "") +
      ".sig";
    const claims = decodeJwt(token);
    expect(claims).toEqual({ sub: "s", exp: 1, username: "u" });
    expect(Object.getPrototypeOf(claims)).toBe(Object.prototype);
    expect(Object.hasOwn(claims ?? {}, "constructor")).toBe(false);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(sessionClaims(token)).toMatchObject({ sub: "s", username: "u", accessTokenExpiresAt: 1000 });
  });

  it("claims with no finite exp are no session's claims", () => {
    expect(sessionClaims(jwt({ sub: "s", exp: "soon" }))).toBeUndefined();
    // JSON.parse reads 1e400 as Infinity: no expiry a clock can reach.
    const infinite = `${base64url({ alg: "none" })}.${btoa('{"sub":"s","exp":1e400}').replace(/=+$/, "")}.sig`;
    expect(decodeJwt(infinite)).toEqual({ sub: "s", exp: Number.POSITIVE_INFINITY });
    expect(sessionClaims(infinite)).toBeUndefined();
    expect(sessionClaims("opaque")).toBeUndefined();
  });
});

describe("text from elsewhere in a sentence", () => {
  it("bidi controls inside cannot close the isolation early or turn the sentence around", () => {
    const hostile = "eve\u2069\u202e@example.com\u202a\u2066x";
    expect(withoutBidiControls(hostile)).toBe("eve@example.comx");
    const isolated = isolate(hostile);
    expect(isolated).toBe("\u2068eve@example.comx\u2069");
    // One isolate opened, one closed: nothing of the sentence after it is inside.
    expect(isolated.match(/[\u2066-\u2069]/g)).toEqual(["\u2068", "\u2069"]);
  });
});

describe("a secretHash that rejects", () => {
  it("is a NetworkError of the call, for the sign-in's calls and the account's", async () => {
    const { fetch, requests } = recordingFetch({ body: {} });
    const client = createCognitoClient({
      clientId: "c",
      region: "eu-west-1",
      fetch,
      secretHash: async () => {
        throw new TypeError("the app's server is down");
      },
    });
    const signIn = await client
      .initiateAuth({ authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "u", PASSWORD: "p" } })
      .catch((error: unknown) => error);
    expect(signIn).toBeInstanceOf(NetworkError);
    expect(signIn).toMatchObject({
      operation: "InitiateAuth",
      cause: { message: "the app's server is down" },
    });
    const reset = await forgotPassword(client, { username: "u" }).catch((error: unknown) => error);
    expect(reset).toMatchObject({ name: "NetworkError", operation: "ForgotPassword" });
    expect(requests).toHaveLength(0);
  });
});

describe("threat protection's context data", () => {
  const EVERY_CALL_WITHOUT_A_TOKEN = [
    "InitiateAuth",
    "RespondToAuthChallenge",
    "ResendConfirmationCode",
    "ConfirmSignUp",
    "ForgotPassword",
    "ConfirmForgotPassword",
  ];

  it("goes as UserContextData.EncodedData with every call that takes it, for that call's username", async () => {
    const fake = createFakeCognito(scenarios.smsMfa.options());
    const asked: string[] = [];
    const client = createCognitoClient({
      clientId: fake.clientId,
      endpoint: "http://fake.test/",
      fetch: fake,
      userContextData: (username) => {
        asked.push(username);
        return `encoded-for-${username}`;
      },
    });
    const first = await client.initiateAuth({
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "sid", PASSWORD: "Correct-Horse-1" },
    });
    await client.respondToAuthChallenge({
      challengeName: "SMS_MFA",
      session: first.session ?? "",
      challengeResponses: { USERNAME: "sid", SMS_MFA_CODE: fake.lastCode("sid") ?? "" },
    });
    const { resendConfirmationCode, confirmSignUp, confirmForgotPassword } = await import(
      "../../src/core/account/operations"
    );
    await forgotPassword(client, { username: "sid" }).catch(() => {});
    await confirmForgotPassword(client, { username: "sid", confirmationCode: "1", password: "x" }).catch(
      () => {},
    );
    await resendConfirmationCode(client, { username: "sid" }).catch(() => {});
    await confirmSignUp(client, { username: "sid", confirmationCode: "1" }).catch(() => {});
    const sent = fake.calls.map((call) => [call.operation, call.encodedData]);
    expect(new Set(sent.map(([operation]) => operation))).toEqual(new Set(EVERY_CALL_WITHOUT_A_TOKEN));
    for (const [operation, encoded] of sent)
      expect([operation, encoded]).toEqual([operation, "encoded-for-sid"]);
    expect(new Set(asked)).toEqual(new Set(["sid"]));
  });

  it("a provider that fails or gives nothing leaves the call as it was: it still goes", async () => {
    for (const provide of [
      () => undefined,
      () => "",
      () => {
        throw new Error("no script");
      },
      () => Promise.reject(new Error("no script")),
    ]) {
      const { fetch, requests } = recordingFetch({ body: { ChallengeName: "PASSWORD", Session: "s" } });
      const client = createCognitoClient({
        clientId: "c",
        region: "eu-west-1",
        fetch,
        userContextData: provide,
      });
      await client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "u" } });
      expect(requests[0]?.body).not.toHaveProperty("UserContextData");
    }
  });

  it("calls made with a token carry none", async () => {
    const { fetch, requests } = recordingFetch({ body: { SecretCode: "JBSWY3DP" } });
    const provide = vi.fn(() => "encoded");
    const client = createCognitoClient({
      clientId: "c",
      region: "eu-west-1",
      fetch,
      userContextData: provide,
    });
    await client.associateSoftwareToken({ accessToken: "a" });
    expect(requests[0]?.body).not.toHaveProperty("UserContextData");
    expect(provide).not.toHaveBeenCalled();
  });

  it("the fake refuses an EncodedData that is not a string, as Cognito does", async () => {
    const fake = createFakeCognito(scenarios.passwordOnly.options());
    const response = await fake("http://fake.test/", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": "AWSCognitoIdentityProviderService.InitiateAuth",
      },
      body: JSON.stringify({
        AuthFlow: "USER_AUTH",
        ClientId: fake.clientId,
        AuthParameters: { USERNAME: "alice" },
        UserContextData: { EncodedData: 7 },
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: "InvalidParameterException" });
  });

  it("AWS's script loads once, from the pool's region, on first use, and is read per username", async () => {
    expect(contextDataScriptUrl("eu-west-1_AbCdEf123")).toBe(
      "https://amazon-cognito-assets.eu-west-1.amazoncognito.com/amazon-cognito-advanced-security-data.min.js",
    );
    expect(() => contextDataScriptUrl("AbCdEf123")).toThrow(TypeError);
    const provide = contextDataFromAwsScript({ userPoolId: "eu-west-1_AbCdEf123", clientId: "c" });
    expect(document.querySelectorAll("script")).toHaveLength(0);
    const first = provide("zoe");
    const second = provide("zoe");
    const scripts = document.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.src).toBe(contextDataScriptUrl("eu-west-1_AbCdEf123"));
    // What the script does as it runs: defines its global.
    const calls: unknown[][] = [];
    Object.assign(globalThis, {
      AmazonCognitoAdvancedSecurityData: {
        getData: (...args: unknown[]) => {
          calls.push(args);
          return `data-for-${String(args[0])}`;
        },
      },
    });
    scripts[0]?.dispatchEvent(new Event("load"));
    expect(await first).toBe("data-for-zoe");
    expect(await second).toBe("data-for-zoe");
    expect(calls[0]).toEqual(["zoe", "eu-west-1_AbCdEf123", "c"]);
    delete (globalThis as Record<string, unknown>).AmazonCognitoAdvancedSecurityData;
    scripts[0]?.remove();
  });

  it("a script that cannot load gives nothing (the call goes without), and the next call tries again", async () => {
    const provide = contextDataFromAwsScript({ userPoolId: "us-east-1_X", clientId: "c" });
    const first = provide("zoe");
    document.querySelector("script")?.dispatchEvent(new Event("error"));
    expect(await first).toBeUndefined();
    expect(document.querySelectorAll("script")).toHaveLength(0);
    void provide("zoe");
    expect(document.querySelectorAll("script")).toHaveLength(1);
    document.querySelector("script")?.remove();
  });
});
