/**
 * Where a remembered device's secret lives is the app's decision, not ours: the device key, its group
 * key and its random password prove the device the way a password proves a user. The library keeps them
 * nowhere unless it is given a store.
 */

/** What a remembered device must keep to sign in without MFA next time. */
export interface RememberedDevice {
  /** NewDeviceMetadata.DeviceKey. */
  deviceKey: string;
  /** NewDeviceMetadata.DeviceGroupKey. */
  deviceGroupKey: string;
  /** The device's SRP password, made on this device; Cognito only ever saw its verifier. */
  randomPassword: string;
}

/**
 * Keeps remembered devices, by the username the user types. Methods may be async, e.g. for IndexedDB or
 * a native secure store.
 */
export interface DeviceStore {
  get(username: string): RememberedDevice | undefined | Promise<RememberedDevice | undefined>;
  set(username: string, device: RememberedDevice): void | Promise<void>;
  remove(username: string): void | Promise<void>;
}

/** Usernames are matched as Cognito matches them by default: case-insensitively. */
const keyFor = (username: string) => username.trim().toLowerCase();

/** A store that lasts as long as the page: for tests, demos, and apps that persist nothing. */
export function memoryDeviceStore(): DeviceStore {
  const devices = new Map<string, RememberedDevice>();
  return {
    get: (username) => devices.get(keyFor(username)),
    set: (username, device) => {
      devices.set(keyFor(username), device);
    },
    remove: (username) => {
      devices.delete(keyFor(username));
    },
  };
}
