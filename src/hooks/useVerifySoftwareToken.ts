"use client";
import { verifySoftwareTokenCommand } from "../core/commands/verifySoftwareToken";
import { useCommand } from "./useCommand";

/** Calls VerifySoftwareToken through React Query; the error is typed with the operation's error union. */
export const useVerifySoftwareToken = () => useCommand(verifySoftwareTokenCommand);
