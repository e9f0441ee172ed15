// Turning a just-verified authenticator app on: loaded as its first code goes out, so an app with the
// set-up (the `/hooks` entry) carries none of the account settings' command until then.
import { setUserMfaPreferenceCommand } from "../commands/setUserMfaPreference";
import type { Send } from "../journey/journey";

/** SetUserMFAPreference with the app on, and preferred unless `turnOn` says `enabled`. */
export const turnOnAuthenticator = (
  send: Send,
  accessToken: string,
  turnOn: "preferred" | "enabled",
  signal: AbortSignal,
) =>
  send(
    setUserMfaPreferenceCommand,
    { accessToken, softwareToken: { enabled: true, ...(turnOn === "preferred" ? { preferred: true } : {}) } },
    { signal },
  );
