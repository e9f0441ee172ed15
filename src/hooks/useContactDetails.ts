"use client";
import {
  type ContactDetailsActions,
  type ContactDetailsOptions,
  type ContactDetailsState,
  contactDetails,
} from "../core/settings/contacts";
import { useJourney } from "./useJourney";

export type UseContactDetailsOptions = ContactDetailsOptions;
export type UseContactDetailsResult = ContactDetailsState & ContactDetailsActions;

/**
 * The email and phone as a hook: the `contactDetails` journey, each call a sealed mutation on the app's
 * QueryClient (no token or code in its variables or cache). Unmounting cancels it.
 */
export const useContactDetails = (options: UseContactDetailsOptions): UseContactDetailsResult =>
  useJourney(contactDetails, options);
