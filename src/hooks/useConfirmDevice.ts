"use client";
import { confirmDeviceCommand } from "../core/commands/confirmDevice";
import { useCommand } from "./useCommand";

/** Calls ConfirmDevice through React Query; the error is typed with the operation's error union. */
export const useConfirmDevice = () => useCommand(confirmDeviceCommand);
