/**
 * A corpus of answers that are not Cognito's: each must end in the right non-Cognito error type, never
 * in an uncaught exception, a success, or a polluted prototype.
 */
import { createCognitoClient } from "../../src/core/client/client";
import { MalformedResponseError, ResponseValidationError } from "../../src/core/client/errors";
import { recordingFetch } from "../support/recordingFetch";

type Reply = Parameters<typeof recordingFetch>[0];

function initiateAuthAnswering(reply: Reply) {
  const client = createCognitoClient({
    clientId: "c",
    region: "us-east-1",
    fetch: recordingFetch(reply).fetch,
  });
  return client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "u" } }).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

const html = "<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>";
const huge = "x".repeat(5 * 1024 * 1024);

describe("bad responses become typed errors", () => {
  it.each<[string, Reply, string]>([
    [
      "an HTML page with 200",
      { status: 200, body: html, headers: { "content-type": "text/html" } },
      "not-json",
    ],
    [
      "an HTML page with 502",
      { status: 502, body: html, headers: { "content-type": "text/html" } },
      "not-json",
    ],
    ["an empty 200", { status: 200, body: "" }, "empty"],
    ["a 500 with no body", { status: 500, body: "" }, "empty"],
    ["whitespace only", { status: 200, body: "  \n" }, "empty"],
    ["truncated JSON", { status: 200, body: '{"ChallengeName":"SMS_OTP","Sess' }, "not-json"],
    ["truncated error JSON", { status: 400, body: '{"__type":"NotAuth' }, "not-json"],
    ["an error body without a type", { status: 400, body: { message: "nope" } }, "no-error-type"],
    [
      "an error type that is not a name",
      { status: 400, body: { __type: "<script>alert(1)</script>" } },
      "no-error-type",
    ],
    ["an error type that is a number", { status: 400, body: { __type: 42 } }, "no-error-type"],
    ["a 5 MB string", { status: 200, body: JSON.stringify({ ChallengeName: huge }) }, "too-large"],
    ["a 5 MB error", { status: 400, body: JSON.stringify({ __type: "X", message: huge }) }, "too-large"],
  ])("%s → MalformedResponseError", async (_, reply, reason) => {
    const outcome = await initiateAuthAnswering(reply);
    expect(outcome).toHaveProperty("error");
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ reason, status: reply.status ?? 200 });
  });

  it("keeps the Content-Type of an HTML page so it can be told apart", async () => {
    const { error } = (await initiateAuthAnswering({
      status: 502,
      body: html,
      headers: { "content-type": "text/html" },
    })) as {
      error: MalformedResponseError;
    };
    expect(error.contentType).toBe("text/html");
    expect(error.message).not.toContain("Bad Gateway");
  });

  it.each<[string, unknown, string]>([
    ["ChallengeName is a number", { ChallengeName: 5, Session: "s" }, "ChallengeName"],
    ["Session is an object", { ChallengeName: "SMS_OTP", Session: {} }, "Session"],
    [
      "ChallengeParameters is a list",
      { ChallengeName: "SMS_OTP", ChallengeParameters: ["a"] },
      "ChallengeParameters",
    ],
    [
      "AvailableChallenges holds numbers",
      { ChallengeName: "SELECT_CHALLENGE", AvailableChallenges: [1] },
      "AvailableChallenges.0",
    ],
    [
      "ExpiresIn is a string",
      { AuthenticationResult: { AccessToken: "a", ExpiresIn: "3600" } },
      "AuthenticationResult.ExpiresIn",
    ],
    [
      "AccessToken is missing",
      { AuthenticationResult: { IdToken: "i" } },
      "AuthenticationResult.AccessToken",
    ],
    ["neither a challenge nor tokens", {}, ""],
    ["the body is a JSON string", "hello", ""],
    ["the body is null", null, ""],
    ["the body is an array", [1, 2], ""],
    [
      "both a challenge and tokens",
      { ChallengeName: "PASSWORD", AuthenticationResult: { AccessToken: "a" } },
      "",
    ],
    [
      "SELECT_CHALLENGE without choices",
      { ChallengeName: "SELECT_CHALLENGE", Session: "s" },
      "AvailableChallenges",
    ],
    [
      "MFAS_CAN_SETUP that is not JSON",
      {
        ChallengeName: "MFA_SETUP",
        Session: "s",
        ChallengeParameters: { MFAS_CAN_SETUP: "[SOFTWARE_TOKEN_MFA" },
      },
      "ChallengeParameters.MFAS_CAN_SETUP",
    ],
    [
      "CREDENTIAL_REQUEST_OPTIONS without a challenge",
      {
        ChallengeName: "WEB_AUTHN",
        Session: "s",
        ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: '{"rpId":"x"}' },
      },
      "ChallengeParameters.CREDENTIAL_REQUEST_OPTIONS",
    ],
  ])("%s → ResponseValidationError", async (_, body, path) => {
    const outcome = await initiateAuthAnswering({ status: 200, body: JSON.stringify(body) });
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toContain(path);
  });

  it("never puts response values (possibly tokens) into the error", async () => {
    const { error } = (await initiateAuthAnswering({
      status: 200,
      body: { AuthenticationResult: { AccessToken: "SECRET-ACCESS-TOKEN", ExpiresIn: "SECRET-EXPIRES" } },
    })) as { error: ResponseValidationError };
    expect(JSON.stringify({ message: error.message, issues: error.issues })).not.toContain("SECRET");
  });

  it("an unknown challenge name is passed on, not an error", async () => {
    const outcome = await initiateAuthAnswering({
      status: 200,
      body: { ChallengeName: "QUANTUM_MFA", Session: "s", ChallengeParameters: { X: "1" } },
    });
    expect(outcome).toEqual({
      value: { challengeName: "QUANTUM_MFA", session: "s", challengeParameters: { X: "1" } },
    });
  });

  it("__proto__ keys stay data and pollute nothing", async () => {
    const body =
      '{"__proto__":{"polluted":"yes"},"ChallengeName":"CUSTOM_CHALLENGE","Session":"s",' +
      '"ChallengeParameters":{"__proto__":{"isAdmin":"true"},"question":"2+2?"}}';
    const outcome = await initiateAuthAnswering({ status: 200, body });
    const { value } = outcome as { value: { challengeParameters: Record<string, string> } };
    expect(value.challengeParameters).toEqual({ question: "2+2?" });
    expect(Object.getPrototypeOf(value.challengeParameters)).toBe(Object.prototype);
    expect((value as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("__proto__ in an error body is ignored", async () => {
    const { error } = (await initiateAuthAnswering({
      status: 400,
      body: '{"__proto__":{"__type":"NotAuthorizedException"},"message":"m"}',
    })) as { error: MalformedResponseError };
    expect(error).toBeInstanceOf(MalformedResponseError);
  });

  it("accepts the real arrays and objects some emulators send for JSON-encoded parameters", async () => {
    const outcome = await initiateAuthAnswering({
      status: 200,
      body: {
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: "s",
        ChallengeParameters: {
          userAttributes: { email: "a@b.c" },
          requiredAttributes: ["userAttributes.name"],
        },
      },
    });
    expect(outcome).toEqual({
      value: {
        challengeName: "NEW_PASSWORD_REQUIRED",
        session: "s",
        challengeParameters: {
          userAttributes: '{"email":"a@b.c"}',
          requiredAttributes: '["userAttributes.name"]',
        },
      },
    });
  });
});
