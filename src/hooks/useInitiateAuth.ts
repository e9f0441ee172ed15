"use client";
import { initiateAuthCommand } from "../core/commands/initiateAuth";
import { useCommand } from "./useCommand";

/** Calls InitiateAuth through React Query; the error is typed with the operation's error union. */
export const useInitiateAuth = () => useCommand(initiateAuthCommand);
