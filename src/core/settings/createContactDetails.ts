import { createJourney } from "../journey/createJourney";
import { type ContactDetailsStore, type CreateContactDetailsOptions, contactDetails } from "./contacts";

/** The email and phone as a framework-free store: the `contactDetails` journey on the runtime. */
export const createContactDetails = (options: CreateContactDetailsOptions): ContactDetailsStore =>
  createJourney(contactDetails, options);
