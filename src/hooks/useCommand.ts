"use client";
import { useMutation } from "@tanstack/react-query";
import type { Command } from "../core/commands/command";
import { useCognitoClient } from "./clientContext";
import { commandMutationOptions } from "./mutations";

/** Sends one command through React Query (`useMutation`); the error is typed with the operation's union. */
export function useCommand<Input extends object, Output, Error>(command: Command<Input, Output, Error>) {
  return useMutation(commandMutationOptions(useCognitoClient(), command));
}
