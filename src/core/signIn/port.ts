import type { CognitoClient } from "../client/client";

/**
 * The calls a sign-in makes, as functions with the client's signatures. Without React the port is the
 * client itself; `useSignIn` passes functions that go through React Query's mutations, so that an app's
 * MutationCache callbacks and devtools see every call.
 */
export type SignInPort = Pick<
  CognitoClient,
  | "initiateAuth"
  | "respondToAuthChallenge"
  | "associateSoftwareToken"
  | "verifySoftwareToken"
  | "confirmDevice"
  | "updateDeviceStatus"
>;
