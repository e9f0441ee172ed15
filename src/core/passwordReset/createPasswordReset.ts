import { createSingleFlight } from "../store/singleFlight";
import { createStateContainer } from "../store/state";
import { buildPasswordReset, type CreatePasswordResetOptions, type PasswordResetStore } from "./store";

/** A password reset as a framework-free store (see `buildPasswordReset` in store.ts for what it does). */
export function createPasswordReset(options: CreatePasswordResetOptions): PasswordResetStore {
  return buildPasswordReset({ createStateContainer, createSingleFlight }, options);
}
