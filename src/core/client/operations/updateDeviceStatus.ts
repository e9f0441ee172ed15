import { parseEmptyAnswer } from "./wire";

/** UpdateDeviceStatus: marks a confirmed device as remembered (or not), for pools that let users choose. */
export const updateDeviceStatusOperation = {
  name: "UpdateDeviceStatus",
  parseResponse: parseEmptyAnswer,
} as const;
