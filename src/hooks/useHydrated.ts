import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False while React hydrates server-rendered markup (and on the server), true from then on; true at once
 * for a page rendered in the browser. Before hydration no handler runs, so a form's submit must be off:
 * a click or Enter would send the form by the browser itself, password and all.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
