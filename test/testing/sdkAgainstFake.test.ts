// @vitest-environment node
/**
 * AWS's own client, unchanged, against the fake: the SDK's requests reach it through a request handler
 * that hands them over as fetch calls, and its answers (dates as epoch seconds, errors by `__type`) are
 * read by the SDK's own deserializers. An account page's calls, from sign-in to a deleted account.
 */
import {
  ChangePasswordCommand,
  CognitoIdentityProviderClient,
  DeleteUserCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ListUserSessionsCommand,
  NotAuthorizedException,
  SetUserMFAPreferenceCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { createFakeCognito, type FakeCognito } from "../../src/testing/index";

const PASSWORD = "Correct-Horse-1";

/** The SDK's HTTP requests, sent to the fake as fetch calls. */
function sdkFor(fake: FakeCognito) {
  return new CognitoIdentityProviderClient({
    region: "eu-west-1",
    endpoint: "http://fake.test",
    credentials: { accessKeyId: "unused", secretAccessKey: "unused" },
    requestHandler: {
      handle: async (request: {
        method: string;
        path: string;
        headers: Record<string, string>;
        body: string | Uint8Array;
      }) => {
        const answer = await fake(`http://fake.test${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body),
        });
        const headers: Record<string, string> = {};
        answer.headers.forEach((value, name) => {
          headers[name] = value;
        });
        return {
          response: {
            statusCode: answer.status,
            headers,
            body: new Uint8Array(await answer.arrayBuffer()),
          },
        };
      },
    },
  });
}

it("an account page's calls, by the SDK, from sign-in to a deleted account", async () => {
  const fake = createFakeCognito({
    pool: { mfa: "OPTIONAL", verifyBeforeUpdate: ["email"], sessionTracking: true },
    users: [{ username: "ada", password: PASSWORD, email: "ada@example.com" }],
  });
  const sdk = sdkFor(fake);
  const signedIn = await sdk.send(
    new InitiateAuthCommand({
      ClientId: fake.clientId,
      AuthFlow: "USER_PASSWORD_AUTH",
      AuthParameters: { USERNAME: "ada", PASSWORD },
    }),
  );
  const AccessToken = signedIn.AuthenticationResult?.AccessToken ?? "";

  const update = await sdk.send(
    new UpdateUserAttributesCommand({
      AccessToken,
      UserAttributes: [
        { Name: "email", Value: "ada@new.example" },
        { Name: "given_name", Value: "Ada" },
      ],
    }),
  );
  expect(update.CodeDeliveryDetailsList).toEqual([
    { Destination: "a***@n***", DeliveryMedium: "EMAIL", AttributeName: "email" },
  ]);
  await sdk.send(
    new VerifyUserAttributeCommand({ AccessToken, AttributeName: "email", Code: fake.lastCode("ada") ?? "" }),
  );
  const user = await sdk.send(new GetUserCommand({ AccessToken }));
  expect(user.UserAttributes).toEqual(
    expect.arrayContaining([
      { Name: "email", Value: "ada@new.example" },
      { Name: "email_verified", Value: "true" },
      { Name: "given_name", Value: "Ada" },
    ]),
  );

  // The SDK's own exception classes, from the fake's errors.
  await expect(
    sdk.send(
      new ChangePasswordCommand({ AccessToken, PreviousPassword: "Wrong-1", ProposedPassword: "New-Pass-1" }),
    ),
  ).rejects.toBeInstanceOf(NotAuthorizedException);
  await sdk.send(
    new ChangePasswordCommand({ AccessToken, PreviousPassword: PASSWORD, ProposedPassword: "New-Pass-12" }),
  );
  await sdk.send(
    new SetUserMFAPreferenceCommand({ AccessToken, EmailMfaSettings: { Enabled: true, PreferredMfa: true } }),
  );
  expect((await sdk.send(new GetUserCommand({ AccessToken }))).PreferredMfaSetting).toBe("EMAIL_OTP");

  // Dates arrive as epoch seconds, which the SDK reads as Dates.
  const { Sessions } = await sdk.send(new ListUserSessionsCommand({ AccessToken }));
  expect(Sessions?.[0]?.CreateDate).toBeInstanceOf(Date);
  expect(Sessions?.[0]?.IsCurrentSession).toBe(true);

  await sdk.send(new DeleteUserCommand({ AccessToken }));
  await expect(sdk.send(new GetUserCommand({ AccessToken }))).rejects.toBeInstanceOf(NotAuthorizedException);
});

it("a step-up by the SDK: USER_AUTH with the access token, at once while the sign-in is recent", async () => {
  const fake = createFakeCognito({ users: [{ username: "ada", password: PASSWORD }] });
  const sdk = sdkFor(fake);
  const signedIn = await sdk.send(
    new InitiateAuthCommand({
      ClientId: fake.clientId,
      AuthFlow: "USER_PASSWORD_AUTH",
      AuthParameters: { USERNAME: "ada", PASSWORD },
    }),
  );
  const stepped = await sdk.send(
    new InitiateAuthCommand({
      ClientId: fake.clientId,
      AuthFlow: "USER_AUTH",
      AuthParameters: {
        USERNAME: "ada",
        ACCESS_TOKEN: signedIn.AuthenticationResult?.AccessToken ?? "",
        TARGET_ACR_VALUES: "urn:cognito:loa:1",
        MAX_AGE: "300",
      },
    }),
  );
  expect(stepped.AuthenticationResult?.AccessToken).toEqual(expect.any(String));
  expect(stepped.ChallengeName).toBeUndefined();
});
