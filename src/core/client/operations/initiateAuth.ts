import type { InitiateAuthInput } from "../../types";
import { authResponseToWire, parseAuthResponse } from "./authResponse";
import { sharedRequestFields } from "./context";

/** InitiateAuth: starts a sign-in with an auth flow and its parameters. */
export const initiateAuthOperation = {
  name: "InitiateAuth",
  request: (input: InitiateAuthInput, clientId: string) => ({
    ClientId: clientId,
    AuthFlow: input.authFlow,
    AuthParameters: input.authParameters,
    ...sharedRequestFields(input),
  }),
  parseResponse: parseAuthResponse,
  responseToWire: authResponseToWire,
} as const;
