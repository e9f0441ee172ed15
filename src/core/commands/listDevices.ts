// Loads only with the account page that calls it: nothing of the first load is imported here.
import type { ListDevicesError } from "../client/errors";
import { listDevicesOperation } from "../client/operations/settings";
import { LIST_DEVICES } from "../client/settingsExceptions";
import type { ListDevicesInput, ListDevicesResponse } from "../types";
import type { Command } from "./command";

/** ListDevices: a page of the user's devices. */
export const listDevicesCommand: Command<ListDevicesInput, ListDevicesResponse, ListDevicesError> = {
  name: "ListDevices",
  exceptions: LIST_DEVICES,
  request: (input) => ({
    AccessToken: input.accessToken,
    Limit: input.limit,
    PaginationToken: input.paginationToken,
  }),
  read: listDevicesOperation.parseResponse,
};
