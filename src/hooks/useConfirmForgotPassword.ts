"use client";
import { confirmForgotPasswordCommand } from "../core/commands/confirmForgotPassword";
import { useCommand } from "./useCommand";

/** Calls ConfirmForgotPassword (the code and the new password) through React Query; the error is typed with the operation's error union. */
export const useConfirmForgotPassword = () => useCommand(confirmForgotPasswordCommand);
