/**
 * The sign-up's registry (see core/lazy.ts): its own, so that the sign-in's first load, which imports the
 * core's, never sees this `import()` and bundles no chunk for it.
 */
import { onDemand } from "../store/onDemand";

/** The sign-up's commands, once per page; after a failed load, the next call tries again. */
export const loadSignUpCommands = onDemand(() => import("./commands.lazy"));
