/**
 * The shape of a journey (a sign-in, a password reset, a confirmation, an authenticator set-up, the
 * session, and the journeys to come): a definition of values (its first state, and its actions as
 * functions of a context) that one runtime runs. Types only, so that a definition, which may load on
 * demand, imports nothing of the first load: `createJourney` (core) and `useJourney` (hooks) own the
 * runtime (ARCHITECTURE.md, "Add a journey").
 */
import type { CognitoClient } from "../client/cognitoClient";
import type { Command } from "../commands/command";
import type { Timers } from "../store/timers";
import type { CallOptions } from "../types";

/** Sends a command: `client.send`, or the same as a sealed React Query mutation (`useJourney`). */
export type Send = <Input extends object, Output>(
  command: Command<Input, Output, unknown>,
  input: Input,
  options?: CallOptions,
) => Promise<Output>;

/** What the runtime takes besides a journey's own options. */
export interface RuntimeOptions {
  /** The client the journey's commands go through. */
  client: CognitoClient;
  /** How commands are sent; defaults to `client.send`. `useJourney` sends them through React Query. */
  send?: Send;
  /** Milliseconds since the epoch; inject to test deadlines. Default `Date.now`. */
  clock?: () => number;
  /** The timers deadlines run on; inject with `clock`. Default the global ones. */
  timers?: Timers;
}

/** What a journey's actions are given: its state, its options, one request at a time, and time. */
export interface JourneyContext<State, Options> {
  getState(): State;
  /** Replaces the state and tells the listeners; does nothing once disposed. */
  setState(next: State): void;
  /** Changes part of the state (`setState` with the rest kept). */
  update(change: Partial<State>): void;
  /** The options as last given (`setOptions` replaces them; the runtime's, the client, `send`, the clock and the timers, stay unless given). */
  options(): Options & RuntimeOptions;
  /** Sends a command through the journey's `send`. */
  send: Send;
  /**
   * Runs one request unless another is in flight. By default it sets `pending: true` and clears `error`
   * as it starts, and on failure sets `pending: false` and the error; a journey with its own way of
   * saying so (a reducer) passes `start` and `fail`. A cancelled request ends quietly.
   */
  run(
    send: (signal: AbortSignal) => Promise<void>,
    handlers?: { start?: () => void; fail?: (error: unknown) => void },
  ): Promise<void>;
  /** A request is in flight, or the journey is disposed. */
  busy(): boolean;
  /** Aborts the request in flight, if any; its result is dropped. */
  cancel(): void;
  /** The injected clock, or `Date.now`. */
  clock(): number;
  /** The injected timers, or the global ones (looked up at each call, so test runners' fakes count). */
  timers(): Timers;
  /** How many listen now: some work (an autofill offer) only makes sense while someone watches. */
  listenerCount(): number;
  isDisposed(): boolean;
  /** Called after listeners come or go and after `setOptions`: a journey that watches them reconciles. */
  onChange(callback: () => void): void;
  /** Called once on `dispose`, before the listeners go: drop secrets, stop timers. */
  onDispose(callback: () => void): void;
}

/** A journey: values only, run by `createJourney` or `useJourney`. */
export interface JourneyDefinition<State, Options, Actions> {
  /** The first state, from the options given at creation. */
  initial(options: Options): State;
  /** The actions, as functions of the context; secrets a journey holds live in this closure. */
  actions(context: JourneyContext<State, Options>): Actions;
}

/** What `createJourney` returns: the actions, and the store around them. */
export type JourneyStore<State, Options, Actions> = Actions & {
  /** The current state: a new object after every change, the same one otherwise. */
  getState(): State;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  /**
   * Replaces the options (a binding passes the latest on every render); the runtime's (the client,
   * `send`, `clock`, `timers`) stay unless given.
   */
  setOptions(options: Partial<Options & RuntimeOptions>): void;
  /** Cancels the request in flight, drops every secret and stops timers; later actions do nothing. */
  dispose(): void;
  isDisposed(): boolean;
};
