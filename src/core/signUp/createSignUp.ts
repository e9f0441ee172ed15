import { createJourney } from "../journey/createJourney";
import { type CreateSignUpOptions, type SignUpStore, signUpJourney } from "./signUp";

/** A new account as a framework-free store: the `signUpJourney` on the runtime. */
export const createSignUp = (options: CreateSignUpOptions): SignUpStore =>
  createJourney(signUpJourney, options);
