import { createJourney } from "../journey/createJourney";
import { signUpJourney } from "./signUp";
import type { CreateSignUpOptions, SignUpStore } from "./types";

/** A new account as a framework-free store: the `signUpJourney` on the runtime. */
export const createSignUp = (options: CreateSignUpOptions): SignUpStore =>
  createJourney(signUpJourney, options);
