"use client";
import { updateDeviceStatusCommand } from "../core/commands/updateDeviceStatus";
import { useCommand } from "./useCommand";

/** Calls UpdateDeviceStatus through React Query; the error is typed with the operation's error union. */
export const useUpdateDeviceStatus = () => useCommand(updateDeviceStatusCommand);
