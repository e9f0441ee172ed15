import { createJourney } from "../journey/createJourney";
import { type CreatePasswordResetOptions, type PasswordResetStore, passwordReset } from "./passwordReset";

/** A password reset as a framework-free store: the `passwordReset` journey on the runtime. */
export const createPasswordReset = (options: CreatePasswordResetOptions): PasswordResetStore =>
  createJourney(passwordReset, options);
