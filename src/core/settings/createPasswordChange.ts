import { createJourney } from "../journey/createJourney";
import { type CreatePasswordChangeOptions, type PasswordChangeStore, passwordChange } from "./password";

/** A signed-in user's password as a framework-free store: the `passwordChange` journey on the runtime. */
export const createPasswordChange = (options: CreatePasswordChangeOptions): PasswordChangeStore =>
  createJourney(passwordChange, options);
