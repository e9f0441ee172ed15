/**
 * A new account as a journey: SignUp, then its confirmation (a code, or a link the user opens), then a
 * sign-in handed to the app's sign-in journey at once: with ConfirmSignUp's Session by USER_AUTH, else
 * with the password held in memory until then, else the sign-in's own step with the username filled in.
 * Whatever Cognito asks next (an MFA set-up) is the sign-in's. `createSignUp` and `useSignUp` run it.
 *
 * Secrets live in this closure and never in the state: the password (until the sign-in has it, the
 * journey restarts or is disposed) and SignUp's Session. The app's pending store, if any, keeps only the
 * username and where the code went, so that a reload or another tab lands on the confirmation again.
 */

import type { JourneyDefinition, JourneyStore, RuntimeOptions } from "../journey/journey";
import type { Timers } from "../store/timers";
import type { CodeDeliveryDetails, StringMap } from "../types";
import { loadSignUpCommands } from "./lazy";

/** What a sign-up left to finish, as the app's pending store keeps it: nothing secret. */
export interface PendingSignUp {
  username: string;
  /** Where the confirmation went (Cognito's masked destination), if a code or link was sent. */
  delivery?: CodeDeliveryDetails | undefined;
}

/**
 * Keeps a pending sign-up across a reload or into another tab. Methods may be async. The journey saves
 * after SignUp, and clears once the account is confirmed or the user starts again.
 */
export interface PendingSignUpStore {
  get(): PendingSignUp | undefined | Promise<PendingSignUp | undefined>;
  set(pending: PendingSignUp): void | Promise<void>;
  clear(): void | Promise<void>;
}

/** The sign-in a sign-up hands over to: `createSignIn`'s store, or `useSignIn`'s result. */
export interface SignUpHandOver {
  start(username: string, options: { session?: string; password?: string }): Promise<void>;
  getState(): { status: string; pending: boolean; error: unknown };
}

export interface SignUpOptions {
  /**
   * How the pool confirms a new account: a code the user types (Cognito's CONFIRM_WITH_CODE, the
   * default), or a link in the email (CONFIRM_WITH_LINK), which the journey waits for by trying to sign
   * in with the held password, with backoff, for `linkWaitMs`.
   */
  confirmWith?: "code" | "link";
  /** How long to keep trying to sign in while a link waits to be opened. Default 10 minutes. */
  linkWaitMs?: number;
  /** Keeps the pending username and destination across reloads and tabs. Default: none. */
  pendingStore?: PendingSignUpStore;
  /** The sign-in to hand the new account to once confirmed. Without one, `done` and `onConfirmed`. */
  signIn?: SignUpHandOver;
  /** Sent with every call, for the pool's Lambda triggers. */
  clientMetadata?: StringMap;
  /** SignUp answered: the new account's username and `sub`, and whether it needs confirming. */
  onSignedUp?: (account: { username: string; userSub: string; confirmed: boolean }) => void;
  /** Confirmed, and no sign-in given to hand over to (`done`). */
  onConfirmed?: (username: string) => void;
  /** Milliseconds since the epoch; inject with `timers` to test the link's waits. Default `Date.now`. */
  clock?: () => number;
  /** The timers the link's tries wait on. Default the global ones. */
  timers?: Timers;
}

export interface SignUpState {
  /**
   * form: the new account's details; code: the confirmation code; link: "check your email", waiting
   * for the link to be opened; signIn: handed to the sign-in (its state says what shows); done:
   * confirmed, with no sign-in to hand to.
   */
  status: "form" | "code" | "link" | "signIn" | "done";
  /** The username SignUp was given (or the pending store had). */
  username: string;
  /** Where the code or link went, as Cognito says (masked). */
  delivery: CodeDeliveryDetails | undefined;
  /** How many times a code was sent again from the code step. */
  resends: number;
  /** The link step: the journey is trying to sign in by itself until the link has been opened. */
  waiting: boolean;
  pending: boolean;
  error: unknown;
}

/** What the user gave: the username, the password (none for passwordless), and the attributes. */
export interface SignUpDetails {
  username: string;
  /** Left out for a passwordless account (the pool offers EMAIL_OTP or SMS_OTP as a first factor). */
  password?: string;
  /** Standard and `custom:*` attributes by name; phone numbers in E.164. */
  attributes?: StringMap;
  /** For a pre sign-up Lambda (e.g. consent given); Cognito keeps none of it. */
  validationData?: StringMap;
}

export interface SignUpActions {
  /** SignUp; then the code, the link, or (confirmed already) the sign-in. */
  submit(details: SignUpDetails): Promise<void>;
  /** ConfirmSignUp with the code; then the sign-in. */
  confirm(code: string): Promise<void>;
  /** ResendConfirmationCode, from the code or link step. */
  resendCode(): Promise<void>;
  /** "I've confirmed": the link step tries to sign in at once (or hands to the sign-in's step). */
  checkLink(): Promise<void>;
  /** Reads the pending store: a sign-up left unconfirmed lands on its code or link step. */
  resume(): Promise<void>;
  /** "Sign in instead" (the username exists): the sign-in's step, with the username filled in. */
  signInInstead(username: string): void;
  /** Back to the form, forgetting the pending sign-up; cancels a request in flight. */
  restart(): void;
}

/** `createSignUp`'s options: the sign-up's own, and the client (or `send`). */
export type CreateSignUpOptions = SignUpOptions & RuntimeOptions;

export type SignUpStore = JourneyStore<SignUpState, SignUpOptions, SignUpActions>;

const TEN_MINUTES = 600_000;
/** The first wait before trying a link's sign-in, and the longest; each wait doubles. */
const FIRST_TRY_MS = 2_000;
const LONGEST_WAIT_MS = 30_000;

const nameOf = (error: unknown) => (error as { name?: unknown } | undefined)?.name;

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
    const { getState: state, update, options, send, run, busy, clock, timers } = context;
    // Not the account journeys' helpers: they load on demand with those journeys, and sharing them would
    // split them into a chunk of their own for every app with <SignIn>.
    const metadata = () => {
      const { clientMetadata } = options();
      return clientMetadata ? { clientMetadata } : {};
    };
    // The secrets, for the sign-in that ends the journey: dropped as it is handed over.
    let held: { password?: string | undefined; session?: string | undefined } = {};
    let wait: { until: number; delay: number; handle: unknown } | undefined;

    const stopWaiting = () => {
      if (wait) timers().clearTimeout(wait.handle);
      wait = undefined;
      if (state().waiting) update({ waiting: false });
    };
    const forget = () => {
      held = {};
      stopWaiting();
    };
    const store = () => options().pendingStore;
    // The app's store is the app's: a failure there loses the resume, never the sign-up.
    const keep = (pending: PendingSignUp | undefined) =>
      Promise.resolve()
        .then(() => (pending ? store()?.set(pending) : store()?.clear()))
        .catch(() => {});

    /**
     * The account is confirmed: the sign-in takes over (Session, else password, else its own step). The
     * journey stays `pending` until that sign-in has answered, so that a screen shows "signing you in"
     * rather than the sign-in's username step meanwhile.
     */
    async function handOver(username: string) {
      const { session, password } = held;
      forget();
      keep(undefined);
      const signIn = options().signIn;
      if (!signIn) {
        update({ status: "done", pending: false, error: undefined });
        options().onConfirmed?.(username);
        return;
      }
      update({ status: "signIn", error: undefined });
      let signedIn = false;
      if (session !== undefined) {
        try {
          await signIn.start(username, { session });
          // A Session that ran out (or was used) fails the sign-in at once: then the password, if held.
          const after = signIn.getState();
          signedIn = !(after.status === "identify" && after.error !== undefined);
        } catch {
          // A sign-in that cannot take a Session (USER_PASSWORD_AUTH, USER_SRP_AUTH) refuses it as it
          // starts: the password it is configured for goes instead.
        }
      }
      if (!signedIn && password !== undefined) await signIn.start(username, { password });
      update({ pending: false });
    }

    /** Link step: one sign-in try with the held password; not confirmed yet, the next try later. */
    async function tryLink() {
      const signIn = options().signIn;
      const { password } = held;
      if (state().status !== "link" || !signIn || password === undefined || signIn.getState().pending) return;
      await signIn.start(state().username, { password });
      if (context.isDisposed() || state().status !== "link") return;
      if (nameOf(signIn.getState().error) === "UserNotConfirmedException") return scheduleLink();
      // Confirmed (and signed in, or stopped on the sign-in's own step with its error).
      held = {};
      stopWaiting();
      keep(undefined);
      update({ status: "signIn", pending: false, error: undefined });
    }
    function scheduleLink() {
      if (!wait || clock() >= wait.until) return stopWaiting();
      const delay = Math.min(wait.delay, Math.max(wait.until - clock(), 0));
      wait.handle = timers().setTimeout(() => void tryLink(), delay);
      wait.delay = Math.min(wait.delay * 2, LONGEST_WAIT_MS);
    }
    function startWaiting() {
      if (held.password === undefined || !options().signIn) return;
      wait = {
        until: clock() + (options().linkWaitMs ?? TEN_MINUTES),
        delay: FIRST_TRY_MS,
        handle: undefined,
      };
      update({ waiting: true });
      scheduleLink();
    }

    context.onDispose(forget);

    return {
      submit({ username: typed, password, attributes, validationData }) {
        if (state().status !== "form") return Promise.resolve();
        const username = typed.trim();
        return run(async (signal) => {
          forget();
          const { signUpCommand } = await loadSignUpCommands();
          const answer = await send(
            signUpCommand,
            {
              username,
              ...(password !== undefined ? { password } : {}),
              ...(attributes ? { userAttributes: attributes } : {}),
              ...(validationData ? { validationData } : {}),
              ...metadata(),
            },
            { signal },
          );
          if (signal.aborted) return;
          held = { password, session: answer.session };
          const delivery = answer.codeDeliveryDetails;
          update({ username, delivery, resends: 0 });
          options().onSignedUp?.({ username, userSub: answer.userSub, confirmed: answer.userConfirmed });
          if (answer.userConfirmed) return handOver(username);
          keep({ username, delivery });
          if (options().confirmWith === "link") {
            update({ status: "link", pending: false });
            startWaiting();
          } else update({ status: "code", pending: false });
        });
      },
      confirm(code) {
        if (state().status !== "code") return Promise.resolve();
        const { username } = state();
        return run(async (signal) => {
          const { confirmSignUpCommand } = await loadSignUpCommands();
          const answer = await send(
            confirmSignUpCommand,
            { username, confirmationCode: code.trim(), session: held.session, ...metadata() },
            { signal },
          );
          if (signal.aborted) return;
          held = { ...held, session: answer.session };
          await handOver(username);
        });
      },
      resendCode() {
        const { status, username } = state();
        if (status !== "code" && status !== "link") return Promise.resolve();
        return run(async (signal) => {
          const { resendConfirmationCodeCommand } = await loadSignUpCommands();
          const sent = await send(resendConfirmationCodeCommand, { username, ...metadata() }, { signal });
          if (signal.aborted) return;
          // A new code makes SignUp's Session no use for ConfirmSignUp's hand-over (unverified): keep it anyway,
          // the password is the fallback.
          const delivery = sent.codeDeliveryDetails;
          update({ delivery, resends: state().resends + 1, pending: false });
          keep({ username, delivery });
        });
      },
      async checkLink() {
        if (state().status !== "link" || busy()) return;
        if (held.password === undefined || !options().signIn) return handOver(state().username);
        if (wait) timers().clearTimeout(wait.handle);
        else
          wait = {
            until: clock() + (options().linkWaitMs ?? TEN_MINUTES),
            delay: FIRST_TRY_MS,
            handle: undefined,
          };
        update({ waiting: true });
        await tryLink();
      },
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
        forget();
        update({ status: "signIn", username: username.trim(), pending: false, error: undefined });
      },
      restart() {
        if (context.isDisposed()) return;
        context.cancel();
        forget();
        keep(undefined);
        update({ status: "form", delivery: undefined, resends: 0, pending: false, error: undefined });
      },
    };
  },
};
