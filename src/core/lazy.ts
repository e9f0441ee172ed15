/**
 * The core's registry of what loads on demand: every `import()` of core is here, and each target is a
 * `*.lazy` module that imports nothing of the first load's runtime (`npm test` checks both; see
 * ARCHITECTURE.md). What loads here is handed what it needs from the first load (the sign-in's steps get
 * the flow), since a module that loads on demand and imports a first-load module makes the app's
 * bundler split that module out of the first load.
 */
import { onDemand } from "./store/onDemand";

export type Protocol = typeof import("./protocol.lazy");

/**
 * The answer readers, loaded once for every caller as the first request goes out; after a failed load,
 * the next call tries again.
 */
export const loadProtocol: () => Promise<Protocol> = onDemand(() => import("./protocol.lazy"));
/**
 * Every step of a sign-in after its first call, loaded as that call goes out, beside the readers: apps
 * that use the client or the session without the sign-in never load it.
 */
export const loadSteps = () => import("./signIn/steps.lazy");
/** SRP and the steps a sign-in answers by itself with it, when a sign-in first needs SRP or a device. */
export const loadSrp = () => import("./signIn/srpSteps.lazy");
/** The passkey autofill offer, only for apps that ask for it. */
export const loadPasskeyAutofill = () => import("./signIn/passkeyAutofill.lazy");
