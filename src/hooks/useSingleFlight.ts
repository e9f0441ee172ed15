"use client";
import { useEffect, useMemo, useRef } from "react";
import { AbortError } from "../core/client/errors";

export interface SingleFlight {
  /** A request is in flight, or the component is gone: a new one would be refused. */
  busy(): boolean;
  /**
   * Runs one request unless another is in flight. A cancelled request (unmount, `cancel`) ends quietly;
   * any other failure goes to `onError`.
   */
  run(send: (signal: AbortSignal) => Promise<void>, onError: (error: unknown) => void): Promise<void>;
  /** Aborts the request in flight, if any; its result is dropped. */
  cancel(): void;
}

/** One request at a time, aborted on unmount: what stops double submits and updates after unmount. */
export function useSingleFlight(): SingleFlight {
  const inFlight = useRef<AbortController | null>(null);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      inFlight.current?.abort();
      inFlight.current = null;
    };
  }, []);

  return useMemo(
    () => ({
      busy: () => inFlight.current !== null || !mounted.current,
      async run(send, onError) {
        if (inFlight.current || !mounted.current) return;
        const controller = new AbortController();
        inFlight.current = controller;
        try {
          await send(controller.signal);
        } catch (error) {
          if (controller.signal.aborted || !mounted.current || error instanceof AbortError) return;
          onError(error);
        } finally {
          if (inFlight.current === controller) inFlight.current = null;
        }
      },
      cancel() {
        inFlight.current?.abort();
        inFlight.current = null;
      },
    }),
    [],
  );
}
