import type { RespondToAuthChallengeInput } from "../../types";
import { authResponseToWire, parseAuthResponse } from "./authResponse";
import { sharedRequestFields } from "./context";
import { defined } from "./wire";

/** RespondToAuthChallenge: answers the challenge a previous response asked for. */
export const respondToAuthChallengeOperation = {
  name: "RespondToAuthChallenge",
  request: (input: RespondToAuthChallengeInput, clientId: string) => ({
    ClientId: clientId,
    ChallengeName: input.challengeName,
    ...defined({ Session: input.session }),
    ChallengeResponses: input.challengeResponses,
    ...sharedRequestFields(input),
  }),
  parseResponse: parseAuthResponse,
  responseToWire: authResponseToWire,
} as const;
