/** Remembered devices: ConfirmDevice and UpdateDeviceStatus, by the access token of a sign-in. */
import { base64ToBytes, bytesToHex } from "../../core/srp/srp";
import { FakeCognitoError } from "../errors";
import { type PoolState, requireString, type Wire } from "../pool";
import type { FakeDevice } from "../types";

function deviceByKey(state: PoolState, deviceKey: string | undefined): FakeDevice {
  const device = deviceKey === undefined ? undefined : state.devices.get(deviceKey);
  if (!device) throw new FakeCognitoError("ResourceNotFoundException", "Device does not exist.");
  return device;
}

/** ConfirmDevice: the device's SRP verifier arrives; the device's password never does. */
export function confirmDevice(state: PoolState, body: Wire): Wire {
  const user = state.userForAccessToken(requireString(body, "AccessToken"));
  const device = deviceByKey(state, requireString(body, "DeviceKey"));
  if (device.username !== user.username)
    throw new FakeCognitoError("NotAuthorizedException", "Device does not belong to the user.");
  const config = body.DeviceSecretVerifierConfig as Wire | undefined;
  const salt = typeof config?.Salt === "string" ? config.Salt : "";
  const verifier = typeof config?.PasswordVerifier === "string" ? config.PasswordVerifier : "";
  if (!salt || !verifier) {
    throw new FakeCognitoError("InvalidParameterException", "DeviceSecretVerifierConfig is required.");
  }
  try {
    device.salt = bytesToHex(base64ToBytes(salt));
    device.verifier = bytesToHex(base64ToBytes(verifier));
  } catch {
    throw new FakeCognitoError("InvalidParameterException", "DeviceSecretVerifierConfig is not Base64.");
  }
  if (typeof body.DeviceName === "string") device.name = body.DeviceName;
  device.remembered = state.pool.deviceTracking === "ALWAYS";
  return { UserConfirmationNecessary: state.pool.deviceTracking === "USER_OPT_IN" };
}

/** UpdateDeviceStatus: the user chose to remember the device (or not). */
export function updateDeviceStatus(state: PoolState, body: Wire): Wire {
  const user = state.userForAccessToken(requireString(body, "AccessToken"));
  const device = deviceByKey(state, requireString(body, "DeviceKey"));
  if (device.username !== user.username || !device.verifier)
    throw new FakeCognitoError("NotAuthorizedException", "Device does not belong to the user.");
  const status = body.DeviceRememberedStatus;
  if (status !== "remembered" && status !== "not_remembered") {
    throw new FakeCognitoError(
      "InvalidParameterException",
      "DeviceRememberedStatus must be remembered or not_remembered.",
    );
  }
  device.remembered = status === "remembered";
  return {};
}
