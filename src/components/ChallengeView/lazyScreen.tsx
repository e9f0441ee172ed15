"use client";
import { type ComponentType, type LazyExoticComponent, lazy, useState } from "react";
import { onDemand } from "../../core/store/onDemand";

/**
 * A screen's code could not be loaded (the chunk request failed: offline, a deploy replaced it). The
 * step it belongs to is still there: `<ScreenBoundary>` shows this with a retry.
 */
export class ScreenLoadError extends Error {
  override readonly name = "ScreenLoadError" as const;
  /** Forgets the failure, so that the screen's next render loads its code again. */
  readonly forget: () => void;
  constructor(forget: () => void, options?: { cause?: unknown }) {
    super("A sign-in screen could not be loaded.", options);
    this.forget = forget;
  }
}

/** A screen component whose code loads the first time it renders, or earlier through `preload()`. */
export type LazyScreen<P> = ComponentType<P> & {
  /** Starts loading the screen's code; resolves when it is ready. */
  preload: () => Promise<unknown>;
};

/**
 * Wraps `load` (an `import()` of a screen's module) as a component that suspends until the code has
 * arrived. A failed load throws `ScreenLoadError` to the nearest boundary; unlike a bare `React.lazy`,
 * whose failure stays for good, the error's `forget()` lets the next render import again, so a retry
 * button can work.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let ready: ComponentType<P> | undefined;
  const loadOnce = onDemand(() =>
    load().then((component) => {
      ready = component;
      return component;
    }),
  );
  const preload = () =>
    loadOnce().catch((cause: unknown) => {
      throw new ScreenLoadError(
        () => {
          Lazy = makeLazy();
        },
        { cause },
      );
    });
  const makeLazy = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() => preload().then((component) => ({ default: component })));
  let Lazy = makeLazy();

  function Screen(props: P) {
    // Once loaded, a new instance renders the screen itself: no suspension, so a second visit never
    // shows the fallback. Chosen once per instance: switching type on a later render would remount it
    // and lose what the user typed.
    const [Component] = useState<ComponentType<P>>(() => ready ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Screen, { preload });
}
