import { authResponseToWire, parseAuthResponse } from "./authResponse";

/** RespondToAuthChallenge: answers the challenge a previous response asked for. */
export const respondToAuthChallengeOperation = {
  name: "RespondToAuthChallenge",
  parseResponse: parseAuthResponse,
  responseToWire: authResponseToWire,
} as const;
