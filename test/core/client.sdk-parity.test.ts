/**
 * Our requests must be what AWS's own SDK sends for the same input: same method, path, Content-Type,
 * X-Amz-Target and JSON body. The SDK runs for real with a request handler that captures the request
 * instead of sending it.
 */
import {
  AssociateSoftwareTokenCommand,
  type ChallengeNameType,
  ChangePasswordCommand,
  CognitoIdentityProviderClient,
  CompleteWebAuthnRegistrationCommand,
  ConfirmDeviceCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  DeleteUserCommand,
  DeleteWebAuthnCredentialCommand,
  ForgetDeviceCommand,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserAuthFactorsCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ListDevicesCommand,
  ListUserSessionsCommand,
  ListWebAuthnCredentialsCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  RevokeUserSessionCommand,
  SetUserMFAPreferenceCommand,
  SignUpCommand,
  StartWebAuthnRegistrationCommand,
  UpdateDeviceStatusCommand,
  UpdateUserAttributesCommand,
  VerifySoftwareTokenCommand,
  VerifyUserAttributeCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import {
  confirmForgotPassword,
  confirmSignUp,
  forgotPassword,
  resendConfirmationCode,
  signUp,
} from "../../src/core/account/operations";
import { createCognitoClient } from "../../src/core/client/client";
import { changePasswordCommand } from "../../src/core/commands/changePassword";
import { completeWebAuthnRegistrationCommand } from "../../src/core/commands/completeWebAuthnRegistration";
import { deleteUserCommand } from "../../src/core/commands/deleteUser";
import { deleteWebAuthnCredentialCommand } from "../../src/core/commands/deleteWebAuthnCredential";
import { forgetDeviceCommand } from "../../src/core/commands/forgetDevice";
import { getUserAttributeVerificationCodeCommand } from "../../src/core/commands/getUserAttributeVerificationCode";
import { getUserAuthFactorsCommand } from "../../src/core/commands/getUserAuthFactors";
import { listDevicesCommand } from "../../src/core/commands/listDevices";
import { listUserSessionsCommand } from "../../src/core/commands/listUserSessions";
import { listWebAuthnCredentialsCommand } from "../../src/core/commands/listWebAuthnCredentials";
import { revokeUserSessionCommand } from "../../src/core/commands/revokeUserSession";
import { setUserMfaPreferenceCommand } from "../../src/core/commands/setUserMfaPreference";
import { startWebAuthnRegistrationCommand } from "../../src/core/commands/startWebAuthnRegistration";
import { updateUserAttributesCommand } from "../../src/core/commands/updateUserAttributes";
import { verifyUserAttributeCommand } from "../../src/core/commands/verifyUserAttribute";
import {
  getTokensFromRefreshToken,
  getUser,
  globalSignOut,
  revokeToken,
} from "../../src/core/session/operations";
import type { InitiateAuthInput, RespondToAuthChallengeInput } from "../../src/core/types";
import { recordingFetch } from "../support/recordingFetch";

/** Thrown by the capturing handler so the SDK stops before sending. */
class Captured extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly host: string,
    readonly headers: Record<string, string>,
    readonly body: unknown,
  ) {
    super("captured");
  }
}

function sdkCapture(endpoint?: string) {
  let captured: Captured | undefined;
  const client = new CognitoIdentityProviderClient({
    region: "eu-west-1",
    ...(endpoint ? { endpoint } : {}),
    requestHandler: {
      handle: async (request: {
        method: string;
        path: string;
        hostname: string;
        port?: number;
        headers: Record<string, string>;
        body: string | Uint8Array;
      }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
        captured = new Captured(
          request.method,
          request.path,
          request.port ? `${request.hostname}:${request.port}` : request.hostname,
          headers,
          JSON.parse(
            typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body),
          ),
        );
        throw captured;
      },
    },
  });
  return {
    async send(run: (sdk: CognitoIdentityProviderClient) => Promise<unknown>): Promise<Captured> {
      await run(client).catch((error: unknown) => {
        if (!(error instanceof Captured)) throw error;
      });
      if (!captured) throw new Error("the SDK sent nothing");
      return captured;
    },
  };
}

function ours(endpoint?: string, secretHash?: (username: string) => string) {
  const { fetch, requests } = recordingFetch({ status: 500, body: "" });
  const client = createCognitoClient({
    clientId: "client123",
    ...(endpoint ? { endpoint } : { region: "eu-west-1" }),
    fetch,
    ...(secretHash ? { secretHash } : {}),
  });
  const last = () => {
    const request = requests.at(-1);
    if (!request) throw new Error("our client sent nothing");
    const url = new URL(request.url);
    return {
      method: request.method,
      path: url.pathname,
      host: url.host,
      headers: request.headers,
      body: request.body,
    };
  };
  return { client, last };
}

function expectSame(ourRequest: ReturnType<ReturnType<typeof ours>["last"]>, sdk: Captured) {
  expect(ourRequest.method).toBe(sdk.method);
  expect(ourRequest.path).toBe(sdk.path);
  expect(ourRequest.host).toBe(sdk.host);
  expect(ourRequest.headers["content-type"]).toBe(sdk.headers["content-type"]);
  expect(ourRequest.headers["x-amz-target"]).toBe(sdk.headers["x-amz-target"]);
  expect(ourRequest.body).toEqual(sdk.body);
}

const initiateAuthInputs: InitiateAuthInput[] = [
  { authFlow: "USER_AUTH", authParameters: { USERNAME: "alice" } },
  {
    authFlow: "USER_AUTH",
    authParameters: { USERNAME: "alice", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "pw" },
  },
  { authFlow: "USER_PASSWORD_AUTH", authParameters: { USERNAME: "bob@example.com", PASSWORD: "p ä ss" } },
  { authFlow: "REFRESH_TOKEN_AUTH", authParameters: { REFRESH_TOKEN: "refresh.token.value" } },
  // After a sign-up: ConfirmSignUp's Session as the top-level member.
  { authFlow: "USER_AUTH", authParameters: { USERNAME: "dora" }, session: "confirm-sign-up-session" },
  {
    authFlow: "CUSTOM_AUTH",
    authParameters: { USERNAME: "carol" },
    clientMetadata: { source: "web", lang: "fr" },
    userContextData: { encodedData: "ENC", ipAddress: "192.0.2.1" },
    analyticsMetadata: { analyticsEndpointId: "endpoint-1" },
  },
];

const respondInputs: RespondToAuthChallengeInput[] = [
  {
    challengeName: "SMS_OTP",
    session: "sess-1",
    challengeResponses: { USERNAME: "alice", SMS_OTP_CODE: "123456" },
  },
  {
    challengeName: "SELECT_CHALLENGE",
    session: "s",
    challengeResponses: { USERNAME: "a", ANSWER: "PASSWORD", PASSWORD: "x" },
  },
  {
    challengeName: "NEW_PASSWORD_REQUIRED",
    session: "s2",
    challengeResponses: { USERNAME: "a", NEW_PASSWORD: "N3w!", "userAttributes.given_name": "Zoë" },
    clientMetadata: { k: "v" },
  },
];

describe("requests match the AWS SDK", () => {
  it.each(initiateAuthInputs)("InitiateAuth $authFlow", async (input) => {
    const { client, last } = ours();
    await client.initiateAuth(input).catch(() => {});
    const sdk = await sdkCapture().send((sdk) =>
      sdk.send(
        new InitiateAuthCommand({
          ClientId: "client123",
          AuthFlow: input.authFlow,
          AuthParameters: input.authParameters,
          Session: input.session,
          ClientMetadata: input.clientMetadata,
          UserContextData: input.userContextData && { EncodedData: "ENC", IpAddress: "192.0.2.1" },
          AnalyticsMetadata: input.analyticsMetadata && { AnalyticsEndpointId: "endpoint-1" },
        }),
      ),
    );
    expectSame(last(), sdk);
  });

  it.each(respondInputs)("RespondToAuthChallenge $challengeName", async (input) => {
    const { client, last } = ours();
    await client.respondToAuthChallenge(input).catch(() => {});
    const sdk = await sdkCapture().send((sdk) =>
      sdk.send(
        new RespondToAuthChallengeCommand({
          ClientId: "client123",
          ChallengeName: input.challengeName as ChallengeNameType,
          Session: input.session,
          ChallengeResponses: input.challengeResponses,
          ClientMetadata: input.clientMetadata,
        }),
      ),
    );
    expectSame(last(), sdk);
  });

  it.each([{ session: "setup-session" }, { accessToken: "access.token" }])(
    "AssociateSoftwareToken %o",
    async (input) => {
      const { client, last } = ours();
      await client.associateSoftwareToken(input).catch(() => {});
      const sdk = await sdkCapture().send((sdk) =>
        sdk.send(
          new AssociateSoftwareTokenCommand({ Session: input.session, AccessToken: input.accessToken }),
        ),
      );
      expectSame(last(), sdk);
    },
  );

  it.each([
    { session: "setup-session", userCode: "123456" },
    { accessToken: "access.token", userCode: "654321", friendlyDeviceName: "Zoë's phone" },
  ])("VerifySoftwareToken %o", async (input) => {
    const { client, last } = ours();
    await client.verifySoftwareToken(input).catch(() => {});
    const sdk = await sdkCapture().send((sdk) =>
      sdk.send(
        new VerifySoftwareTokenCommand({
          Session: input.session,
          AccessToken: input.accessToken,
          UserCode: input.userCode,
          FriendlyDeviceName: input.friendlyDeviceName,
        }),
      ),
    );
    expectSame(last(), sdk);
  });

  it.each([{ deviceName: "Firefox on Linux" }, {}])("ConfirmDevice %o", async (extra) => {
    const { client, last } = ours();
    const config = { salt: "c2FsdC1ieXRlcw==", passwordVerifier: "dmVyaWZpZXI=" };
    await client
      .confirmDevice({
        accessToken: "access.token",
        deviceKey: "eu-west-1_dev",
        deviceSecretVerifierConfig: config,
        ...extra,
      })
      .catch(() => {});
    const sdk = await sdkCapture().send((sdk) =>
      sdk.send(
        new ConfirmDeviceCommand({
          AccessToken: "access.token",
          DeviceKey: "eu-west-1_dev",
          DeviceSecretVerifierConfig: { Salt: config.salt, PasswordVerifier: config.passwordVerifier },
          DeviceName: extra.deviceName,
        }),
      ),
    );
    expectSame(last(), sdk);
  });

  it.each([true, false])("UpdateDeviceStatus remembered=%s", async (remembered) => {
    const { client, last } = ours();
    await client
      .updateDeviceStatus({ accessToken: "access.token", deviceKey: "eu-west-1_dev", remembered })
      .catch(() => {});
    const sdk = await sdkCapture().send((sdk) =>
      sdk.send(
        new UpdateDeviceStatusCommand({
          AccessToken: "access.token",
          DeviceKey: "eu-west-1_dev",
          DeviceRememberedStatus: remembered ? "remembered" : "not_remembered",
        }),
      ),
    );
    expectSame(last(), sdk);
  });

  it.each([{}, { deviceKey: "eu-west-1_dev", clientSecret: "s3cret", clientMetadata: { app: "web" } }])(
    "GetTokensFromRefreshToken %o",
    async (extra) => {
      const { client, last } = ours();
      await getTokensFromRefreshToken(client, { refreshToken: "refresh.token", ...extra }).catch(() => {});
      const sdk = await sdkCapture().send((sdk) =>
        sdk.send(
          new GetTokensFromRefreshTokenCommand({
            ClientId: "client123",
            RefreshToken: "refresh.token",
            ClientSecret: extra.clientSecret,
            DeviceKey: extra.deviceKey,
            ClientMetadata: extra.clientMetadata,
          }),
        ),
      );
      expectSame(last(), sdk);
    },
  );

  it.each([{}, { clientSecret: "s3cret" }])("RevokeToken %o", async (extra) => {
    const { client, last } = ours();
    await revokeToken(client, { token: "refresh.token", ...extra }).catch(() => {});
    const sdk = await sdkCapture().send((sdk) =>
      sdk.send(
        new RevokeTokenCommand({
          ClientId: "client123",
          Token: "refresh.token",
          ClientSecret: extra.clientSecret,
        }),
      ),
    );
    expectSame(last(), sdk);
  });

  // The account operations, each without and with a secret hash (from the client's `secretHash`).
  const hashes = [undefined, (username: string) => `hash-of-${username}`];
  const meta = { clientMetadata: { source: "web" } };

  it.each(hashes)("ForgotPassword and ResendConfirmationCode (secret hash: %s)", async (hash) => {
    const { client, last } = ours(undefined, hash);
    await forgotPassword(client, { username: "zoë@example.com", ...meta }).catch(() => {});
    const forgot = last();
    await resendConfirmationCode(client, { username: "zoë@example.com" }).catch(() => {});
    const resend = last();
    const SecretHash = hash?.("zoë@example.com");
    expectSame(
      forgot,
      await sdkCapture().send((sdk) =>
        sdk.send(
          new ForgotPasswordCommand({
            ClientId: "client123",
            Username: "zoë@example.com",
            SecretHash,
            ClientMetadata: { source: "web" },
          }),
        ),
      ),
    );
    expectSame(
      resend,
      await sdkCapture().send((sdk) =>
        sdk.send(
          new ResendConfirmationCodeCommand({
            ClientId: "client123",
            Username: "zoë@example.com",
            SecretHash,
          }),
        ),
      ),
    );
  });

  it.each(hashes)("ConfirmForgotPassword and ConfirmSignUp (secret hash: %s)", async (hash) => {
    const { client, last } = ours(undefined, hash);
    await confirmForgotPassword(client, {
      username: "zoe",
      confirmationCode: "123456",
      password: "N3w pässword!",
      ...meta,
    }).catch(() => {});
    const reset = last();
    await confirmSignUp(client, {
      username: "zoe",
      confirmationCode: "654321",
      session: "sign-up-session",
      forceAliasCreation: true,
    }).catch(() => {});
    const confirm = last();
    const SecretHash = hash?.("zoe");
    expectSame(
      reset,
      await sdkCapture().send((sdk) =>
        sdk.send(
          new ConfirmForgotPasswordCommand({
            ClientId: "client123",
            Username: "zoe",
            ConfirmationCode: "123456",
            Password: "N3w pässword!",
            SecretHash,
            ClientMetadata: { source: "web" },
          }),
        ),
      ),
    );
    expectSame(
      confirm,
      await sdkCapture().send((sdk) =>
        sdk.send(
          new ConfirmSignUpCommand({
            ClientId: "client123",
            Username: "zoe",
            ConfirmationCode: "654321",
            Session: "sign-up-session",
            ForceAliasCreation: true,
            SecretHash,
          }),
        ),
      ),
    );
  });

  it.each(hashes)("SignUp, with and without a password (secret hash: %s)", async (hash) => {
    const { client, last } = ours(undefined, hash);
    await signUp(client, {
      username: "zoë@example.com",
      password: "N3w pässword!",
      userAttributes: { email: "zoë@example.com", phone_number: "+442079460958", "custom:tier": "gold" },
      validationData: { consent: "2026-12-07" },
      userContextData: { encodedData: "ENC", ipAddress: "192.0.2.1" },
      analyticsMetadata: { analyticsEndpointId: "endpoint-1" },
      ...meta,
    }).catch(() => {});
    const withPassword = last();
    await signUp(client, { username: "zoe", userAttributes: { email: "zoe@example.com" } }).catch(() => {});
    const passwordless = last();
    const SecretHash = hash?.("zoë@example.com");
    expectSame(
      withPassword,
      await sdkCapture().send((sdk) =>
        sdk.send(
          new SignUpCommand({
            ClientId: "client123",
            Username: "zoë@example.com",
            Password: "N3w pässword!",
            SecretHash,
            UserAttributes: [
              { Name: "email", Value: "zoë@example.com" },
              { Name: "phone_number", Value: "+442079460958" },
              { Name: "custom:tier", Value: "gold" },
            ],
            ValidationData: [{ Name: "consent", Value: "2026-12-07" }],
            AnalyticsMetadata: { AnalyticsEndpointId: "endpoint-1" },
            UserContextData: { EncodedData: "ENC", IpAddress: "192.0.2.1" },
            ClientMetadata: { source: "web" },
          }),
        ),
      ),
    );
    expectSame(
      passwordless,
      await sdkCapture().send((sdk) =>
        sdk.send(
          new SignUpCommand({
            ClientId: "client123",
            Username: "zoe",
            SecretHash: hash?.("zoe"),
            UserAttributes: [{ Name: "email", Value: "zoe@example.com" }],
          }),
        ),
      ),
    );
  });

  it("GlobalSignOut and GetUser", async () => {
    const { client, last } = ours();
    await globalSignOut(client, { accessToken: "access.token" }).catch(() => {});
    const signOut = last();
    await getUser(client, { accessToken: "access.token" }).catch(() => {});
    const userRequest = last();
    expectSame(
      signOut,
      await sdkCapture().send((sdk) => sdk.send(new GlobalSignOutCommand({ AccessToken: "access.token" }))),
    );
    expectSame(
      userRequest,
      await sdkCapture().send((sdk) => sdk.send(new GetUserCommand({ AccessToken: "access.token" }))),
    );
  });

  it("the passkey operations and GetUserAuthFactors", async () => {
    const credential = {
      id: "Y3JlZA",
      rawId: "Y3JlZA",
      type: "public-key",
      response: { clientDataJSON: "e30", attestationObject: "oA", transports: ["internal"] },
      clientExtensionResults: {},
    };
    const cases: [(client: ReturnType<typeof ours>["client"]) => Promise<unknown>, () => unknown][] = [
      [
        (client) => client.send(startWebAuthnRegistrationCommand, { accessToken: "access.token" }),
        () => new StartWebAuthnRegistrationCommand({ AccessToken: "access.token" }),
      ],
      [
        (client) =>
          client.send(completeWebAuthnRegistrationCommand, { accessToken: "access.token", credential }),
        () =>
          new CompleteWebAuthnRegistrationCommand({ AccessToken: "access.token", Credential: credential }),
      ],
      [
        (client) =>
          client.send(listWebAuthnCredentialsCommand, {
            accessToken: "access.token",
            nextToken: "n",
            maxResults: 5,
          }),
        () =>
          new ListWebAuthnCredentialsCommand({ AccessToken: "access.token", NextToken: "n", MaxResults: 5 }),
      ],
      [
        (client) =>
          client.send(deleteWebAuthnCredentialCommand, {
            accessToken: "access.token",
            credentialId: "Y3JlZA",
          }),
        () => new DeleteWebAuthnCredentialCommand({ AccessToken: "access.token", CredentialId: "Y3JlZA" }),
      ],
      [
        (client) => client.send(getUserAuthFactorsCommand, { accessToken: "access.token" }),
        () => new GetUserAuthFactorsCommand({ AccessToken: "access.token" }),
      ],
    ];
    for (const [run, sdkCommand] of cases) {
      const { client, last } = ours();
      await run(client).catch(() => {});
      // biome-ignore lint/suspicious/noExplicitAny: any of the SDK's commands
      expectSame(last(), await sdkCapture().send((sdk) => sdk.send(sdkCommand() as any)));
    }
  });

  it("the account-settings operations", async () => {
    const token = { AccessToken: "access.token" };
    const cases: [(client: ReturnType<typeof ours>["client"]) => Promise<unknown>, () => unknown][] = [
      [
        (client) =>
          client.send(changePasswordCommand, {
            accessToken: "access.token",
            previousPassword: "Old-Pass-1",
            proposedPassword: "New-Pass-1",
          }),
        () =>
          new ChangePasswordCommand({
            ...token,
            PreviousPassword: "Old-Pass-1",
            ProposedPassword: "New-Pass-1",
          }),
      ],
      [
        // A passwordless user's first password: no PreviousPassword at all.
        (client) =>
          client.send(changePasswordCommand, { accessToken: "access.token", proposedPassword: "P-1" }),
        () => new ChangePasswordCommand({ ...token, ProposedPassword: "P-1" }),
      ],
      [
        (client) =>
          client.send(updateUserAttributesCommand, {
            accessToken: "access.token",
            userAttributes: { email: "ada@example.com", given_name: "Ada" },
            clientMetadata: { source: "settings" },
          }),
        () =>
          new UpdateUserAttributesCommand({
            ...token,
            UserAttributes: [
              { Name: "email", Value: "ada@example.com" },
              { Name: "given_name", Value: "Ada" },
            ],
            ClientMetadata: { source: "settings" },
          }),
      ],
      [
        (client) =>
          client.send(getUserAttributeVerificationCodeCommand, {
            accessToken: "access.token",
            attributeName: "phone_number",
          }),
        () => new GetUserAttributeVerificationCodeCommand({ ...token, AttributeName: "phone_number" }),
      ],
      [
        (client) =>
          client.send(verifyUserAttributeCommand, {
            accessToken: "access.token",
            attributeName: "email",
            code: "123456",
          }),
        () => new VerifyUserAttributeCommand({ ...token, AttributeName: "email", Code: "123456" }),
      ],
      [
        (client) =>
          client.send(setUserMfaPreferenceCommand, {
            accessToken: "access.token",
            softwareToken: { enabled: true, preferred: true },
            sms: { enabled: false },
            webAuthn: { enabled: true },
          }),
        () =>
          new SetUserMFAPreferenceCommand({
            ...token,
            SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
            SMSMfaSettings: { Enabled: false },
            WebAuthnMfaSettings: { Enabled: true },
          }),
      ],
      [
        (client) =>
          client.send(listDevicesCommand, { accessToken: "access.token", limit: 10, paginationToken: "p" }),
        () => new ListDevicesCommand({ ...token, Limit: 10, PaginationToken: "p" }),
      ],
      [
        (client) =>
          client.send(forgetDeviceCommand, { accessToken: "access.token", deviceKey: "eu-west-1_d" }),
        () => new ForgetDeviceCommand({ ...token, DeviceKey: "eu-west-1_d" }),
      ],
      [
        (client) => client.send(listUserSessionsCommand, { accessToken: "access.token", nextToken: "n" }),
        () => new ListUserSessionsCommand({ ...token, NextToken: "n" }),
      ],
      [
        (client) =>
          client.send(revokeUserSessionCommand, {
            accessToken: "access.token",
            sessionId: "tkn-1",
            revokeAssociatedSessions: "LINKED",
          }),
        () =>
          new RevokeUserSessionCommand({ ...token, SessionId: "tkn-1", RevokeAssociatedSessions: "LINKED" }),
      ],
      [
        (client) => client.send(deleteUserCommand, { accessToken: "access.token" }),
        () => new DeleteUserCommand(token),
      ],
    ];
    for (const [run, sdkCommand] of cases) {
      const { client, last } = ours();
      await run(client).catch(() => {});
      // biome-ignore lint/suspicious/noExplicitAny: any of the SDK's commands
      expectSame(last(), await sdkCapture().send((sdk) => sdk.send(sdkCommand() as any)));
    }
  });

  it("a custom endpoint (an emulator on localhost) gets the same request", async () => {
    const { client, last } = ours("http://127.0.0.1:9229/");
    const input = {
      authFlow: "USER_PASSWORD_AUTH",
      authParameters: { USERNAME: "u", PASSWORD: "p" },
    } as const;
    await client.initiateAuth(input).catch(() => {});
    const sdk = await sdkCapture("http://127.0.0.1:9229").send((sdk) =>
      sdk.send(
        new InitiateAuthCommand({
          ClientId: "client123",
          AuthFlow: input.authFlow,
          AuthParameters: input.authParameters,
        }),
      ),
    );
    expectSame(last(), sdk);
  });
});
