"use client";
import { useEffect, useState, useSyncExternalStore } from "react";

/** What every journey's store in core offers a binding. */
export interface BindableStore<State, Options> {
  getState(): State;
  subscribe(listener: () => void): () => void;
  setOptions(options: Options): void;
  dispose(): void;
  isDisposed(): boolean;
}

/**
 * Binds a core journey store to a component: created once, given the latest options after every render,
 * read with `useSyncExternalStore` (its first state is the server snapshot, so server rendering touches
 * no timer or network), and disposed on unmount.
 */
export function useJourneyStore<Options, Store extends BindableStore<unknown, Options>>(
  create: (options: Options) => Store,
  options: Options,
): [ReturnType<Store["getState"]>, Store] {
  const [store, setStore] = useState(() => create(options));
  useEffect(() => {
    store.setOptions(options);
  });
  // The options reach the store through setOptions above; this effect is about its lifetime only.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the line above
  useEffect(() => {
    // StrictMode (and <Activity>) unmount and mount the same component again: the first unmount
    // disposed the store, so a fresh one takes over.
    if (store.isDisposed()) setStore(create(options));
    return () => store.dispose();
  }, [store]);
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  return [state as ReturnType<Store["getState"]>, store];
}
