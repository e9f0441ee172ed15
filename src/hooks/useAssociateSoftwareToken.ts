"use client";
import { associateSoftwareTokenCommand } from "../core/commands/associateSoftwareToken";
import { useCommand } from "./useCommand";

/** Calls AssociateSoftwareToken through React Query; the error is typed with the operation's error union. */
export const useAssociateSoftwareToken = () => useCommand(associateSoftwareTokenCommand);
