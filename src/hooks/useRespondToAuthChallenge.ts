"use client";
import { respondToAuthChallengeCommand } from "../core/commands/respondToAuthChallenge";
import { useCommand } from "./useCommand";

/** Calls RespondToAuthChallenge through React Query; the error is typed with the operation's error union. */
export const useRespondToAuthChallenge = () => useCommand(respondToAuthChallengeCommand);
