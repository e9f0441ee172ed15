"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { createJourney } from "../core/journey/createJourney";
import type { JourneyDefinition, RuntimeOptions } from "../core/journey/journey";
import { useCognitoClient } from "./clientContext";
import { sealedSend } from "./mutations";
import { useJourneyStore } from "./useJourneyStore";

/**
 * Runs a journey in a component: created once on the provider's client, its calls sealed React Query
 * mutations (`sealedSend`), given the latest options after every render, and disposed on unmount.
 * Returns the state and the actions, with the store's `getState` (the latest state, for code that runs
 * between renders, as a journey composing this one does) and without its other members (`dispose`,
 * `subscribe`…).
 */
export function useJourney<State, Options, Actions extends object>(
  definition: JourneyDefinition<State, Options, Actions>,
  options: Options & Partial<RuntimeOptions>,
): State & Actions & { getState(): State } {
  const contextClient = useCognitoClient();
  const client = options.client ?? contextClient;
  const queryClient = useQueryClient();
  const send = useMemo(() => sealedSend(queryClient, client), [queryClient, client]);
  const [state, store] = useJourneyStore(
    (storeOptions: Options & RuntimeOptions) => createJourney(definition, storeOptions),
    { ...options, client, send },
  );
  // The actions are the definition's: the same functions for the store's life.
  const actions = useMemo(() => {
    const { subscribe, setOptions, dispose, isDisposed, ...own } = store;
    return own as unknown as Actions & { getState(): State };
  }, [store]);
  return { ...state, ...actions };
}
