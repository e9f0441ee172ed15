/**
 * The observable part every journey's store shares: the current state, and who listens to it. Shaped
 * for React's `useSyncExternalStore` (stable `getState`, `subscribe` returning its own undo), and usable
 * from any framework or none.
 */
export interface StateContainer<State> {
  getState(): State;
  /** Replaces the state and tells every listener, unless it is the same object. */
  setState(next: State): void;
  subscribe(listener: () => void): () => void;
  /** How many listeners there are now: some work (an autofill offer) only makes sense while watched. */
  listenerCount(): number;
  /** Forgets every listener. */
  clear(): void;
}

export function createStateContainer<State>(
  initial: State,
  /** Called after a listener comes or goes. */
  onListenersChange: () => void = () => {},
): StateContainer<State> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    setState(next) {
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      onListenersChange();
      return () => {
        if (listeners.delete(listener)) onListenersChange();
      };
    },
    listenerCount: () => listeners.size,
    clear: () => listeners.clear(),
  };
}
