/** English: The step after a sign-in on a new device. */
export const rememberDeviceEn = {
  "rememberDevice.title": "Remember this device?",
  "rememberDevice.description":
    "Next time you sign in on this device, you will not be asked for a verification code. Only choose this on a device that is yours.",
  "rememberDevice.remember": "Remember this device",
  "rememberDevice.skip": "Not now",
} as const;
