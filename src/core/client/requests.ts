/**
 * The request body of each operation, camelCase in, PascalCase out. Static (the client sends from the
 * first screen); the reading of answers is in operations/ and loads with the first answer.
 */
import { defined } from "../json";
import type {
  AnalyticsMetadata,
  AssociateSoftwareTokenInput,
  ConfirmDeviceInput,
  GetTokensFromRefreshTokenInput,
  GetUserInput,
  GlobalSignOutInput,
  InitiateAuthInput,
  RespondToAuthChallengeInput,
  RevokeTokenInput,
  StringMap,
  UpdateDeviceStatusInput,
  UserContextData,
  VerifySoftwareTokenInput,
} from "../types";

/** The optional request fields InitiateAuth and RespondToAuthChallenge share. */
function sharedRequestFields(input: {
  clientMetadata?: StringMap | undefined;
  userContextData?: UserContextData | undefined;
  analyticsMetadata?: AnalyticsMetadata | undefined;
}) {
  return defined({
    ClientMetadata: input.clientMetadata,
    UserContextData:
      input.userContextData &&
      defined({ EncodedData: input.userContextData.encodedData, IpAddress: input.userContextData.ipAddress }),
    AnalyticsMetadata:
      input.analyticsMetadata &&
      defined({ AnalyticsEndpointId: input.analyticsMetadata.analyticsEndpointId }),
  });
}

/** InitiateAuth: starts a sign-in with an auth flow and its parameters. */
export const initiateAuthRequest = (input: InitiateAuthInput, clientId: string) => ({
  ClientId: clientId,
  AuthFlow: input.authFlow,
  AuthParameters: input.authParameters,
  ...sharedRequestFields(input),
});

/** RespondToAuthChallenge: answers the challenge a previous response asked for. */
export const respondToAuthChallengeRequest = (input: RespondToAuthChallengeInput, clientId: string) => ({
  ClientId: clientId,
  ChallengeName: input.challengeName,
  ...defined({ Session: input.session }),
  ChallengeResponses: input.challengeResponses,
  ...sharedRequestFields(input),
});

/** AssociateSoftwareToken: no ClientId, the session or token already names the app client. */
export const associateSoftwareTokenRequest = (input: AssociateSoftwareTokenInput) =>
  defined({ AccessToken: input.accessToken, Session: input.session });

/** VerifySoftwareToken: checks a code from the authenticator app against the associated secret. */
export const verifySoftwareTokenRequest = (input: VerifySoftwareTokenInput) =>
  defined({
    AccessToken: input.accessToken,
    Session: input.session,
    UserCode: input.userCode.trim(),
    FriendlyDeviceName: input.friendlyDeviceName,
  });

/** ConfirmDevice: no ClientId, the access token names the app client. */
export const confirmDeviceRequest = (input: ConfirmDeviceInput) =>
  defined({
    AccessToken: input.accessToken,
    DeviceKey: input.deviceKey,
    DeviceSecretVerifierConfig: {
      Salt: input.deviceSecretVerifierConfig.salt,
      PasswordVerifier: input.deviceSecretVerifierConfig.passwordVerifier,
    },
    DeviceName: input.deviceName,
  });

/** UpdateDeviceStatus: marks a confirmed device as remembered (or not). */
export const updateDeviceStatusRequest = (input: UpdateDeviceStatusInput) => ({
  AccessToken: input.accessToken,
  DeviceKey: input.deviceKey,
  DeviceRememberedStatus: input.remembered ? "remembered" : "not_remembered",
});

/** GetTokensFromRefreshToken: with the ClientSecret itself (not a hash), so only a server sends one. */
export const getTokensFromRefreshTokenRequest = (input: GetTokensFromRefreshTokenInput, clientId: string) =>
  defined({
    ClientId: clientId,
    RefreshToken: input.refreshToken,
    ClientSecret: input.clientSecret,
    DeviceKey: input.deviceKey,
    ClientMetadata: input.clientMetadata,
  });

/** RevokeToken: the refresh token, and the ClientSecret of a confidential client. */
export const revokeTokenRequest = (input: RevokeTokenInput, clientId: string) =>
  defined({ ClientId: clientId, Token: input.token, ClientSecret: input.clientSecret });

/** GlobalSignOut and GetUser: the access token names the user and the app client. */
export const accessTokenRequest = (input: GlobalSignOutInput | GetUserInput) => ({
  AccessToken: input.accessToken,
});
