import type { RespondToAuthChallengeError } from "../client/errors";
import { defined } from "../json";
import type { RespondToAuthChallengeInput, RespondToAuthChallengeResponse } from "../types";
import type { Command } from "./command";
import { sharedRequestFields, withHash } from "./shared";

/** RespondToAuthChallenge: answers the challenge a previous answer asked for. SECRET_HASH in ChallengeResponses. */
export const respondToAuthChallengeCommand: Command<
  RespondToAuthChallengeInput,
  RespondToAuthChallengeResponse,
  RespondToAuthChallengeError
> = {
  name: "RespondToAuthChallenge",
  secretHashOf: ({ challengeResponses }) =>
    challengeResponses.SECRET_HASH === undefined ? challengeResponses.USERNAME : undefined,
  request: (input, clientId, secretHash) => ({
    ClientId: clientId,
    ChallengeName: input.challengeName,
    ...defined({ Session: input.session }),
    ChallengeResponses: withHash(input.challengeResponses, secretHash),
    ...sharedRequestFields(input),
  }),
};
