/**
 * Time, injected: a store takes its clock and its timers from its options, so tests can drive expiry
 * without waiting, and an app can run a store on any scheduler.
 */

/** `setTimeout` and `clearTimeout`, or anything that behaves like them. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Calls `fire` once `clock()` has reached `at`, with `timers` or, by default, the global timers (looked
 * up at each call, so test runners' fake timers are honoured). Timers may fire a little before the clock gets there,
 * so the timer re-arms until it really has passed. Returns a function that cancels it.
 */
export function atDeadline(
  at: number,
  clock: () => number,
  timers: Timers = globalThis,
  fire: () => void,
): () => void {
  let handle: unknown;
  const arm = () => {
    handle = timers.setTimeout(
      () => {
        if (clock() >= at) fire();
        else arm();
      },
      Math.max(at - clock(), 0),
    );
  };
  arm();
  return () => timers.clearTimeout(handle);
}
