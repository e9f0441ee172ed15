"use client";
import { useContext } from "react";
import type { SignInState } from "../core/signIn/reducer";
import { createSignIn } from "../core/signIn/store";
import type { SignInActions, SignInOptions } from "../core/signIn/types";
import { useCognitoClient } from "./clientContext";
import { SessionContext } from "./sessionContext";
import { useJourneyStore } from "./useJourneyStore";
import { useMutationPort } from "./useMutationPort";

/** The options of `createSignIn`, less the client and port, which come from the provider. */
export type UseSignInOptions = SignInOptions;

export type UseSignInResult = SignInState & SignInActions;

/**
 * The whole sign-in as a hook: the state says which screen to show, the actions move it on. A binding
 * over `createSignIn` (the flow itself lives in core): one store per component, its calls sent through
 * React Query's mutations. Every action is a no-op while a request is in flight (double submits send
 * nothing), and unmounting cancels the request and drops its result.
 */
export function useSignIn(options: UseSignInOptions = {}): UseSignInResult {
  const client = useCognitoClient();
  const port = useMutationPort(client);
  const provided = useContext(SessionContext);
  const session = options.session ?? provided ?? undefined;
  const [state, store] = useJourneyStore(createSignIn, { ...options, session, client, port });
  // The actions alone, so the result carries no store internals (`dispose`, `subscribe`…).
  const { start, select, answer, rememberDevice, setupTotp, verifyTotp, resendCode, signInAgain, restart } =
    store;
  return {
    ...state,
    start,
    select,
    answer,
    rememberDevice,
    setupTotp,
    verifyTotp,
    resendCode,
    signInAgain,
    restart,
  };
}
