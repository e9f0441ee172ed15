import { createJourney } from "../journey/createJourney";
import {
  type CreateDevicesAndSessionsOptions,
  type DevicesAndSessionsStore,
  devicesAndSessions,
} from "./devices";

/** Devices and sessions as a framework-free store: the `devicesAndSessions` journey on the runtime. */
export const createDevicesAndSessions = (options: CreateDevicesAndSessionsOptions): DevicesAndSessionsStore =>
  createJourney(devicesAndSessions, options);
