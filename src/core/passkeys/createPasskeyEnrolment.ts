import { createJourney } from "../journey/createJourney";
import {
  type CreatePasskeyEnrolmentOptions,
  type PasskeyEnrolmentStore,
  passkeyEnrolment,
} from "./enrolment";

/** Passkey registration as a framework-free store: the `passkeyEnrolment` journey on the runtime. */
export const createPasskeyEnrolment = (options: CreatePasskeyEnrolmentOptions): PasskeyEnrolmentStore =>
  createJourney(passkeyEnrolment, options);
