import { createJourney } from "../journey/createJourney";
import { type CreateTotpEnrollmentOptions, type TotpEnrollmentStore, totpEnrollment } from "./enrollment";

/** Authenticator enrollment as a framework-free store: the `totpEnrollment` journey on the runtime. */
export const createTotpEnrollment = (options: CreateTotpEnrollmentOptions): TotpEnrollmentStore =>
  createJourney(totpEnrollment, options);
