"use client";
import { confirmSignUpCommand } from "../core/commands/confirmSignUp";
import { useCommand } from "./useCommand";

/** Calls ConfirmSignUp through React Query; the error is typed with the operation's error union. */
export const useConfirmSignUp = () => useCommand(confirmSignUpCommand);
