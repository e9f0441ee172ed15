"use client";
import { forgotPasswordCommand } from "../core/commands/forgotPassword";
import { useCommand } from "./useCommand";

/** Calls ForgotPassword (a code to reset the password) through React Query; the error is typed with the operation's error union. */
export const useForgotPassword = () => useCommand(forgotPasswordCommand);
