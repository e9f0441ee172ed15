import { createJourney } from "../journey/createJourney";
import { type CreateTwoFactorOptions, type TwoFactorStore, twoFactor } from "./twoFactor";

/** The second step at sign-in as a framework-free store: the `twoFactor` journey on the runtime. */
export const createTwoFactor = (options: CreateTwoFactorOptions): TwoFactorStore =>
  createJourney(twoFactor, options);
