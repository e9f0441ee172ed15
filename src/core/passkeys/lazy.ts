/**
 * The passkeys' registry of what loads on demand (see core/lazy.ts): here, not in the core's, so that
 * only an app that imports the passkey offer (`passkeyOffer()`, from /passkeys) bundles it.
 */

/** Whether to offer a passkey once signed in, and the registration: as the offer is about to show. */
export const loadPasskeyOffer = () => import("./offer.lazy");
