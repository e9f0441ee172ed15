/**
 * One request at a time: what stops double submits, and what a store cancels when it is disposed. Plain
 * TypeScript, so every journey's store can use it without React.
 */
import { AbortError } from "../client/errors";

export interface SingleFlight {
  /** A request is in flight, or the owner is disposed: a new one would be refused. */
  busy(): boolean;
  /**
   * Runs one request unless another is in flight. A cancelled request (`cancel`, `dispose`) ends
   * quietly; any other failure goes to `onError`.
   */
  run(send: (signal: AbortSignal) => Promise<void>, onError: (error: unknown) => void): Promise<void>;
  /** Aborts the request in flight, if any; its result is dropped. */
  cancel(): void;
  /** Aborts the request in flight and refuses every later one. */
  dispose(): void;
}

export function createSingleFlight(): SingleFlight {
  let inFlight: AbortController | null = null;
  let disposed = false;
  const cancel = () => {
    inFlight?.abort();
    inFlight = null;
  };
  return {
    busy: () => inFlight !== null || disposed,
    async run(send, onError) {
      if (inFlight || disposed) return;
      const controller = new AbortController();
      inFlight = controller;
      try {
        await send(controller.signal);
      } catch (error) {
        if (controller.signal.aborted || disposed || error instanceof AbortError) return;
        onError(error);
      } finally {
        if (inFlight === controller) inFlight = null;
      }
    },
    cancel,
    dispose() {
      disposed = true;
      cancel();
    },
  };
}
