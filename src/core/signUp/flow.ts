/**
 * What the sign-up's two halves share: the first load's (signUp.ts: the form's submit, the pending
 * store, a restart) and what loads as its first call goes out (steps.lazy.ts: the calls, the
 * confirmation, the hand-over). The secrets held across calls live here, never in the state. Types only:
 * steps.lazy.ts is handed a flow, so that it imports nothing of the first load.
 */
import type { JourneyContext } from "../journey/journey";
import type { PendingSignUp, SignUpActions, SignUpDetails, SignUpOptions, SignUpState } from "./types";

export interface SignUpFlow {
  context: JourneyContext<SignUpState, SignUpOptions>;
  /**
   * For the sign-in that ends the journey: the password (none for a passwordless account) and SignUp's
   * Session, until the sign-in has them, the journey restarts or it is disposed.
   */
  held: { password?: string | undefined; session?: string | undefined };
  /** The link step's tries: until when, the next wait, and the timer. */
  wait: { until: number; delay: number; handle: unknown } | undefined;
  /** Saves (or, with undefined, clears) the pending sign-up in the app's store; never fails. */
  keep(pending: PendingSignUp | undefined): void;
  /** Drops the held secrets and stops the link's tries. */
  forget(): void;
}

/** The steps after the form, made once per journey from its flow. */
export interface SignUpSteps extends Pick<SignUpActions, "confirm" | "resendCode" | "checkLink"> {
  /** SignUp with the details; then the code, the link, or the sign-in. Runs inside the journey's `run`. */
  submit(details: SignUpDetails, signal: AbortSignal): Promise<void>;
}
