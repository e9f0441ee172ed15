import { authResponseToWire, parseAuthResponse } from "./authResponse";

/** InitiateAuth: starts a sign-in with an auth flow and its parameters. */
export const initiateAuthOperation = {
  name: "InitiateAuth",
  parseResponse: parseAuthResponse,
  responseToWire: authResponseToWire,
} as const;
