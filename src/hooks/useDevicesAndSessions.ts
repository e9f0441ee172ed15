"use client";
import {
  type DevicesAndSessionsActions,
  type DevicesAndSessionsOptions,
  type DevicesAndSessionsState,
  devicesAndSessions,
} from "../core/settings/devices";
import { useJourney } from "./useJourney";

export type UseDevicesAndSessionsOptions = DevicesAndSessionsOptions;
export type UseDevicesAndSessionsResult = DevicesAndSessionsState & DevicesAndSessionsActions;

/**
 * Devices and sessions as a hook: the `devicesAndSessions` journey, each call a sealed mutation on the
 * app's QueryClient (no token in its variables or cache). Unmounting cancels it.
 */
export const useDevicesAndSessions = (options: UseDevicesAndSessionsOptions): UseDevicesAndSessionsResult =>
  useJourney(devicesAndSessions, options);
