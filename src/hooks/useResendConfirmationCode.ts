"use client";
import { resendConfirmationCodeCommand } from "../core/commands/resendConfirmationCode";
import { useCommand } from "./useCommand";

/** Calls ResendConfirmationCode through React Query; the error is typed with the operation's error union. */
export const useResendConfirmationCode = () => useCommand(resendConfirmationCodeCommand);
