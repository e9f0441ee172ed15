/**
 * A signed-in user's devices and sessions, as a journey for an account page: the remembered devices
 * (ListDevices, every page), Forget one (ForgetDevice: MFA is asked there again); and, where the pool
 * tracks sessions, the sessions (ListUserSessions, every page), signing one out (RevokeUserSession) or
 * every one but this (each in turn). The access token is in the options, never in the state.
 * `createDevicesAndSessions` and `useDevicesAndSessions` run it.
 */
import { forgetDeviceCommand } from "../commands/forgetDevice";
import { listDevicesCommand } from "../commands/listDevices";
import { listUserSessionsCommand } from "../commands/listUserSessions";
import { revokeUserSessionCommand } from "../commands/revokeUserSession";
import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import type { DeviceDescription, UserSessionDescription } from "../types";

export interface DevicesAndSessionsOptions {
  /** The signed-in user's access token. */
  accessToken: string;
}

export type CreateDevicesAndSessionsOptions = DevicesAndSessionsOptions & RuntimeOptions;

export interface DevicesAndSessionsState {
  /** loading: the first lists are on their way; ready: listed (again after every change). */
  status: "loading" | "ready";
  devices: DeviceDescription[];
  /** The sessions, the current one marked; undefined where the pool does not track them. */
  sessions: UserSessionDescription[] | undefined;
  pending: boolean;
  error: unknown;
}

export interface DevicesAndSessionsActions {
  /** Lists the devices and the sessions (again). */
  load(): Promise<void>;
  /** Forgets a device: it no longer stands in for MFA. */
  forget(deviceKey: string): Promise<void>;
  /** Signs one other session out. */
  signOut(sessionId: string): Promise<void>;
  /** Signs every session but this one out. */
  signOutOthers(): Promise<void>;
}

export type DevicesAndSessionsStore = JourneyStore<
  DevicesAndSessionsState,
  DevicesAndSessionsOptions,
  DevicesAndSessionsActions
>;

/**
 * Cognito's answer to ListUserSessions for a pool without session tracking (unverified: the fake's
 * choice, InvalidParameterException): the section then shows no sessions rather than an error.
 */
const untracked = (error: unknown) =>
  (error as { name?: unknown } | undefined)?.name === "InvalidParameterException";

/** Devices and sessions, as a journey: `createDevicesAndSessions` and `useDevicesAndSessions` run it. */
export const devicesAndSessions: JourneyDefinition<
  DevicesAndSessionsState,
  DevicesAndSessionsOptions,
  DevicesAndSessionsActions
> = {
  initial: () => ({ status: "loading", devices: [], sessions: undefined, pending: false, error: undefined }),
  actions: ({ getState: state, update, options, send, run }) => {
    async function list(signal: AbortSignal) {
      const { accessToken } = options();
      const devices: DeviceDescription[] = [];
      let paginationToken: string | undefined;
      do {
        const page = await send(listDevicesCommand, { accessToken, paginationToken }, { signal });
        devices.push(...page.devices);
        paginationToken = page.paginationToken;
      } while (paginationToken !== undefined && !signal.aborted);
      let sessions: UserSessionDescription[] | undefined = [];
      let nextToken: string | undefined;
      try {
        do {
          const page = await send(listUserSessionsCommand, { accessToken, nextToken }, { signal });
          sessions.push(...page.sessions);
          nextToken = page.nextToken;
        } while (nextToken !== undefined && !signal.aborted);
      } catch (error) {
        if (!untracked(error)) throw error;
        sessions = undefined;
      }
      if (!signal.aborted) update({ status: "ready", devices, sessions, pending: false });
    }
    const revoke = (sessionId: string, signal: AbortSignal) =>
      send(revokeUserSessionCommand, { accessToken: options().accessToken, sessionId }, { signal });
    return {
      load: () => run(list),
      forget: (deviceKey) =>
        run(async (signal) => {
          await send(forgetDeviceCommand, { accessToken: options().accessToken, deviceKey }, { signal });
          if (!signal.aborted) await list(signal);
        }),
      signOut: (sessionId) =>
        run(async (signal) => {
          await revoke(sessionId, signal);
          if (!signal.aborted) await list(signal);
        }),
      signOutOthers: () =>
        run(async (signal) => {
          const others = (state().sessions ?? []).filter((session) => !session.isCurrentSession);
          for (const session of others) {
            if (signal.aborted) return;
            await revoke(session.sessionId, signal);
          }
          if (!signal.aborted) await list(signal);
        }),
    };
  },
};
