import { createJourney } from "../journey/createJourney";
import {
  type AccountConfirmationStore,
  accountConfirmation,
  type CreateAccountConfirmationOptions,
} from "./accountConfirmation";

/** Confirming an account as a framework-free store: the `accountConfirmation` journey on the runtime. */
export const createAccountConfirmation = (
  options: CreateAccountConfirmationOptions,
): AccountConfirmationStore => createJourney(accountConfirmation, options);
