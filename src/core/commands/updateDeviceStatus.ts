import type { UpdateDeviceStatusError } from "../client/errors";
import type { UpdateDeviceStatusInput } from "../types";
import type { Command } from "./command";

/** UpdateDeviceStatus: marks a confirmed device as remembered (or not). */
export const updateDeviceStatusCommand: Command<UpdateDeviceStatusInput, void, UpdateDeviceStatusError> = {
  name: "UpdateDeviceStatus",
  request: (input) => ({
    AccessToken: input.accessToken,
    DeviceKey: input.deviceKey,
    DeviceRememberedStatus: input.remembered ? "remembered" : "not_remembered",
  }),
};
