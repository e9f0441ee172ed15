/**
 * The runtime every journey runs on: the observable state, one request at a time, the options a binding
 * replaces on every render, injected time, and `dispose`. Creating a journey touches no network, timer
 * or storage, so server rendering can create one and render its first state.
 */
import { createSingleFlight } from "../store/singleFlight";
import { createStateContainer } from "../store/state";
import type { JourneyContext, JourneyDefinition, JourneyStore, RuntimeOptions, Send } from "./journey";

export function createJourney<State, Options, Actions>(
  definition: JourneyDefinition<State, Options, Actions>,
  initialOptions: Options & RuntimeOptions,
): JourneyStore<State, Options, Actions> {
  let options = initialOptions;
  const changed: (() => void)[] = [];
  const disposers: (() => void)[] = [];
  const notify = () => {
    for (const callback of changed) callback();
  };
  const container = createStateContainer(definition.initial(initialOptions), notify);
  const flight = createSingleFlight();
  let disposed = false;
  const setState = (next: State) => {
    if (!disposed) container.setState(next);
  };
  const update = (change: Partial<State>) => setState({ ...container.getState(), ...change });
  const send: Send = (command, input, callOptions) =>
    (options.send ?? options.client.send)(command, input, callOptions);

  const context: JourneyContext<State, Options> = {
    getState: container.getState,
    setState,
    update,
    options: () => options,
    send,
    run(request, handlers = {}) {
      if (flight.busy()) return Promise.resolve();
      const fail =
        handlers.fail ?? ((error: unknown) => update({ pending: false, error } as unknown as Partial<State>));
      (handlers.start ?? (() => update({ pending: true, error: undefined } as unknown as Partial<State>)))();
      return flight.run(request, fail);
    },
    busy: flight.busy,
    cancel: flight.cancel,
    clock: () => (options.clock ?? Date.now)(),
    timers: () => options.timers ?? globalThis,
    listenerCount: container.listenerCount,
    isDisposed: () => disposed,
    onChange: (callback) => void changed.push(callback),
    onDispose: (callback) => void disposers.push(callback),
  };
  const actions = definition.actions(context);

  return {
    ...actions,
    getState: container.getState,
    subscribe: container.subscribe,
    setOptions(next) {
      // The runtime's own options stay unless given: a journey's clock must not change under it.
      const { client, send, clock, timers } = options;
      options = { client, send, clock, timers, ...next } as Options & RuntimeOptions;
      notify();
    },
    dispose() {
      if (disposed) return;
      for (const callback of disposers) callback();
      disposed = true;
      flight.dispose();
      container.clear();
    },
    isDisposed: () => disposed,
  };
}
