// The passkey offer's registry of what loads on demand (see components/lazy.ts): its own, so that only an
// app that imports `passkeyOffer()` bundles the offer's step.

/** The offer's step, as it is about to show. */
export const loadPasskeyOfferStep = () => import("./PasskeyOfferStep.lazy");
