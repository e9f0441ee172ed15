/**
 * The authenticator set-up's registry of what loads on demand (see core/lazy.ts): here, not in the
 * core's, so that the set-up alone (the `/hooks` entry) bundles no other loader with it.
 */

/** SetUserMFAPreference, to turn on an authenticator app once its first code is verified. */
export const loadTotpTurnOn = () => import("./turnOn.lazy");
