export { PasskeyOfferStep, type PasskeyOfferStepProps } from "./PasskeyOfferStep.lazy";
export { type PasskeyOffer, passkeyOffer } from "./passkeyOffer";
