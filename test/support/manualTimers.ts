import type { Timers } from "../../src/core/store/timers";

/** Timers a test fires by hand: the link's tries wait on nothing but the test. */
export function manualTimers() {
  const waiting = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    setTimeout(callback) {
      next += 1;
      waiting.set(next, callback);
      return next;
    },
    clearTimeout(handle) {
      waiting.delete(handle as number);
    },
  };
  return {
    timers,
    count: () => waiting.size,
    fire() {
      const entries = [...waiting];
      waiting.clear();
      for (const [, callback] of entries) callback();
    },
  };
}
