/**
 * A new account as a journey: SignUp, then its confirmation (a code, or a link the user opens), then a
 * sign-in handed to the app's sign-in journey at once: with ConfirmSignUp's Session by USER_AUTH, else
 * with the password held in memory until then, else the sign-in's own step with the username filled in.
 * Whatever Cognito asks next (an MFA set-up) is the sign-in's. `createSignUp` and `useSignUp` run it.
 *
 * This is the first load's half: the state, the form's submit, the pending store and the ways back.
 * Every call and step after the form (steps.lazy.ts) loads as the form goes out, with its readers.
 * Secrets live in the flow and never in the state: the password (until the sign-in has it, the journey
 * restarts or is disposed) and SignUp's Session. The app's pending store, if any, keeps only the username
 * and where the code went, so that a reload or another tab lands on the confirmation again.
 */
import type { JourneyDefinition } from "../journey/journey";
import { onDemand } from "../store/onDemand";
import type { SignUpFlow, SignUpSteps } from "./flow";
import { loadSignUpSteps } from "./lazy";
import type { PendingSignUp, SignUpActions, SignUpOptions, SignUpState } from "./types";

/** What the app's store gave back, read rather than trusted: strings only, or nothing. */
function readPending(value: unknown): PendingSignUp | undefined {
  const { username, delivery } = (value ?? {}) as { username?: unknown; delivery?: unknown };
  if (typeof username !== "string" || !username.trim()) return undefined;
  const given = (delivery ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof given[key] === "string" ? (given[key] as string) : undefined);
  const destination = text("destination");
  return {
    username: username.trim(),
    delivery:
      destination === undefined
        ? undefined
        : { destination, deliveryMedium: text("deliveryMedium"), attributeName: text("attributeName") },
  };
}

/** A new account, as a journey: `createSignUp` and `useSignUp` run it. */
export const signUpJourney: JourneyDefinition<SignUpState, SignUpOptions, SignUpActions> = {
  initial: () => ({
    status: "form",
    username: "",
    delivery: undefined,
    resends: 0,
    waiting: false,
    pending: false,
    error: undefined,
  }),
  actions: (context) => {
    const { getState: state, update, options, run, busy, timers } = context;
    const store = () => options().pendingStore;
    const flow: SignUpFlow = {
      context,
      held: {},
      wait: undefined,
      // The app's store is the app's: a failure there loses the resume, never the sign-up.
      keep: (pending) =>
        void Promise.resolve()
          .then(() => (pending ? store()?.set(pending) : store()?.clear()))
          .catch(() => {}),
      forget() {
        flow.held = {};
        if (flow.wait) timers().clearTimeout(flow.wait.handle);
        flow.wait = undefined;
        if (state().waiting) update({ waiting: false });
      },
    };
    const steps = onDemand(() => loadSignUpSteps().then(({ signUpSteps }) => signUpSteps(flow)));
    /** An action of the steps after the form; if they cannot load, the step says so. */
    const later =
      <Name extends "confirm" | "resendCode" | "checkLink">(name: Name) =>
      (...args: Parameters<SignUpSteps[Name]>) =>
        steps().then(
          (loaded) => (loaded[name] as (...rest: typeof args) => Promise<void>)(...args),
          (error: unknown) => update({ error }),
        );

    context.onDispose(flow.forget);

    return {
      submit(details) {
        if (state().status !== "form") return Promise.resolve();
        return run(async (signal) => {
          flow.forget();
          await (await steps()).submit(details, signal);
        });
      },
      confirm: later("confirm"),
      resendCode: later("resendCode"),
      checkLink: later("checkLink"),
      async resume() {
        if (state().status !== "form" || busy()) return;
        let pending: PendingSignUp | undefined;
        try {
          pending = readPending(await store()?.get());
        } catch {
          return;
        }
        if (!pending || state().status !== "form" || busy() || context.isDisposed()) return;
        update({
          status: options().confirmWith === "link" ? "link" : "code",
          username: pending.username,
          delivery: pending.delivery,
          resends: 0,
          error: undefined,
        });
      },
      signInInstead(username) {
        if (context.isDisposed()) return;
        context.cancel();
        flow.forget();
        update({ status: "signIn", username: username.trim(), pending: false, error: undefined });
      },
      restart() {
        if (context.isDisposed()) return;
        context.cancel();
        flow.forget();
        flow.keep(undefined);
        update({ status: "form", delivery: undefined, resends: 0, pending: false, error: undefined });
      },
    };
  },
};
