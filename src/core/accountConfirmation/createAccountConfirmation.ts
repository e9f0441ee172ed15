import { createSingleFlight } from "../store/singleFlight";
import { createStateContainer } from "../store/state";
import {
  type AccountConfirmationStore,
  buildAccountConfirmation,
  type CreateAccountConfirmationOptions,
} from "./store";

/** Confirming an account as a framework-free store (see store.ts for what it does). */
export function createAccountConfirmation(
  options: CreateAccountConfirmationOptions,
): AccountConfirmationStore {
  return buildAccountConfirmation({ createStateContainer, createSingleFlight }, options);
}
