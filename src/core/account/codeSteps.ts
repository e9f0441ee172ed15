/**
 * What the account journeys (the password reset, the account confirmation) share: the app's
 * ClientMetadata with every call, and the code step a sent code opens. Loads with them.
 */
import type { CodeDeliveryDetails, StringMap } from "../types";

/** `{ clientMetadata }` when the app gave some, for a call's input. */
export const metadataOf = ({ clientMetadata }: { clientMetadata?: StringMap | undefined }) =>
  clientMetadata ? { clientMetadata } : {};

/**
 * The state after a code went out: the code step, where the code went, and how many times it was sent
 * again from that step (`again`: the code step was on screen when it was asked for).
 */
export const codeSent = (delivery: CodeDeliveryDetails | undefined, again: boolean, resends: number) => ({
  status: "code" as const,
  delivery,
  resends: again ? resends + 1 : 0,
  pending: false,
});
