"use client";
import { signUpJourney } from "../core/signUp/signUp";
import type { SignUpActions, SignUpOptions, SignUpState } from "../core/signUp/types";
import { useJourney } from "./useJourney";

export type UseSignUpOptions = SignUpOptions;
export type UseSignUpResult = SignUpState & SignUpActions;

/**
 * A new account as a hook: the `signUpJourney`, each call a sealed mutation on the app's QueryClient
 * (no password, code or Session in its variables or cache). One request at a time; unmounting cancels it
 * and drops the password it held.
 */
export const useSignUp = (options: UseSignUpOptions): UseSignUpResult => useJourney(signUpJourney, options);
