/** The module that reads Cognito's answers (protocol.ts), as the client and the stores load it. */
import { onDemand } from "./store/onDemand";

export type Protocol = typeof import("./protocol");

/** Loads protocol.ts once for every caller; after a failed load, the next call tries again. */
export const loadProtocol: () => Promise<Protocol> = onDemand(() => import("./protocol"));
