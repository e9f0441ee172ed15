/**
 * What the real service and the proxies in front of it send, beside the tidy shape: null for absent
 * members, errors told only in headers or with `Message`, extra members, 500s. Each is read as AWS's own
 * SDKs read it.
 */
import { createCognitoClient } from "../../src/core/client/client";
import { CognitoError, UnknownCognitoError } from "../../src/core/client/errors";
import { recordingFetch } from "../support/recordingFetch";

type Reply = Parameters<typeof recordingFetch>[0];

function initiate(reply: Reply) {
  const client = createCognitoClient({
    clientId: "c",
    region: "us-east-1",
    fetch: recordingFetch(reply).fetch,
  });
  return client.initiateAuth({ authFlow: "USER_AUTH", authParameters: { USERNAME: "u" } });
}

const failure = (reply: Reply) =>
  initiate(reply).then(
    () => undefined,
    (error: unknown) => error,
  );

describe("null means absent", () => {
  it("a challenge with AuthenticationResult, AvailableChallenges and parameters written as null", async () => {
    const response = await initiate({
      body: {
        ChallengeName: "SMS_MFA",
        Session: "s",
        ChallengeParameters: { CODE_DELIVERY_DESTINATION: "+*******0100", USER_ID_FOR_SRP: null },
        AuthenticationResult: null,
        AvailableChallenges: null,
      },
    });
    expect(response).toEqual({
      challengeName: "SMS_MFA",
      session: "s",
      challengeParameters: { CODE_DELIVERY_DESTINATION: "+*******0100" },
    });
  });

  it("tokens with ChallengeName, Session and NewDeviceMetadata written as null", async () => {
    const response = await initiate({
      body: {
        ChallengeName: null,
        Session: null,
        ChallengeParameters: {},
        AuthenticationResult: {
          AccessToken: "a",
          IdToken: "i",
          RefreshToken: null,
          ExpiresIn: 3600,
          TokenType: "Bearer",
          NewDeviceMetadata: null,
        },
      },
    });
    expect(response).toEqual({
      challengeParameters: {},
      authenticationResult: { accessToken: "a", idToken: "i", expiresIn: 3600, tokenType: "Bearer" },
    });
  });

  it("null entries of a list are skipped; a required member written as null is still missing", async () => {
    const choice = await initiate({
      body: {
        ChallengeName: "SELECT_CHALLENGE",
        Session: "s",
        AvailableChallenges: ["PASSWORD", null, "EMAIL_OTP"],
      },
    });
    expect(choice.availableChallenges).toEqual(["PASSWORD", "EMAIL_OTP"]);
    const error = await failure({ body: { AuthenticationResult: { AccessToken: null } } });
    expect(error).toMatchObject({
      name: "ResponseValidationError",
      issues: [expect.objectContaining({ path: "AuthenticationResult.AccessToken" })],
    });
  });
});

describe("errors as the service and its proxies send them", () => {
  it("told only in the x-amzn-errortype and x-amzn-errormessage headers", async () => {
    const error = await failure({
      status: 400,
      body: "",
      headers: {
        "x-amzn-errortype":
          "NotAuthorizedException:http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp.model/",
        "x-amzn-errormessage": "Incorrect username or password.",
      },
    });
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({
      name: "NotAuthorizedException",
      message: "Incorrect username or password.",
    });
  });

  it("a body with a name but no message takes the header's message", async () => {
    const error = await failure({
      status: 400,
      body: { __type: "TooManyRequestsException" },
      headers: { "x-amzn-errormessage": "Rate exceeded" },
    });
    expect(error).toMatchObject({ name: "TooManyRequestsException", message: "Rate exceeded" });
  });

  it("`Message` instead of `message`", async () => {
    const error = await failure({
      status: 400,
      body: { __type: "UserNotFoundException", Message: "User does not exist." },
    });
    expect(error).toMatchObject({ name: "UserNotFoundException", message: "User does not exist." });
  });

  it("InvalidParameterException keeps its reasonCode and every other member", async () => {
    const error = await failure({
      status: 400,
      body: {
        __type: "InvalidParameterException",
        message: "Cannot use both PREFERRED_CHALLENGE and SRP_A.",
        reasonCode: "INVALID_PARAMETER_COMBINATION",
        context: { parameter: "SRP_A" },
      },
    });
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({
      reasonCode: "INVALID_PARAMETER_COMBINATION",
      members: { reasonCode: "INVALID_PARAMETER_COMBINATION", context: { parameter: "SRP_A" } },
    });
  });

  it("InternalErrorException with HTTP 500 is Cognito's error, not a broken response", async () => {
    const error = await failure({
      status: 500,
      body: { __type: "InternalErrorException", message: "Internal server error." },
    });
    expect(error).toBeInstanceOf(CognitoError);
    expect(error).toMatchObject({ name: "InternalErrorException", status: 500 });
  });

  it("SerializationException (a member of the wrong type) is kept with its message", async () => {
    const error = await failure({
      status: 400,
      body: {
        __type: "SerializationException",
        Message: "Start of structure or map found where not expected.",
      },
    });
    expect(error).toBeInstanceOf(UnknownCognitoError);
    expect(error).toMatchObject({
      exceptionName: "SerializationException",
      message: "Start of structure or map found where not expected.",
    });
  });
});
