import { createJourney } from "../journey/createJourney";
import { type AccountDeletionStore, accountDeletion, type CreateAccountDeletionOptions } from "./deletion";

/** Deleting the account as a framework-free store: the `accountDeletion` journey on the runtime. */
export const createAccountDeletion = (options: CreateAccountDeletionOptions): AccountDeletionStore =>
  createJourney(accountDeletion, options);
