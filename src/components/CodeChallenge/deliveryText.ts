import { format, isolate } from "../../i18n/format";

/** The three sentences a code step says about where its code went, in the step's own words. */
export interface DeliveryWords {
  /** With `{destination}`. */
  byEmail: string;
  /** With `{destination}`. */
  bySms: string;
  /** When Cognito did not say where. */
  somewhere: string;
}

/**
 * Where a code went, in words: "We sent a code by text message to +*******0100." The masked
 * destination is isolated, so it keeps its own direction inside a right-to-left sentence.
 */
export function describeDelivery(
  medium: string | undefined,
  destination: string | undefined,
  words: DeliveryWords,
): string {
  if (!destination) return words.somewhere;
  return format(medium === "EMAIL" ? words.byEmail : words.bySms, { destination: isolate(destination) });
}
