"use client";
import { useContext } from "react";
import type { SignInState } from "../core/signIn/reducer";
import { signIn } from "../core/signIn/signIn";
import type { SignInActions, SignInOptions } from "../core/signIn/types";
import { SessionContext } from "./sessionContext";
import { useJourney } from "./useJourney";

/** The options of `createSignIn`, less the client and `send`, which come from the provider. */
export type UseSignInOptions = SignInOptions;

/** The sign-in's state and actions, and `getState`: the latest state between renders. */
export type UseSignInResult = SignInState & SignInActions & { getState(): SignInState };

/**
 * The whole sign-in as a hook: the `signIn` journey (the flow itself lives in core), its calls sent
 * through React Query's mutations, and the session a <CognitoProvider session> gives. Every action is a
 * no-op while a request is in flight (double submits send nothing), and unmounting cancels the request
 * and drops its result.
 */
export function useSignIn(options: UseSignInOptions = {}): UseSignInResult {
  const provided = useContext(SessionContext);
  return useJourney(signIn, { ...options, session: options.session ?? provided ?? undefined });
}
