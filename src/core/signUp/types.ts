/**
 * The sign-up journey's vocabulary: its options, state and actions, the app's pending store and the
 * sign-in it hands the new account to. Types only, shared by the journey's two halves (signUp.ts, the
 * first load's; steps.lazy.ts, what loads as its first call goes out) and the bindings.
 */
import type { JourneyStore, RuntimeOptions } from "../journey/journey";
import type { Timers } from "../store/timers";
import type { CodeDeliveryDetails, StringMap } from "../types";

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
